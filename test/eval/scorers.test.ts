import { describe, expect, it } from 'vitest';
import type { Coder } from '../../src/eval/EvalReport.ts';
import { parseConfliClass } from '../../src/eval/readConfliClass.ts';
import { parseConfliNer } from '../../src/eval/readConfliNer.ts';
import { parsePlv } from '../../src/eval/readPlv.ts';
import { scoreConfliClass } from '../../src/eval/scoreConfliClass.ts';
import { exactMatches, overlapMatches, scoreConfliNer } from '../../src/eval/scoreConfliNer.ts';
import { scorePlv } from '../../src/eval/scorePlv.ts';
import { fakeCoder } from './fakeCoder.ts';

const plvFile = (rows: [gold: string, sentence: string, source: string, target: string][]): string =>
  ['gold_root\tsentence\tsource\ttarget', ...rows.map((r) => r.join('\t'))].join('\n');

describe('plv scorer', () => {
  const coder = fakeCoder([
    { trigger: 'accused', type: 'ACCUSE', cameo: '112', source: 'Ruritania', target: 'Freedonia', ruleId: 'accuse.verb' },
    { trigger: 'withdrew', type: 'RETREAT', cameo: '0874', source: 'Osterlich', target: 'Freedonia', ruleId: 'retreat.withdraw' },
    // coded backwards: the target is the gold source
    { trigger: 'praised', type: 'SUPPORT', cameo: '051', source: 'Bob', target: 'Alice', ruleId: 'support.praise' },
    { trigger: 'bombed', type: 'ASSAULT', cameo: '195', source: 'Ruritania', target: 'Osterlich', ruleId: 'assault.bomb' },
  ]);
  const rows = parsePlv(
    plvFile([
      ['ACCUSE', 'Ruritania accused Freedonia of spying.', 'Ruritania', 'Freedonia'],
      ['RETREAT', 'Osterlich withdrew its troops from Freedonia.', 'Osterlich', 'Freedonia'],
      ['SUPPORT', 'Alice praised Bob.', 'Alice', 'Bob'],
      ['AGREE', 'Ruritania bombed Osterlich.', 'Ruritania', 'Osterlich'],
      ['REJECT', 'Nobody did anything to Freedonia.', 'Nobody', 'Freedonia'],
      ['CONCEDE', 'Osterlich withdrew.', 'Osterlich', 'a recipient'],
    ]),
    'f.tsv',
  );
  const r = scorePlv(rows, coder, 'f.tsv');

  it('labels each row by the event covering its gold pair', () => {
    expect(r.n).toBe(6);
    // correct: ACCUSE, RETREAT→YIELD, SUPPORT (reversed), CONCEDE→YIELD with an implicit target; wrong: AGREE→ASSAULT, REJECT→NONE
    expect(r.accuracy).toBeCloseTo(4 / 6, 12);
    expect(r.perClass.YIELD).toMatchObject({ support: 2, predicted: 2, f1: 1 });
    expect(r.perClass.NONE).toMatchObject({ support: 0, predicted: 1 });
    expect(r.perClass.AGREE).toMatchObject({ support: 1, predicted: 0, f1: 0 });
    expect(r.macroF1).toBeCloseTo((1 + 1 + 1 + 0 + 0) / 5, 12);
  });

  it('reports pair coverage and direction accuracy separately', () => {
    expect(r.figures.pairFound).toBeCloseTo(5 / 6, 12);
    expect(r.figures.directionAccuracy).toBeCloseTo(4 / 5, 12);
    expect(r.figures.countImplicitActorRows).toBe(1);
  });

  it('lists errors worst first with the rule ids involved', () => {
    expect(r.errorCount).toBe(2);
    expect(r.worstErrors.map((e) => [e.index, e.gold, e.predicted, e.kind, e.ruleIds])).toEqual([
      [3, 'AGREE', 'ASSAULT', 'polarity', ['assault.bomb']],
      [4, 'REJECT', 'NONE', 'missed', []],
    ]);
  });

  it('codes each distinct sentence once and survives a coder that throws', () => {
    let calls = 0;
    const flaky: Coder = (text) => {
      calls++;
      if (text.startsWith('Nobody')) throw new Error('boom');
      return coder(text);
    };
    const twice = parsePlv(plvFile([['ACCUSE', 'Ruritania accused Freedonia.', 'Ruritania', 'Freedonia'], ['ACCUSE', 'Ruritania accused Freedonia.', 'Freedonia', 'Ruritania'], ['REJECT', 'Nobody acted.', 'Nobody', 'a recipient']]), 'g.tsv');
    const out = scorePlv(twice, flaky);
    expect(calls).toBe(2);
    expect(out.coderFailures).toEqual([{ index: 2, message: 'boom' }]);
    expect(out.worstErrors[0]).toMatchObject({ index: 2, predicted: 'NONE' });
  });
});

describe('confli-class scorer', () => {
  const coder = fakeCoder([
    { trigger: 'shelled', type: 'ASSAULT', cameo: '195', goldstein: -10, ruleId: 'assault.shell' },
    { trigger: 'met', type: 'CONSULT', cameo: '040', goldstein: 1, ruleId: 'consult.meet' },
    { trigger: 'sent aid', type: 'AID', cameo: '070', goldstein: 7, ruleId: 'aid.send' },
  ]);
  const rows = parseConfliClass(
    [
      'Ruritania shelled Freedonia.\t4',
      'Ruritania met Freedonia.\t1',
      'Ruritania met Freedonia after it shelled Osterlich.\t1',
      'Ruritania sent aid to Freedonia.\t3',
      'The weather was fine.\t0',
      'The minister spoke.\t2',
    ].join('\n'),
    'c.tsv',
  );
  const r = scoreConfliClass(rows, coder);

  it('labels a sentence with the pentacode of its main event, 0 without one', () => {
    // predictions: 4, 1, 1 (main clause), 2, 0, 0
    expect(r.confusion.labels).toEqual(['0', '1', '2', '3', '4']);
    expect(r.confusion.counts).toEqual([
      [1, 0, 0, 0, 0],
      [0, 2, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 1],
    ]);
    expect(r.accuracy).toBeCloseTo(4 / 6, 12);
    // F1: 0 → P 1/2 R 1 = 2/3; 1 → 1; 2 → 0; 3 → 0; 4 → 1
    expect(r.macroF1).toBeCloseTo((2 / 3 + 1 + 0 + 0 + 1) / 5, 12);
    expect(r.figures.sentencesWithEvent).toBeCloseTo(4 / 6, 12);
  });

  it('ranks a polarity error above a miss', () => {
    expect(r.worstErrors.map((e) => [e.index, e.kind, e.ruleIds])).toEqual([
      [3, 'polarity', ['aid.send']],
      [5, 'missed', []],
    ]);
  });
});

describe('confli-ner scorer', () => {
  const ner = [
    'The B-S', 'Ruritanian I-S', 'army I-S', 'shelled O', 'a B-T', 'town I-T', 'in I-T', 'Freedonia I-T', '. O',
    '',
    'Alice B-S', 'met O', 'Bob B-T', '. O',
  ].join('\n');
  const sentences = parseConfliNer(ner, 'n.txt');
  // S exact after trimming "The"; T only overlaps ("town" vs "a town in Freedonia"); second sentence: S right,
  // T predicted on the wrong words and a spurious extra S.
  const coder = fakeCoder([
    { trigger: 'shelled', type: 'ASSAULT', cameo: '195', source: 'Ruritanian army', target: 'town', ruleId: 'assault' },
    { trigger: 'met', type: 'CONSULT', cameo: '040', source: 'Alice', target: 'met', ruleId: 'consult' },
    { trigger: 'Bob', type: 'CONSULT', cameo: '040', source: 'Bob', ruleId: 'consult.noun' },
  ]);
  const r = scoreConfliNer(sentences, coder);

  it('scores S and T spans exactly (headline) and by overlap', () => {
    // S: gold 2, predicted 3 (Ruritanian army, Alice, Bob), exact tp 2. T: gold 2, predicted 2, exact tp 0, overlap tp 1.
    expect(r.perClass.S).toMatchObject({ support: 2, predicted: 3, precision: 2 / 3, recall: 1 });
    expect(r.perClass.T).toMatchObject({ support: 2, predicted: 2, precision: 0, recall: 0, f1: 0 });
    expect(r.macroF1).toBeCloseTo((0.8 + 0) / 2, 12);
    const overlap = r.tables[0]!.perClass;
    expect(overlap.S).toMatchObject({ precision: 2 / 3, recall: 1 });
    expect(overlap.T).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(r.accuracy).toBeNull();
  });

  it('lists the sentences with the most span errors', () => {
    expect(r.worstErrors.map((e) => [e.index, e.severity])).toEqual([
      [1, 3],
      [0, 2],
    ]);
    expect(r.worstErrors[0]!.ruleIds).toEqual(['consult', 'consult.noun']);
  });

  it('matches one-to-one', () => {
    const text = 'the army and the army';
    expect(exactMatches(text, [{ start: 0, end: 8 }], [{ start: 4, end: 8 }, { start: 4, end: 8 }])).toBe(1);
    expect(overlapMatches([{ start: 0, end: 8 }, { start: 13, end: 21 }], [{ start: 0, end: 21 }])).toBe(1);
  });
});
