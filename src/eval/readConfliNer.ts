// Reader for the confli-ner format: one `token TAG` per line, blank lines between sentences.
// Tags: B-S/I-S source, B-T/I-T target, B-R/I-R other role (not scored), O. An I- tag that does not
// continue a span of its role opens one (the conlleval convention) rather than failing the file.
import { rebuildText } from './detokenize.ts';
import { parseError, readInputFile } from './inputFile.ts';
import { splitLines } from './tsv.ts';

export type NerRole = 'S' | 'T' | 'R';
const TAG = /^(?:O|[BI]-[STR])$/;

export interface NerToken {
  text: string;
  tag: string;
  start: number;
  end: number;
}

export interface NerSpan {
  role: NerRole;
  start: number;
  end: number;
}

export interface NerSentence {
  index: number;
  /** 1-based line of the sentence's first token. */
  line: number;
  /** Rebuilt from the tokens (see detokenize.ts); offsets below point into it. */
  text: string;
  tokens: NerToken[];
  spans: NerSpan[];
}

function spansOf(tokens: readonly NerToken[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let current: NerSpan | null = null;
  for (const t of tokens) {
    const role = t.tag === 'O' ? null : (t.tag.slice(2) as NerRole);
    const continues = t.tag.startsWith('I-') && current !== null && current.role === role;
    if (continues && current) {
      current.end = t.end;
      continue;
    }
    if (current) spans.push(current);
    current = role === null ? null : { role, start: t.start, end: t.end };
  }
  if (current) spans.push(current);
  return spans;
}

export function parseConfliNer(content: string, file: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let pending: { text: string; tag: string }[] = [];
  let firstLine = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const rebuilt = rebuildText(pending.map((p) => p.text));
    const tokens = pending.map((p, i) => ({ ...p, ...(rebuilt.offsets[i] as { start: number; end: number }) }));
    sentences.push({ index: sentences.length, line: firstLine, text: rebuilt.text, tokens, spans: spansOf(tokens) });
    pending = [];
  };
  const lines = splitLines(content);
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li] as string;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const lineNo = li + 1;
    // The tag is the last field; the token is everything before it (tokens never hold tabs or spaces).
    const m = /^(\S+)[ \t]+(\S+)[ \t]*$/.exec(raw);
    if (!m) throw parseError(file, lineNo, `expected 'token TAG', found '${raw.slice(0, 60)}'`);
    const [, token, tag] = m as unknown as [string, string, string];
    if (token === '-DOCSTART-') continue;
    if (!TAG.test(tag)) throw parseError(file, lineNo, `unknown tag '${tag}' (expected O, B-S, I-S, B-T, I-T, B-R, I-R)`);
    if (pending.length === 0) firstLine = lineNo;
    pending.push({ text: token, tag });
  }
  flush();
  return sentences;
}

export function readConfliNerFile(path: string): NerSentence[] {
  return parseConfliNer(readInputFile(path), path);
}
