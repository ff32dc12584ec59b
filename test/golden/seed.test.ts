// The seed article (../shared/seed/putin-xi-tianjin.txt, 2025-09-01) — the first acceptance case.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code } from '../../src/index.ts';
import type { CodedEvent } from '../../src/types.ts';
import { expectGolden, stableEvents } from '../helpers/golden.ts';
import { sharedPath } from '../helpers/shared.ts';
import { describeEvents } from '../helpers/events.ts';

const seedPath = sharedPath('seed/putin-xi-tianjin.txt');
const COUNTED = ['asserted', 'reported', 'historical'];

describe.skipIf(seedPath === null)('seed article', () => {
  const text = seedPath ? readFileSync(seedPath, 'utf8') : '';
  const result = code(text, { date: '2025-09-01', articleId: 'seed' });
  const events = result.events;
  const all = describeEvents(events);
  const sentenceOf = (prefix: string): number => {
    const s = result.sentences.find((x) => x.text.startsWith(prefix));
    if (!s) throw new Error(`no sentence starts with "${prefix}"`);
    return s.index;
  };
  const between = (e: CodedEvent, a: string, b: string): boolean =>
    (e.source?.id === a && e.target?.id === b) || (e.source?.id === b && e.target?.id === a);

  it('codes exactly one non-commentary Putin–Xi CONSULT with date, place, status and attribution', () => {
    const consults = events.filter((e) => e.type === 'CONSULT' && between(e, 'putin', 'xi-jinping') && COUNTED.includes(e.status));
    expect(consults, all).toHaveLength(1);
    const e = consults[0] as CodedEvent;
    expect(e.source?.country).toMatch(/RUS|CHN/);
    expect([e.source?.sector, e.target?.sector]).toEqual(['GOV', 'GOV']);
    expect(e.date).toMatchObject({ value: '2025-08-31', precision: 'day' });
    expect(e.location).toMatchObject({ name: 'Tianjin', country: 'CHN' });
    expect(e.location?.lat).toBeCloseTo(39.1, 0);
    expect(e.status).toBe('reported');
    expect(e.attribution?.speaker).toMatchObject({ id: 'ushakov', country: 'RUS', sector: 'GOV' });
    expect(e.attribution?.channel).toBe('Russian media');
    expect(e.cameo.slice(0, 2)).toBe('04');
    expect(e.quadClass).toBe(1);
    const sentences = new Set(e.evidence.map((v) => v.sentence));
    expect(sentences.has(sentenceOf('Russian President Vladimir Putin discussed'))).toBe(true);
    expect(sentences.has(sentenceOf('Yuri Ushakov'))).toBe(true);
    // Offsets index the input text.
    for (const v of e.evidence) expect(text.slice(v.trigger.start, v.trigger.end)).toBe(v.trigger.text);
    expect(text.slice(e.source?.start, e.source?.end)).toBe(e.source?.text);
  });

  it('codes the Alaska talks with Trump as historical, dated before the Tianjin meeting', () => {
    const e = events.find((x) => x.type === 'CONSULT' && between(x, 'putin', 'trump'));
    expect(e, all).toBeDefined();
    expect(e?.status).toBe('historical');
    expect(e?.location).toMatchObject({ name: 'Alaska', country: 'USA' });
    expect((e?.date?.value ?? '9999') < '2025-08-31').toBe(true);
    expect(['2025-08-31', '2025-09-01']).not.toContain(e?.date?.value);
    const trump = e?.source?.id === 'trump' ? e.source : e?.target;
    expect(trump).toMatchObject({ country: 'USA', sector: 'GOV' });
  });

  it("codes Russia's invasion of Ukraine as historical ASSAULT RUS → UKR in 2022", () => {
    const e = events.find((x) => x.type === 'ASSAULT' && x.source?.country === 'RUS' && x.target?.country === 'UKR');
    expect(e, all).toBeDefined();
    expect(e?.status).toBe('historical');
    expect(e?.date?.value.slice(0, 4)).toBe('2022');
  });

  it('codes nothing in commentary as asserted or reported', () => {
    const openers = ['This shift marks', 'For international observers', 'This triangular dynamic', 'By coordinating their responses', 'The Moscow-Beijing consultation pattern', 'Any successful engagement strategy', 'This development also highlights', 'Rather than weakening'];
    const commentary = new Set(openers.map(sentenceOf));
    for (const e of events) {
      if (e.status !== 'asserted' && e.status !== 'reported') continue;
      for (const v of e.evidence) expect(commentary.has(v.sentence), `${e.type} ${e.ruleId} in commentary sentence ${v.sentence}\n${all}`).toBe(false);
    }
    for (const i of commentary) expect(result.sentences[i]?.commentary, `sentence ${i} should be flagged commentary`).toBe(true);
  });

  it('codes "Russia now regularly consults with China" as generic, not a dated event', () => {
    const s = sentenceOf('Unlike previous eras');
    const e = events.find((x) => x.evidence.some((v) => v.sentence === s) && x.type === 'CONSULT');
    expect(e, all).toBeDefined();
    expect(e?.status).toBe('generic');
    expect(e?.source?.country).toBe('RUS');
    expect(e?.target?.country).toBe('CHN');
  });

  it('resolves the capitals and the Kremlin to their governments wherever they act', () => {
    for (const e of events) {
      for (const a of [e.source, e.target]) {
        if (!a) continue;
        const metonym: Record<string, string> = { Moscow: 'RUS', Beijing: 'CHN', Washington: 'USA', Kremlin: 'RUS' };
        for (const [word, country] of Object.entries(metonym)) {
          if (a.text.includes(word)) expect(a, all).toMatchObject({ country, sector: 'GOV' });
        }
      }
    }
  });

  it('matches the golden file', () => {
    expectGolden(resolve(import.meta.dirname, 'seed.golden.json'), stableEvents(events));
  });
});
