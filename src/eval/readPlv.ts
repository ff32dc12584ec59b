// Reader for the plv format: a TSV with a header naming at least `gold_root`, `sentence`, `source` and
// `target`; optional `marked_sentence` (<s>…</s>, <t>…</t>), `gold_penta`, `modality`. Other columns
// (a published model's predictions) are ignored.
import type { CharSpan } from './spans.ts';
import { normalizePlvLabel, type PlvLabel } from './ploverLabels.ts';
import { parseError, readInputFile } from './inputFile.ts';
import { splitLines, splitTsvLine } from './tsv.ts';

export interface PlvRow {
  /** 0-based index among the data rows. */
  index: number;
  /** 1-based line in the file. */
  line: number;
  sentence: string;
  source: string;
  target: string;
  gold: PlvLabel;
  /** The file's own pentacode for the row, when given. */
  goldPenta: number | null;
  /** Where the gold source / target sit in `sentence`; null when the text names an implicit actor
   *  ("a recipient", "An actor") that does not occur in the sentence. */
  sourceSpan: CharSpan | null;
  targetSpan: CharSpan | null;
  modality: string | null;
}

const REQUIRED = ['gold_root', 'sentence', 'source', 'target'] as const;

interface MarkedSpans {
  text: string;
  s: CharSpan | null;
  t: CharSpan | null;
}

/** Strips <s>/<t> marks (which may nest: "<s><t>Dutch</t> sailors</s>") and returns the first span of each. */
export function parseMarkedSentence(marked: string): MarkedSpans {
  let text = '';
  const open: Record<'s' | 't', number | null> = { s: null, t: null };
  const found: Record<'s' | 't', CharSpan | null> = { s: null, t: null };
  const tag = /<(\/?)([st])>/g;
  let last = 0;
  for (let m = tag.exec(marked); m; m = tag.exec(marked)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const role = m[2] as 's' | 't';
    if (m[1] === '') {
      open[role] = text.length;
    } else {
      const start = open[role];
      if (start !== null && found[role] === null) found[role] = trimWhitespace(text, { start, end: text.length });
      open[role] = null;
    }
  }
  text += marked.slice(last);
  return { text, s: found.s, t: found.t };
}

function trimWhitespace(text: string, span: CharSpan): CharSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** First occurrence of `needle` in `sentence` (exact, then ignoring case); null when absent. */
export function locate(sentence: string, needle: string): CharSpan | null {
  const n = needle.trim();
  if (n === '') return null;
  let at = sentence.indexOf(n);
  if (at < 0) at = sentence.toLowerCase().indexOf(n.toLowerCase());
  return at < 0 ? null : { start: at, end: at + n.length };
}

export function parsePlv(content: string, file: string): PlvRow[] {
  const lines = splitLines(content);
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  if (headerAt < 0) throw parseError(file, 1, 'no header line');
  const header = splitTsvLine(lines[headerAt] as string).map((h) => h.trim());
  const col = (name: string): number => header.indexOf(name);
  for (const name of REQUIRED) {
    if (col(name) < 0) throw parseError(file, headerAt + 1, `header lacks column '${name}' (has: ${header.join(', ')})`);
  }
  const iGold = col('gold_root');
  const iSentence = col('sentence');
  const iSource = col('source');
  const iTarget = col('target');
  const iMarked = col('marked_sentence');
  const iPenta = col('gold_penta');
  const iModality = col('modality');
  const needed = Math.max(iGold, iSentence, iSource, iTarget) + 1;

  const rows: PlvRow[] = [];
  for (let li = headerAt + 1; li < lines.length; li++) {
    const raw = lines[li] as string;
    if (raw.trim() === '') continue;
    const lineNo = li + 1;
    const f = splitTsvLine(raw);
    if (f.length < needed) {
      throw parseError(file, lineNo, `expected ${header.length} tab-separated fields, found ${f.length}`);
    }
    const field = (i: number): string => (i >= 0 ? (f[i] ?? '') : '');
    const sentence = field(iSentence);
    if (sentence.trim() === '') throw parseError(file, lineNo, 'empty sentence');
    const goldRaw = field(iGold);
    const gold = normalizePlvLabel(goldRaw);
    if (gold === null) throw parseError(file, lineNo, `unknown PLOVER label '${goldRaw}'`);
    const source = field(iSource).trim();
    const target = field(iTarget).trim();
    const pentaRaw = field(iPenta).trim();
    const goldPenta = /^[0-4]$/.test(pentaRaw) ? Number(pentaRaw) : null;

    // The marks pin the gold mention even when its words occur twice in the sentence.
    let sourceSpan: CharSpan | null = null;
    let targetSpan: CharSpan | null = null;
    const marked = field(iMarked);
    if (marked !== '') {
      const m = parseMarkedSentence(marked);
      if (m.text === sentence) {
        sourceSpan = m.s;
        targetSpan = m.t;
      }
    }
    sourceSpan ??= locate(sentence, source);
    targetSpan ??= locate(sentence, target);

    rows.push({
      index: rows.length,
      line: lineNo,
      sentence,
      source,
      target,
      gold,
      goldPenta,
      sourceSpan,
      targetSpan,
      modality: iModality >= 0 ? field(iModality) || null : null,
    });
  }
  return rows;
}

export function readPlvFile(path: string): PlvRow[] {
  return parsePlv(readInputFile(path), path);
}
