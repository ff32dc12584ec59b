// confli-class: a sentence's label is the pentacode (pentacode.ts) of its main event (mainEvent.ts);
// 0 when the coder finds no event. The event's CAMEO code decides; an event whose cameo string is not
// a CAMEO code falls back to its QuadClass.
import { code } from '../pipeline/code.ts';
import type { CodedEvent } from '../types.ts';
import { CodingCache } from './codingCache.ts';
import { worstErrors, type Coder, type EvalReport, type ScoredError } from './EvalReport.ts';
import { mainEvent } from './mainEvent.ts';
import { accuracy, confusionMatrix, macroF1, perClassScores, type LabelPair } from './metrics.ts';
import { pentacodeOfCameo, polarityOfPentacode, type Pentacode } from './pentacode.ts';
import type { ConfliClassRow } from './readConfliClass.ts';

export const PENTACODE_LABELS = ['0', '1', '2', '3', '4'] as const;

/** The pentacode a sentence gets from its coded events. */
export function sentencePentacode(events: readonly CodedEvent[], sentence: string): { label: Pentacode; event: CodedEvent | null } {
  const event = mainEvent(events, sentence);
  if (!event) return { label: 0, event: null };
  return { label: pentacodeOfCameo(event.cameo) ?? event.quadClass, event };
}

/**
 * Severity of a wrong label: 4 cooperation ↔ conflict, 3 other class of the same polarity,
 * 2 an event where the gold has none (0), 1 no event where the gold has one.
 */
function severity(gold: Pentacode, predicted: Pentacode): { severity: number; kind: string } {
  if (gold === 0) return { severity: 2, kind: 'spurious' };
  if (predicted === 0) return { severity: 1, kind: 'missed' };
  if (polarityOfPentacode(gold) !== polarityOfPentacode(predicted)) return { severity: 4, kind: 'polarity' };
  return { severity: 3, kind: 'quad' };
}

export function scoreConfliClass(rows: readonly ConfliClassRow[], coder: Coder = code, file = '(rows)'): EvalReport {
  const cache = new CodingCache(coder);
  const pairs: LabelPair[] = [];
  const errors: ScoredError[] = [];
  let withEvent = 0;
  for (const row of rows) {
    const { events } = cache.code(row.sentence, row.index);
    if (events.length > 0) withEvent++;
    const { label, event } = sentencePentacode(events, row.sentence);
    pairs.push({ gold: String(row.gold), predicted: String(label) });
    if (label !== row.gold) {
      errors.push({
        index: row.index,
        line: row.line,
        gold: String(row.gold),
        predicted: event ? `${label} ${event.type} ${event.cameo}` : String(label),
        ruleIds: event ? [event.ruleId] : [...new Set(events.map((e) => e.ruleId))],
        ...severity(row.gold, label),
        excerpt: event?.evidence[0]?.trigger.text,
      });
    }
  }
  const confusion = confusionMatrix(pairs, PENTACODE_LABELS);
  const perClass = perClassScores(confusion);
  return {
    set: 'confli-class',
    file,
    n: rows.length,
    accuracy: accuracy(confusion),
    macroF1: macroF1(perClass),
    headline: 'macro-F1 over the gold pentacodes 0–4 (pentacode of the main event; 0 without one)',
    perClass,
    confusion,
    confusionTitle: 'rows gold, columns predicted pentacode',
    figures: { sentencesWithEvent: withEvent / Math.max(1, rows.length) },
    tables: [],
    worstErrors: worstErrors(errors),
    errorCount: errors.length,
    coderFailures: cache.failures,
    notes: [
      'Pentacodes: 0 statement/neutral (CAMEO 01), 1 verbal cooperation (02–05), 2 material cooperation (06–08), 3 verbal conflict (09–13, 16), 4 material conflict (14, 15, 17–20).',
      'Main event: earliest trigger in the main clause among events not hypothetical/negated; else the largest |Goldstein| (src/eval/mainEvent.ts).',
    ],
  };
}
