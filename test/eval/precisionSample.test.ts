import { describe, expect, it } from 'vitest';
import { isEntenteError } from '../../src/errors.ts';
import {
  drawPrecisionSample, parseCorpus, parseSampleFile, precisionSection, summarizeJudgements, type PrecisionSampleFile,
} from '../../src/eval/precisionSample.ts';
import { mulberry32, sampleIndices } from '../../src/eval/random.ts';
import { PRECISION_END, PRECISION_START, extractPrecisionSection, upsertPrecisionSection } from '../../src/eval/resultsFile.ts';
import type { Coder } from '../../src/eval/EvalReport.ts';
import { fakeEvent } from './fakeCoder.ts';

describe('seeded sampling', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(2225);
    const b = mulberry32(2225);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(1)()).not.toBe(xs[0]);
  });

  it('draws distinct indices, all of them when k ≥ n', () => {
    const s = sampleIndices(50, 20, mulberry32(7));
    expect(new Set(s).size).toBe(20);
    expect(s.every((i) => i >= 0 && i < 50)).toBe(true);
    expect(sampleIndices(5, 10, mulberry32(7)).sort()).toEqual([0, 1, 2, 3, 4]);
  });
});

// Each article's text codes to one asserted, one reported and one future event.
const coder: Coder = (text, options) => ({
  events: [
    fakeEvent(text, { trigger: 'met', type: 'CONSULT', status: 'asserted', source: 'A', target: 'B', ruleId: 'r.asserted' }),
    fakeEvent(text, { trigger: 'met', type: 'CONSULT', status: 'reported', ruleId: 'r.reported' }),
    fakeEvent(text, { trigger: 'met', type: 'CONSULT', status: 'future', ruleId: 'r.future' }),
  ].map((e) => ({ ...e, articleId: options?.articleId ?? null })),
  sentences: [],
  warnings: [],
});

const corpus = parseCorpus(
  Array.from({ length: 30 }, (_v, i) => JSON.stringify({ id: `art-${i}`, category: 'politics', title: `T${i}`, text: `A met B on day ${i}.` })).join('\n'),
  'c.jsonl',
);
const options = { corpus: 'c.jsonl', size: 10, commit: 'abc1234', dictionaryVersion: 'test' };

describe('precision sample', () => {
  it('samples asserted and reported events only, reproducibly, without the sentences', () => {
    const s = drawPrecisionSample(corpus, coder, options);
    expect(s.population).toBe(60);
    expect(s.events).toHaveLength(10);
    expect(s.events.every((e) => e.status === 'asserted' || e.status === 'reported')).toBe(true);
    expect(s.events[0]).toMatchObject({ n: 0, judgement: null, errorClass: null, trigger: 'met', sentenceStart: 0 });
    expect(JSON.stringify(s)).not.toContain('A met B');
    expect(drawPrecisionSample(corpus, coder, options)).toEqual(s);
    expect(drawPrecisionSample(corpus, coder, { ...options, seed: 1 }).events).not.toEqual(s.events);
    expect(parseSampleFile(JSON.stringify(s), 's.json')).toEqual(s);
  });

  it('rejects a bad corpus line and a bad judged file', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return isEntenteError(e) ? `${e.code} ${e.message}` : 'other';
      }
      return undefined;
    };
    expect(codeOf(() => parseCorpus('{"id":"a","text":"x"}\n{oops', 'c.jsonl'))).toMatch(/^E_INPUT_PARSE c\.jsonl:2: not JSON/);
    const s = drawPrecisionSample(corpus, coder, options);
    const bad = { ...s, events: [{ ...s.events[0], judgement: 'maybe' }] };
    expect(codeOf(() => parseSampleFile(JSON.stringify(bad), 's.json'))).toMatch(/^E_INPUT_PARSE s\.json: events\.0\.judgement/);
  });

  it('summarises judgements into precision and error classes', () => {
    const s: PrecisionSampleFile = drawPrecisionSample(corpus, coder, options);
    const judged = ['correct', 'correct', 'correct', 'incorrect', 'incorrect', 'incorrect', 'correct', 'correct'] as const;
    const classes = [null, null, null, 'wrong-type', 'not-an-event', null, null, null];
    s.events.forEach((e, i) => {
      e.judgement = judged[i] ?? null;
      e.errorClass = classes[i] ?? null;
    });
    const sum = summarizeJudgements(s);
    expect(sum).toMatchObject({ sampled: 10, judged: 8, correct: 5, precision: 5 / 8, errorClasses: { 'wrong-type': 1, 'not-an-event': 1 }, unclassified: 1 });
    expect(sum.interval![0]).toBeLessThan(5 / 8);
    expect(sum.interval![1]).toBeGreaterThan(5 / 8);
    const section = precisionSection(s, sum);
    expect(section.startsWith(PRECISION_START) && section.endsWith(PRECISION_END)).toBe(true);
    expect(section).toContain('precision: 0.625');
    expect(section).toContain('| wrong-type | 1 |');
  });
});

describe('RESULTS.md precision section', () => {
  const section = `${PRECISION_START}\n## Precision\nold\n${PRECISION_END}`;
  it('appends when absent and replaces in place when present', () => {
    const once = upsertPrecisionSection('# Results\n\nfigures\n', section);
    expect(once).toBe(`# Results\n\nfigures\n\n${section}\n`);
    const twice = upsertPrecisionSection(`${once}tail\n`, section.replace('old', () => 'new $&'));
    expect(extractPrecisionSection(twice)).toContain('new $&');
    expect(twice).not.toContain('old');
    expect(twice.endsWith('tail\n')).toBe(true);
  });
});

describe('precision sample with a failing coder', () => {
  it('leaves out and counts articles the coder throws on', () => {
    const flaky: Coder = (text, o) => {
      if (text.includes('day 3.')) throw new Error('too large');
      return coder(text, o);
    };
    const s = drawPrecisionSample(corpus, flaky, options);
    expect(s.coderFailures).toBe(1);
    expect(s.firstCoderFailure).toBe('art-3: too large');
    expect(s.population).toBe(58);
  });
});

describe('precision sample over a corpus with copies', () => {
  it('leaves out exact and near duplicates of earlier articles, as an ingest would, and counts them', () => {
    const story = (lead: string) =>
      `${lead} The foreign ministers of the two countries met in Geneva on Thursday for their first formal talks in more than a year, ` +
      'officials said, describing the session as frank and useful. A further round is expected before the summer, according to ' +
      'diplomats familiar with the preparations, who spoke on condition of anonymity.';
    const rows = [
      { id: 'orig', text: story('GENEVA -') },
      { id: 'exact', text: story('GENEVA -').replace(/ /g, '  ') },
      { id: 'near', text: story('GENEVA (Wire) -') },
      { id: 'other', text: 'A met B on a quite different day, in a different city, for a different reason altogether.' },
    ];
    const s = drawPrecisionSample(parseCorpus(rows.map((r) => JSON.stringify(r)).join('\n'), 'c.jsonl'), coder, options);
    expect(s.duplicateArticles).toBe(2);
    expect(s.population).toBe(4);
    expect(new Set(s.events.map((e) => e.articleId))).toEqual(new Set(['orig', 'other']));
  });
});
