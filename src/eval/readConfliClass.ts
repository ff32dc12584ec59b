// Reader for the confli-class format: `sentence<TAB>label`, label 0–4 (pentacode), no header
// (a first line "sentence<TAB>label" is skipped as one).
import type { Pentacode } from './pentacode.ts';
import { parseError, readInputFile } from './inputFile.ts';
import { splitLines, splitTsvLine } from './tsv.ts';

export interface ConfliClassRow {
  index: number;
  line: number;
  sentence: string;
  gold: Pentacode;
}

export function parseConfliClass(content: string, file: string): ConfliClassRow[] {
  const rows: ConfliClassRow[] = [];
  const lines = splitLines(content);
  for (let li = 0; li < lines.length; li++) {
    const raw = lines[li] as string;
    if (raw.trim() === '') continue;
    const lineNo = li + 1;
    const f = splitTsvLine(raw);
    if (f.length !== 2) throw parseError(file, lineNo, `expected 'sentence<TAB>label', found ${f.length} field(s)`);
    const [sentence, labelRaw] = f as [string, string];
    const label = labelRaw.trim();
    if (rows.length === 0 && /^label$/i.test(label)) continue;
    if (!/^[0-4]$/.test(label)) throw parseError(file, lineNo, `label must be 0–4, found '${labelRaw}'`);
    if (sentence.trim() === '') throw parseError(file, lineNo, 'empty sentence');
    rows.push({ index: rows.length, line: lineNo, sentence, gold: Number(label) as Pentacode });
  }
  return rows;
}

export function readConfliClassFile(path: string): ConfliClassRow[] {
  return parseConfliClass(readInputFile(path), path);
}
