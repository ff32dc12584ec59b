// Precision on real prose: code a corpus, draw a fixed-seed sample of the events analytics would count
// as having happened (asserted, reported), judge each by hand against its sentence, report precision.
// The sample file holds pointers into the corpus (article id, sentence index, offsets) and the coder's
// output, never the corpus's sentences: those are read back from the corpus when judging.
import { z } from 'zod';
import { EntenteError } from '../errors.ts';
import type { CodedEvent, Status } from '../types.ts';
import type { Coder } from './EvalReport.ts';
import { parseError } from './inputFile.ts';
import { PRECISION_END, PRECISION_START } from './resultsFile.ts';
import { mulberry32, sampleIndices } from './random.ts';
import { CorpusDuplicates } from '../ingest/corpusDuplicates.ts';

export const SAMPLED_STATUSES: readonly Status[] = ['asserted', 'reported'];
export const DEFAULT_SEED = 2225;
export const DEFAULT_SIZE = 100;

/** Error classes a judge picks from (any other short string is accepted and counted as given). */
export const ERROR_CLASSES = [
  'not-an-event',     // nothing happened between actors: figure of speech, sport, commerce
  'wrong-type',       // an event, but another PLOVER type
  'wrong-source',
  'wrong-target',
  'reversed',         // source and target swapped
  'wrong-status',     // happened only hypothetically, negated, future, …
  'not-political',    // actors outside political event data (firms, clubs, celebrities)
  'duplicate',        // the same event already coded from this sentence
] as const;

export interface CorpusArticle {
  id: string;
  title?: string;
  text: string;
}

const articleSchema = z.object({ id: z.union([z.string(), z.number()]), title: z.string().optional(), text: z.string() });

/** Parses a JSONL corpus ({id, category, title, text} a line). */
export function parseCorpus(content: string, file: string): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw parseError(file, i + 1, `not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = articleSchema.safeParse(value);
    if (!parsed.success) throw parseError(file, i + 1, 'expected {id, title?, text}');
    const { id, title, text } = parsed.data;
    out.push(title === undefined ? { id: String(id), text } : { id: String(id), title, text });
  });
  return out;
}

const sampledEventSchema = z.object({
  n: z.number().int(),
  articleId: z.string(),
  sentence: z.number().int(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
  triggerStart: z.number().int(),
  triggerEnd: z.number().int(),
  trigger: z.string(),
  type: z.string(),
  mode: z.string().nullable(),
  cameo: z.string(),
  status: z.string(),
  source: z.string().nullable(),
  target: z.string().nullable(),
  ruleId: z.string(),
  judgement: z.enum(['correct', 'incorrect']).nullable(),
  errorClass: z.string().nullable(),
  note: z.string().nullable().optional(),
});
export type SampledEvent = z.infer<typeof sampledEventSchema>;

const sampleFileSchema = z.object({
  corpus: z.string(),
  seed: z.number().int(),
  statuses: z.array(z.string()),
  articles: z.number().int(),
  coderFailures: z.number().int(),
  /** Articles left out as exact or near duplicates of an earlier one (absent in files drawn before). */
  duplicateArticles: z.number().int().optional(),
  firstCoderFailure: z.string().nullable(),
  population: z.number().int(),
  commit: z.string(),
  dictionaryVersion: z.string(),
  instructions: z.string(),
  events: z.array(sampledEventSchema),
});
export type PrecisionSampleFile = z.infer<typeof sampleFileSchema>;

export interface SampleOptions {
  corpus: string;
  seed?: number;
  size?: number;
  commit: string;
  dictionaryVersion: string;
  /** Called every 100 articles; for progress on stderr. */
  onProgress?: (done: number, total: number) => void;
}

function toSampled(articleId: string, e: CodedEvent, n: number): SampledEvent {
  const ev = e.evidence[0];
  return {
    n,
    articleId,
    sentence: ev?.sentence ?? -1,
    sentenceStart: ev?.start ?? -1,
    sentenceEnd: ev?.end ?? -1,
    triggerStart: ev?.trigger.start ?? -1,
    triggerEnd: ev?.trigger.end ?? -1,
    trigger: ev?.trigger.text ?? '',
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    status: e.status,
    source: e.source?.name ?? null,
    target: e.target?.name ?? null,
    ruleId: e.ruleId,
    judgement: null,
    errorClass: null,
    note: null,
  };
}

/**
 * Codes every article (no publication date: the coder's default applies; offsets are into `text`) except
 * exact and near duplicates of an earlier one, which an ingest would store as copies and not code again
 * (the BBC file holds a hundred or so such copies); keeps the asserted/reported events and draws `size` of them with mulberry32(seed), in draw order.
 */
export function drawPrecisionSample(articles: readonly CorpusArticle[], coder: Coder, options: SampleOptions): PrecisionSampleFile {
  const seed = options.seed ?? DEFAULT_SEED;
  const population: { articleId: string; event: CodedEvent }[] = [];
  const failures: string[] = [];
  const seen = new CorpusDuplicates();
  let duplicates = 0;
  articles.forEach((a, i) => {
    if (seen.isCopy(a.text)) {
      duplicates++;
      return;
    }
    let events: CodedEvent[] = [];
    try {
      ({ events } = coder(a.text, a.title === undefined ? { articleId: a.id } : { articleId: a.id, title: a.title }));
    } catch (e) {
      // An article the coder cannot take (too large, bad encoding) is left out and counted.
      failures.push(`${a.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (const event of events) if (SAMPLED_STATUSES.includes(event.status)) population.push({ articleId: a.id, event });
    if ((i + 1) % 100 === 0) options.onProgress?.(i + 1, articles.length);
  });
  const picked = sampleIndices(population.length, options.size ?? DEFAULT_SIZE, mulberry32(seed));
  return {
    corpus: options.corpus,
    seed,
    statuses: [...SAMPLED_STATUSES],
    articles: articles.length,
    coderFailures: failures.length,
    duplicateArticles: duplicates,
    firstCoderFailure: failures[0] ?? null,
    population: population.length,
    commit: options.commit,
    dictionaryVersion: options.dictionaryVersion,
    instructions:
      'Judge each event against its sentence (npx tsx scripts/samplePrecision.ts --show): judgement "correct" when the ' +
      'sentence states this event of this type between these actors, else "incorrect" with an errorClass from: ' +
      `${ERROR_CLASSES.join(', ')}. Then run --report.`,
    events: picked.map((p, n) => {
      const { articleId, event } = population[p] as { articleId: string; event: CodedEvent };
      return toSampled(articleId, event, n);
    }),
  };
}

export function parseSampleFile(content: string, file: string): PrecisionSampleFile {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    throw new EntenteError('E_INPUT_PARSE', `${file}: not JSON: ${e instanceof Error ? e.message : String(e)}`, { file });
  }
  const parsed = sampleFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntenteError('E_INPUT_PARSE', `${file}: ${issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : 'invalid sample file'}`, { file });
  }
  return parsed.data;
}

export interface PrecisionSummary {
  sampled: number;
  judged: number;
  correct: number;
  precision: number | null;
  /** Wilson 95% interval of the precision; null before any judgement. */
  interval: [number, number] | null;
  errorClasses: Record<string, number>;
  /** Incorrect judgements with no errorClass. */
  unclassified: number;
}

function wilson(successes: number, n: number, z95 = 1.96): [number, number] {
  const p = successes / n;
  const d = 1 + (z95 * z95) / n;
  const centre = (p + (z95 * z95) / (2 * n)) / d;
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + (z95 * z95) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function summarizeJudgements(sample: PrecisionSampleFile): PrecisionSummary {
  const judged = sample.events.filter((e) => e.judgement !== null);
  const correct = judged.filter((e) => e.judgement === 'correct').length;
  const errorClasses: Record<string, number> = {};
  let unclassified = 0;
  for (const e of judged) {
    if (e.judgement !== 'incorrect') continue;
    if (e.errorClass === null || e.errorClass.trim() === '') unclassified++;
    else errorClasses[e.errorClass] = (errorClasses[e.errorClass] ?? 0) + 1;
  }
  return {
    sampled: sample.events.length,
    judged: judged.length,
    correct,
    precision: judged.length === 0 ? null : correct / judged.length,
    interval: judged.length === 0 ? null : wilson(correct, judged.length),
    errorClasses,
    unclassified,
  };
}

/** The eval/RESULTS.md section (with its markers). */
export function precisionSection(sample: PrecisionSampleFile, s: PrecisionSummary): string {
  const lines = [PRECISION_START, '## Precision on real prose', ''];
  lines.push(
    `Corpus ${sample.corpus}: ${sample.articles} articles` +
      `${sample.duplicateArticles ? ` (${sample.duplicateArticles} exact or near copies of earlier ones left out, as an ingest would)` : ''}, ${sample.population} events with status ` +
      `${sample.statuses.join('/')}${sample.coderFailures > 0 ? ` (${sample.coderFailures} articles failed to code)` : ''}; ${s.sampled} drawn with mulberry32(${sample.seed}) ` +
      `(coded at commit ${sample.commit}, dictionaries ${sample.dictionaryVersion}); eval/precision-sample.json.`,
    '',
  );
  if (s.precision === null || s.interval === null) {
    lines.push(`Not judged yet (0 of ${s.sampled}).`);
  } else {
    lines.push(
      `- judged: ${s.judged} of ${s.sampled}`,
      `- correct: ${s.correct}`,
      `- precision: ${s.precision.toFixed(3)} (95% Wilson interval ${s.interval[0].toFixed(3)}–${s.interval[1].toFixed(3)}; target ≥ 0.80)`,
      '',
      '| error class | count |',
      '|---|---|',
      ...Object.entries(s.errorClasses).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `| ${k} | ${v} |`),
    );
    if (s.unclassified > 0) lines.push(`| (no class given) | ${s.unclassified} |`);
  }
  lines.push(PRECISION_END);
  return lines.join('\n');
}
