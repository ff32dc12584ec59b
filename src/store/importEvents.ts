// `entente import gdelt|icews FILE`: stream a GDELT 2.0 events file or an ICEWS events file into the
// events table (provenance imported:gdelt / imported:icews) in batches. Re-importing a file replaces
// the same rows, so it adds nothing. Rows whose CAMEO code has no PLOVER type (root 01) are skipped.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { EntenteError } from '../errors.ts';
import { parseGdeltLine, type ParseResult } from './formats/gdelt.ts';
import { parseIcewsHeader, parseIcewsLine } from './formats/icews.ts';
import type { ImportedEvent, Store } from './Store.ts';

export const IMPORT_FORMATS = ['gdelt', 'icews'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSummary {
  format: ImportFormat;
  file: string;
  lines: number;
  imported: number;
  skipped: number;
  failed: number;
  /** First problems, "line N: reason". */
  problems: string[];
  seconds: number;
}

export async function importEventsFile(
  store: Store,
  format: ImportFormat,
  file: string,
  options: { batchSize?: number } = {},
): Promise<ImportSummary> {
  if (!IMPORT_FORMATS.includes(format)) {
    throw new EntenteError('E_USAGE', `unknown import format "${format}"; use gdelt or icews`);
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch (e) {
    throw new EntenteError('E_INPUT_NOT_FOUND', `cannot read ${file}: ${(e as Error).message}`, { path: file });
  }
  const started = performance.now();
  const summary: ImportSummary = { format, file, lines: 0, imported: 0, skipped: 0, failed: 0, problems: [], seconds: 0 };
  const batchSize = options.batchSize ?? 2000;
  let batch: ImportedEvent[] = [];
  let icewsHeader: ReturnType<typeof parseIcewsHeader> | null = null;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    summary.lines++;
    if (line.trim() === '') continue;
    let result: ParseResult;
    if (format === 'gdelt') result = parseGdeltLine(line);
    else if (icewsHeader === null) {
      icewsHeader = parseIcewsHeader(line);
      if ('error' in icewsHeader) throw new EntenteError('E_INPUT_PARSE', `${file}: ${icewsHeader.error}`, { path: file });
      continue;
    } else result = parseIcewsLine(line, icewsHeader as Exclude<typeof icewsHeader, { error: string }>);
    if ('error' in result) {
      summary.failed++;
      if (summary.problems.length < 20) summary.problems.push(`line ${summary.lines}: ${result.error}`);
    } else if ('skip' in result) summary.skipped++;
    else {
      batch.push(result.event);
      if (batch.length >= batchSize) {
        summary.imported += await store.importEvents(batch);
        batch = [];
      }
    }
  }
  summary.imported += await store.importEvents(batch);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
