// plv: for each gold (source, target, label) row, code the sentence and take the type of the event whose
// source and target spans overlap the gold source and target mentions, in either direction (the same
// direction preferred, then the larger overlap, then the earlier trigger). No such event → NONE, wrong.
// A gold side that names an implicit actor absent from the sentence ("a recipient", "An actor") does not
// constrain the match; when both are absent the sentence's main event (mainEvent.ts) stands in.
// Direction accuracy = share of matched rows whose event runs source → target as in the gold.
import { code } from '../pipeline/code.ts';
import type { Actor, CodedEvent } from '../types.ts';
import { CodingCache } from './codingCache.ts';
import { worstErrors, type Coder, type EvalReport, type ScoredError } from './EvalReport.ts';
import { mainEvent } from './mainEvent.ts';
import { accuracy, confusionMatrix, macroF1, perClassScores, type LabelPair } from './metrics.ts';
import { pentacodeOfPlover, polarityOfPentacode } from './pentacode.ts';
import { NONE, PLV_LABELS, plvLabelOfType } from './ploverLabels.ts';
import type { PlvRow } from './readPlv.ts';
import { overlapLength, type CharSpan } from './spans.ts';

export interface PairMatch {
  event: CodedEvent;
  forward: boolean;
}

function sideOverlap(actor: Actor | null, gold: CharSpan | null): number | null {
  if (gold === null) return 0; // implicit gold actor: any actor (or none) will do
  if (actor === null) return null;
  const o = overlapLength(actor, gold);
  return o > 0 ? o : null;
}

function pairOverlap(e: CodedEvent, source: CharSpan | null, target: CharSpan | null, forward: boolean): number | null {
  const a = sideOverlap(forward ? e.source : e.target, source);
  const b = sideOverlap(forward ? e.target : e.source, target);
  return a === null || b === null ? null : a + b;
}

/** The event coding the gold pair, or null. Exported for tests and for debugging single rows. */
export function matchPair(
  events: readonly CodedEvent[],
  sentence: string,
  source: CharSpan | null,
  target: CharSpan | null,
): PairMatch | null {
  if (source === null && target === null) {
    const main = mainEvent(events, sentence);
    return main ? { event: main, forward: true } : null;
  }
  type Candidate = { event: CodedEvent; forward: boolean; overlap: number };
  const trigger = (c: Candidate): number => c.event.evidence[0]?.trigger.start ?? 0;
  // Same direction first, then the larger overlap, then the earlier trigger.
  const better = (a: Candidate, b: Candidate): boolean =>
    a.forward !== b.forward ? a.forward : a.overlap !== b.overlap ? a.overlap > b.overlap : trigger(a) < trigger(b);
  let best: Candidate | null = null;
  for (const event of events) {
    for (const forward of [true, false]) {
      const overlap = pairOverlap(event, source, target, forward);
      if (overlap === null) continue;
      const candidate = { event, forward, overlap };
      if (best === null || better(candidate, best)) best = candidate;
    }
  }
  return best ? { event: best.event, forward: best.forward } : null;
}

function uniqueRuleIds(events: readonly CodedEvent[]): string[] {
  return [...new Set(events.map((e) => e.ruleId))];
}

/**
 * Severity of a wrong label: 4 cooperation ↔ conflict, 3 other QuadClass, 2 same QuadClass,
 * 1 no event for the pair (a miss is less harmful than a false event).
 */
function severity(row: PlvRow, predicted: string): { severity: number; kind: string } {
  if (predicted === NONE) return { severity: 1, kind: 'missed' };
  const g = row.goldPenta !== null && row.goldPenta > 0 ? row.goldPenta : pentacodeOfPlover(row.gold);
  const p = pentacodeOfPlover(predicted);
  if (g === null || p === null) return { severity: 2, kind: 'type' };
  if (polarityOfPentacode(g as 1 | 2 | 3 | 4) !== polarityOfPentacode(p)) return { severity: 4, kind: 'polarity' };
  if (g !== p) return { severity: 3, kind: 'quad' };
  return { severity: 2, kind: 'type' };
}

export function scorePlv(rows: readonly PlvRow[], coder: Coder = code, file = '(rows)'): EvalReport {
  const cache = new CodingCache(coder);
  const pairs: LabelPair[] = [];
  const errors: ScoredError[] = [];
  let matched = 0;
  let forward = 0;
  let implicit = 0;
  for (const row of rows) {
    if (row.sourceSpan === null || row.targetSpan === null) implicit++;
    const { events } = cache.code(row.sentence, row.index);
    const m = matchPair(events, row.sentence, row.sourceSpan, row.targetSpan);
    const predicted = m ? plvLabelOfType(m.event.type) : NONE;
    if (m) {
      matched++;
      if (m.forward) forward++;
    }
    pairs.push({ gold: row.gold, predicted });
    if (predicted !== row.gold) {
      errors.push({
        index: row.index,
        line: row.line,
        gold: row.gold,
        predicted: m && !m.forward ? `${predicted} (reversed)` : predicted,
        ruleIds: m ? [m.event.ruleId] : uniqueRuleIds(events),
        ...severity(row, predicted),
        excerpt: `${row.source} → ${row.target}`,
      });
    }
  }
  const confusion = confusionMatrix(pairs, [...PLV_LABELS, NONE]);
  const perClass = perClassScores(confusion);
  const goldClasses = new Set(rows.map((r) => r.gold)).size;
  return {
    set: 'plv',
    file,
    n: rows.length,
    accuracy: accuracy(confusion),
    macroF1: macroF1(perClass),
    headline: `macro-F1 over the ${goldClasses} gold classes (CONCEDE and RETREAT count as YIELD)`,
    perClass,
    confusion,
    confusionTitle: 'rows gold, columns predicted (NONE = no event for the gold pair)',
    figures: {
      pairFound: matched / Math.max(1, rows.length),
      directionAccuracy: matched === 0 ? 0 : forward / matched,
      countImplicitActorRows: implicit,
    },
    tables: [],
    worstErrors: worstErrors(errors),
    errorCount: errors.length,
    coderFailures: cache.failures,
    notes: [
      'pairFound: share of rows for which some event overlaps the gold source and target.',
      'directionAccuracy: among those, share coded source → target as in the gold (not reversed).',
      'Rows whose gold source or target is an implicit actor absent from the sentence match on the other side only.',
    ],
  };
}
