import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../../src/errors.ts';
import { parseConfliClass } from '../../src/eval/readConfliClass.ts';
import { parseConfliNer } from '../../src/eval/readConfliNer.ts';
import { parseMarkedSentence, parsePlv } from '../../src/eval/readPlv.ts';
import { splitTsvLine } from '../../src/eval/tsv.ts';

/** Runs `fn` and returns the E_INPUT_PARSE message it throws. */
function parseErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isEntenteError(e) && e.code === 'E_INPUT_PARSE') return e.message;
    throw e;
  }
  throw new Error('expected E_INPUT_PARSE, nothing was thrown');
}

const tsv = (...rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');

describe('splitTsvLine', () => {
  it.each([
    ['a\tb\tc', ['a', 'b', 'c']],
    ['a\t\tc\t', ['a', '', 'c', '']],
    ['"He said ""no"" twice."\t3', ['He said "no" twice.', '3']],
    ['"Quoted" words begin this line\t0', ['"Quoted" words begin this line', '0']],
    ['"unclosed\t1', ['"unclosed', '1']],
  ])('%j', (line, fields) => {
    expect(splitTsvLine(line)).toEqual(fields);
  });
});

describe('plv reader', () => {
  const header = ['uid', 'gold_penta', 'gold_root', 'sentence', 'marked_sentence', 'source', 'target', 'modality', 'model_pred'];
  const row = (gold: string, sentence: string, marked: string, source: string, target: string): string[] =>
    ['0', '3', gold, sentence, marked, source, target, 'past', 'IGNORED'];

  it('reads rows, locating gold spans from the marks', () => {
    const rows = parsePlv(
      tsv(header, row('ACCUSE', 'Ruritania accused Freedonia of spying.', '<s>Ruritania</s> accused <t>Freedonia</t> of spying.', 'Ruritania', 'Freedonia')),
      'f.tsv',
    );
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r).toMatchObject({ index: 0, line: 2, gold: 'ACCUSE', goldPenta: 3, source: 'Ruritania', target: 'Freedonia', modality: 'past' });
    expect(r.sentence.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe('Ruritania');
    expect(r.sentence.slice(r.targetSpan!.start, r.targetSpan!.end)).toBe('Freedonia');
  });

  it('prefers the marked mention when the words occur twice', () => {
    const s = 'Osterlich thanked Osterlich allies.';
    const [r] = parsePlv(tsv(header, row('SUPPORT', s, '<s>Osterlich</s> thanked <t>Osterlich</t> allies.', 'Osterlich', 'Osterlich')), 'f.tsv');
    expect(r!.sourceSpan).toEqual({ start: 0, end: 9 });
    expect(r!.targetSpan).toEqual({ start: 18, end: 27 });
  });

  it('ignores marks that do not strip to the sentence', () => {
    const s = 'Osterlich thanked Osterlich allies.';
    const [r] = parsePlv(tsv(header, row('SUPPORT', s, 'Osterlich thanked <t>Osterlich</t> allies, it said.', 'Osterlich', 'Osterlich')), 'f.tsv');
    expect(r!.targetSpan).toEqual({ start: 0, end: 9 });
  });

  it('falls back to searching the sentence, and leaves an implicit actor unlocated', () => {
    const s = 'Ruritania agreed to resign.';
    const [r] = parsePlv(tsv(header, row('YIELD', s, '', 'Ruritania', 'a recipient')), 'f.tsv');
    expect(r!.sourceSpan).toEqual({ start: 0, end: 9 });
    expect(r!.targetSpan).toBeNull();
  });

  it('parses CSV-quoted fields', () => {
    const s = 'Ruritania called them "spies".';
    const quoted = `"${s.replace(/"/g, '""')}"`;
    const [r] = parsePlv(tsv(header, ['0', '3', 'ACCUSE', quoted, '', 'Ruritania', 'them', 'past', '']), 'f.tsv');
    expect(r!.sentence).toBe(s);
  });

  it('maps old PLOVER labels onto the evaluation labels', () => {
    const mk = (gold: string): string[] => row(gold, 'A met B.', '', 'A', 'B');
    const rows = parsePlv(tsv(header, mk('DEMAND'), mk('DISAPPROVE'), mk('INVESTIGATE'), mk('FIGHT'), mk('CONCEDE'), mk('RETREAT'), mk('REQUEST/DEMAND')), 'f.tsv');
    expect(rows.map((r) => r.gold)).toEqual(['REQUEST', 'ACCUSE', 'ACCUSE', 'ASSAULT', 'YIELD', 'YIELD', 'REQUEST']);
  });

  it('rejects malformed files with file:line', () => {
    expect(parseErrorOf(() => parsePlv(tsv(['sentence', 'source', 'target']), 'f.tsv'))).toMatch(/^f\.tsv:1: header lacks column 'gold_root'/);
    expect(parseErrorOf(() => parsePlv(tsv(header, row('AGREE', 'A met B.', '', 'A', 'B'), ['0', '3', 'AGREE']), 'f.tsv'))).toMatch(/^f\.tsv:3: expected 9/);
    expect(parseErrorOf(() => parsePlv(tsv(header, row('GOSSIP', 'A met B.', '', 'A', 'B')), 'f.tsv'))).toMatch(/^f\.tsv:2: unknown PLOVER label 'GOSSIP'/);
    expect(parseErrorOf(() => parsePlv(tsv(header, row('AGREE', ' ', '', 'A', 'B')), 'f.tsv'))).toMatch(/^f\.tsv:2: empty sentence/);
  });
});

describe('marked sentences', () => {
  it('strips nested marks and trims the spans', () => {
    const m = parseMarkedSentence('<s><t>Dutch</t> sailors</s> agreed; <t>later</t> too.');
    expect(m.text).toBe('Dutch sailors agreed; later too.');
    expect(m.s).toEqual({ start: 0, end: 13 });
    expect(m.t).toEqual({ start: 0, end: 5 });
    expect(parseMarkedSentence('<s>The Army (RDF) </s>agreed').s).toEqual({ start: 0, end: 14 });
  });
});

describe('confli-class reader', () => {
  it('reads sentence<TAB>label lines, skipping blank lines and a header', () => {
    const rows = parseConfliClass('sentence\tlabel\nA met B.\t1\n\nC shelled D.\t4\r\n', 'c.tsv');
    expect(rows).toEqual([
      { index: 0, line: 2, sentence: 'A met B.', gold: 1 },
      { index: 1, line: 4, sentence: 'C shelled D.', gold: 4 },
    ]);
  });

  it('rejects malformed lines with file:line', () => {
    expect(parseErrorOf(() => parseConfliClass('A met B.\t1\nno label here\n', 'c.tsv'))).toMatch(/^c\.tsv:2: expected 'sentence<TAB>label'/);
    expect(parseErrorOf(() => parseConfliClass('A met B.\t7\n', 'c.tsv'))).toMatch(/^c\.tsv:1: label must be 0–4/);
    expect(parseErrorOf(() => parseConfliClass('A\tB\t1\n', 'c.tsv'))).toMatch(/^c\.tsv:1: .*3 field/);
  });
});

describe('confli-ner reader', () => {
  const file = [
    'In O', 'May O', ', O', 'the B-S', 'Ruritanian I-S', 'army I-S', "'s I-S", 'unit I-S', 'shelled O', 'Freedonia B-T', '. O',
    '',
    '', // two blank lines are one break
    'Talks B-R', 'ended I-R', '( O', 'again O', ') O', 'after O', 'Bob B-T', 'left O', '. O',
  ].join('\n');

  it('rebuilds text, keeps token offsets and collects spans', () => {
    const [a, b] = parseConfliNer(file, 'n.txt');
    expect(a!.text).toBe("In May, the Ruritanian army's unit shelled Freedonia.");
    expect(a!.line).toBe(1);
    for (const t of a!.tokens) expect(a!.text.slice(t.start, t.end)).toBe(t.text);
    const spanText = (s: { start: number; end: number }): string => a!.text.slice(s.start, s.end);
    expect(a!.spans.map((s) => [s.role, spanText(s)])).toEqual([
      ['S', "the Ruritanian army's unit"],
      ['T', 'Freedonia'],
    ]);
    expect(b!.text).toBe('Talks ended (again) after Bob left.');
    expect(b!.line).toBe(14);
    expect(b!.spans.map((s) => s.role)).toEqual(['R', 'T']);
  });

  it('opens a span on an I- tag that continues nothing', () => {
    const [s] = parseConfliNer('A I-S\nB I-T\nC I-T\n', 'n.txt');
    expect(s!.spans).toEqual([
      { role: 'S', start: 0, end: 1 },
      { role: 'T', start: 2, end: 5 },
    ]);
  });

  it('rejects malformed lines with file:line', () => {
    expect(parseErrorOf(() => parseConfliNer('A O\nlonely\n', 'n.txt'))).toMatch(/^n\.txt:2: expected 'token TAG'/);
    expect(parseErrorOf(() => parseConfliNer('A O\n\nB B-X\n', 'n.txt'))).toMatch(/^n\.txt:3: unknown tag 'B-X'/);
  });
});
