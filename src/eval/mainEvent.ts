// "The main event" of a sentence, defined once for every scorer that needs one label per sentence.
//
// 1. Candidates: the sentence's events whose status is neither hypothetical nor negated; when all are,
//    all of them ("Putin did not meet Zelensky" still is a sentence about meeting).
// 2. Among candidates whose trigger lies in the main clause, the one whose trigger comes first:
//    "Ruritanian troops stormed the border town even as Freedonia said its jets had bombed their
//    camps" → the storming, not the bombing inside the "as" clause.
// 3. When no candidate's trigger is in the main clause ("Lavrov said that Russia would attack …", where
//    the reporting verb is not an event), the candidate with the largest |Goldstein| value, ties to the
//    earliest trigger.
//
// A trigger is outside the main clause when it follows a subordinating word (who, which, that, after,
// while, as, …) with no clause punctuation (, ; : . ! ? ( ) or a dash) in between: "Russia, which
// invaded Ukraine, condemned …" keeps "condemned" in the main clause. A surface heuristic, no parse.
import type { CodedEvent, Status } from '../types.ts';
import type { CharSpan } from './spans.ts';

const SUBORDINATORS = [
  'who', 'whom', 'whose', 'which', 'that', 'after', 'while', 'as', 'when', 'whereas',
  'because', 'since', 'although', 'though', 'if', 'unless', 'before', 'until', 'once',
];
const SUBORDINATOR = new RegExp(`\\b(?:${SUBORDINATORS.join('|')})\\b`, 'gi');
const CLAUSE_BREAK = /[,;:.!?()—–]|\s-{1,2}\s/g;
const SET_ASIDE: ReadonlySet<Status> = new Set<Status>(['hypothetical', 'negated']);

/** The stretches of `text` that lie in subordinate or relative clauses. */
export function subordinateRegions(text: string): CharSpan[] {
  const regions: CharSpan[] = [];
  for (const m of text.matchAll(SUBORDINATOR)) {
    const start = m.index;
    CLAUSE_BREAK.lastIndex = start;
    const brk = CLAUSE_BREAK.exec(text);
    const end = brk ? brk.index : text.length;
    const last = regions[regions.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else regions.push({ start, end });
  }
  return regions;
}

function triggerStart(e: CodedEvent): number {
  return e.evidence[0]?.trigger.start ?? Number.POSITIVE_INFINITY;
}

export function mainEvent(events: readonly CodedEvent[], text: string): CodedEvent | null {
  if (events.length === 0) return null;
  const kept = events.filter((e) => !SET_ASIDE.has(e.status));
  const candidates = kept.length > 0 ? kept : [...events];
  const regions = subordinateRegions(text);
  const inMain = (e: CodedEvent): boolean => {
    const at = triggerStart(e);
    return Number.isFinite(at) && !regions.some((r) => at >= r.start && at < r.end);
  };
  const byPosition = (a: CodedEvent, b: CodedEvent): number => triggerStart(a) - triggerStart(b);
  const main = candidates.filter(inMain).sort(byPosition);
  if (main[0]) return main[0];
  const byWeight = [...candidates].sort((a, b) => Math.abs(b.goldstein) - Math.abs(a.goldstein) || byPosition(a, b));
  return byWeight[0] ?? null;
}
