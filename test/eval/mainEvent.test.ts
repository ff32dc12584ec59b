import { describe, expect, it } from 'vitest';
import { mainEvent, subordinateRegions } from '../../src/eval/mainEvent.ts';
import { fakeEvent, type FakeEvent } from './fakeCoder.ts';

function main(text: string, events: FakeEvent[]): string | null {
  return mainEvent(events.map((e, i) => fakeEvent(text, e, i)), text)?.evidence[0]?.trigger.text ?? null;
}

describe('main event', () => {
  it('is null without events', () => {
    expect(main('Nothing happened.', [])).toBeNull();
  });

  it('takes the earliest main-clause trigger, not one inside an "as" clause', () => {
    const text = 'Ruritanian troops stormed the town even as Freedonia said its jets had attacked them.';
    expect(main(text, [{ trigger: 'attacked', type: 'ASSAULT', goldstein: -10 }, { trigger: 'stormed', type: 'ASSAULT', goldstein: -9 }])).toBe('stormed');
  });

  it('skips a relative clause closed by a comma', () => {
    const text = 'Ruritania, which attacked Freedonia last year, signed a truce with it.';
    expect(main(text, [{ trigger: 'attacked', type: 'ASSAULT', goldstein: -10 }, { trigger: 'signed', type: 'AGREE', goldstein: 4 }])).toBe('signed');
  });

  it('takes the main clause after a fronted subordinate clause', () => {
    const text = 'After talks collapsed, Ruritania shelled Freedonia.';
    expect(main(text, [{ trigger: 'talks', type: 'CONSULT', goldstein: 1 }, { trigger: 'shelled', type: 'ASSAULT', goldstein: -10 }])).toBe('shelled');
  });

  it('falls back to the largest |Goldstein| when every trigger is subordinate', () => {
    const text = 'The minister said that Ruritania met Freedonia and that it shelled Osterlich.';
    expect(main(text, [{ trigger: 'met', type: 'CONSULT', goldstein: 1 }, { trigger: 'shelled', type: 'ASSAULT', goldstein: -10 }])).toBe('shelled');
  });

  it('sets hypothetical and negated events aside unless they are all there is', () => {
    const text = 'Ruritania did not attack Freedonia but criticised it.';
    expect(main(text, [{ trigger: 'attack', type: 'ASSAULT', status: 'negated' }, { trigger: 'criticised', type: 'ACCUSE' }])).toBe('criticised');
    expect(main('Ruritania did not attack Freedonia.', [{ trigger: 'attack', type: 'ASSAULT', status: 'negated' }])).toBe('attack');
  });

  it('finds subordinate regions up to the next clause break', () => {
    const text = 'A, who left, said B met C while D slept.';
    expect(subordinateRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(['who left', 'while D slept']);
  });
});
