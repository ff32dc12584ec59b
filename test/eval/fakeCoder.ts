// A stand-in for the pipeline's `code`: events are described by the words they span, located in the text.
import type { Coder } from '../../src/eval/EvalReport.ts';
import { pentacodeOfCameo } from '../../src/eval/pentacode.ts';
import type { Actor, CodedEvent, PloverType, QuadClass, Status } from '../../src/types.ts';

export interface FakeEvent {
  trigger: string;
  type: PloverType;
  cameo?: string;
  source?: string;
  target?: string;
  status?: Status;
  goldstein?: number;
  ruleId?: string;
}

function actor(text: string, words: string | undefined): Actor | null {
  if (words === undefined) return null;
  const start = text.indexOf(words);
  if (start < 0) return null;
  return { text: words, start, end: start + words.length, name: words, country: null, org: null, sector: null, role: null, id: words };
}

export function fakeEvent(text: string, f: FakeEvent, i = 0): CodedEvent {
  const at = text.indexOf(f.trigger);
  const cameo = f.cameo ?? '010';
  const penta = pentacodeOfCameo(cameo) ?? 1;
  return {
    id: `e${i}`,
    articleId: null,
    type: f.type,
    mode: null,
    cameo,
    quadClass: (penta === 0 ? 1 : penta) as QuadClass,
    goldstein: f.goldstein ?? 0,
    source: actor(text, f.source),
    target: actor(text, f.target),
    location: null,
    date: null,
    status: f.status ?? 'asserted',
    attribution: null,
    evidence: [
      { sentence: 0, text, start: 0, end: text.length, trigger: { text: f.trigger, start: at, end: at + f.trigger.length }, ruleId: f.ruleId ?? `rule.${f.type.toLowerCase()}` },
    ],
    ruleId: f.ruleId ?? `rule.${f.type.toLowerCase()}`,
    dictionaryVersion: 'test',
  };
}

/** Codes every text with the events whose trigger occurs in it. */
export function fakeCoder(rules: readonly FakeEvent[]): Coder {
  return (text) => ({
    events: rules.filter((r) => text.includes(r.trigger)).map((r, i) => fakeEvent(text, r, i)),
    sentences: [],
    warnings: [],
  });
}
