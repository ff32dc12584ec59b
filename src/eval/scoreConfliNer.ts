// confli-ner: span-level precision/recall/F1 of source (S) and target (T) actor spans.
// Predicted spans: every event's source span is an S span and its target span a T span (duplicates
// merged). Gold R spans (other roles) are not scored.
// Two matchings, both one-to-one within a sentence and role:
//  - exact (the headline): equal offsets after trimSpan (leading the/a/an, quotes, trailing punctuation),
//    so "the Kremlin" matches "Kremlin" but "border guards" does not match "the border guards of Ruritania";
//  - overlap: any shared character, each gold span paired with the unpaired prediction it overlaps most.
// The headline is the mean of the S and T exact F1.
import { code } from '../pipeline/code.ts';
import type { CodedEvent } from '../types.ts';
import { CodingCache } from './codingCache.ts';
import { worstErrors, type Coder, type EvalReport, type ScoredError } from './EvalReport.ts';
import { confusionMatrix, prf, type ClassScores, type LabelPair } from './metrics.ts';
import type { NerSentence, NerSpan } from './readConfliNer.ts';
import { overlapLength, spansOverlap, trimSpan, type CharSpan } from './spans.ts';

export const SCORED_ROLES = ['S', 'T'] as const;
type ScoredRole = (typeof SCORED_ROLES)[number];

export interface RoleCounts {
  tp: number;
  gold: number;
  predicted: number;
}

/** The S and T spans the coder's events claim, deduplicated. */
export function predictedSpans(events: readonly CodedEvent[]): NerSpan[] {
  const seen = new Set<string>();
  const out: NerSpan[] = [];
  const add = (role: ScoredRole, span: CharSpan | null): void => {
    if (!span) return;
    const key = `${role}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ role, start: span.start, end: span.end });
  };
  for (const e of events) {
    add('S', e.source);
    add('T', e.target);
  }
  return out;
}

/** True positives under exact matching of trimmed spans. */
export function exactMatches(text: string, gold: readonly CharSpan[], predicted: readonly CharSpan[]): number {
  const key = (s: CharSpan): string => {
    const t = trimSpan(text, s);
    return `${t.start}:${t.end}`;
  };
  const remaining = new Map<string, number>();
  for (const p of predicted) remaining.set(key(p), (remaining.get(key(p)) ?? 0) + 1);
  let tp = 0;
  for (const g of gold) {
    const k = key(g);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      tp++;
      remaining.set(k, left - 1);
    }
  }
  return tp;
}

/** True positives under one-to-one overlap matching. */
export function overlapMatches(gold: readonly CharSpan[], predicted: readonly CharSpan[]): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    let best = -1;
    let bestLen = 0;
    predicted.forEach((p, i) => {
      const len = overlapLength(g, p);
      if (!used.has(i) && len > bestLen) {
        best = i;
        bestLen = len;
      }
    });
    if (best >= 0) {
      used.add(best);
      tp++;
    }
  }
  return tp;
}

function scores(c: RoleCounts): ClassScores {
  return { ...prf(c.tp, c.predicted - c.tp, c.gold - c.tp), support: c.gold, predicted: c.predicted };
}

function describe(text: string, spans: readonly NerSpan[], withText: boolean): string {
  if (spans.length === 0) return '—';
  return spans
    .map((s) => (withText ? `${s.role} "${text.slice(s.start, s.end)}"` : `${s.role}[${s.start},${s.end})`))
    .join(' ');
}

function tokenRole(start: number, end: number, spans: readonly NerSpan[]): string {
  const hit = spans.find((s) => spansOverlap(s, { start, end }));
  return hit ? hit.role : 'O';
}

export function scoreConfliNer(sentences: readonly NerSentence[], coder: Coder = code, file = '(sentences)'): EvalReport {
  const cache = new CodingCache(coder);
  const zero = (): RoleCounts => ({ tp: 0, gold: 0, predicted: 0 });
  const exact: Record<ScoredRole, RoleCounts> = { S: zero(), T: zero() };
  const overlap: Record<ScoredRole, RoleCounts> = { S: zero(), T: zero() };
  const tokenPairs: LabelPair[] = [];
  const errors: ScoredError[] = [];
  for (const s of sentences) {
    const { events } = cache.code(s.text, s.index);
    const predicted = predictedSpans(events);
    let wrong = 0;
    for (const role of SCORED_ROLES) {
      const g = s.spans.filter((x) => x.role === role);
      const p = predicted.filter((x) => x.role === role);
      const tpExact = exactMatches(s.text, g, p);
      const tpOverlap = overlapMatches(g, p);
      for (const [counts, tp] of [[exact[role], tpExact], [overlap[role], tpOverlap]] as const) {
        counts.tp += tp;
        counts.gold += g.length;
        counts.predicted += p.length;
      }
      wrong += g.length + p.length - 2 * tpExact;
    }
    const goldScored = s.spans.filter((x) => x.role !== 'R');
    for (const t of s.tokens) {
      tokenPairs.push({ gold: tokenRole(t.start, t.end, goldScored), predicted: tokenRole(t.start, t.end, predicted) });
    }
    if (wrong > 0) {
      errors.push({
        index: s.index,
        line: s.line,
        gold: describe(s.text, goldScored, false),
        predicted: describe(s.text, predicted, false),
        ruleIds: [...new Set(events.map((e) => e.ruleId))],
        severity: wrong,
        kind: 'spans',
        excerpt: `gold ${describe(s.text, goldScored, true)} | predicted ${describe(s.text, predicted, true)}`,
      });
    }
  }
  const perClass = { S: scores(exact.S), T: scores(exact.T) };
  const perClassOverlap = { S: scores(overlap.S), T: scores(overlap.T) };
  const mean = (a: number, b: number): number => (a + b) / 2;
  return {
    set: 'confli-ner',
    file,
    n: sentences.length,
    accuracy: null,
    macroF1: mean(perClass.S.f1, perClass.T.f1),
    headline: 'span F1, S and T averaged, exact match after trimming the/a/an and punctuation',
    perClass,
    confusion: confusionMatrix(tokenPairs, ['S', 'T', 'O']),
    confusionTitle: 'tokens: rows gold role, columns predicted role (O = in no S/T span; R spans count as O)',
    figures: {
      exactPrecision: mean(perClass.S.precision, perClass.T.precision),
      exactRecall: mean(perClass.S.recall, perClass.T.recall),
      overlapF1: mean(perClassOverlap.S.f1, perClassOverlap.T.f1),
      overlapPrecision: mean(perClassOverlap.S.precision, perClassOverlap.T.precision),
      overlapRecall: mean(perClassOverlap.S.recall, perClassOverlap.T.recall),
    },
    tables: [{ title: 'overlap matching (any shared character, one-to-one)', perClass: perClassOverlap }],
    worstErrors: worstErrors(errors),
    errorCount: errors.length,
    coderFailures: cache.failures,
    notes: [
      'Sentences are rebuilt from the tokens (src/eval/detokenize.ts); the coder sees the rebuilt text.',
      'Predicted S/T spans: the source and target spans of every coded event, whatever its status.',
      'Worst errors: sentences with the most unmatched spans (exact matching); spans given as [start,end) offsets.',
    ],
  };
}
