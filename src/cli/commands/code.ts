// `entente code [FILE|-] [--date YYYY-MM-DD] [--format json|table]` and `entente code --jsonl [FILE|-]`.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { code } from '../../pipeline/code.ts';
import type { CodedEvent } from '../../types.ts';
import { EntenteError, isEntenteError } from '../../errors.ts';
import { decodeUtf8, readBytes } from '../readInput.ts';
import { formatEventLine } from '../formatTable.ts';

interface CodeFlags {
  date?: string;
  format: string;
  jsonl?: boolean;
}

export function register(program: Command): void {
  program
    .command('code')
    .description('code one document (or a JSONL batch with --jsonl) into PLOVER/CAMEO events')
    .argument('[file]', 'text file, or - for stdin', '-')
    .option('--date <YYYY-MM-DD>', 'publication date of the article (relative dates resolve against it)')
    .option('--format <format>', 'json | table', 'json')
    .option('--jsonl', 'batch mode: each input line is {id, text, date? (or published?), title?}; each output line {id, events, warnings}')
    .action(async (file: string, flags: CodeFlags) => {
      if (!['json', 'table'].includes(flags.format)) throw new EntenteError('E_USAGE', `--format must be json or table, got "${flags.format}"`);
      if (flags.jsonl) {
        const failed = await codeJsonl(file, flags);
        if (failed > 0) {
          process.stderr.write(`entente: ${failed} line(s) could not be coded (see the error records)\n`);
          process.exitCode = 3;
        }
        return;
      }
      const text = decodeUtf8(await readBytes(file), file === '-' ? 'standard input' : file);
      const result = code(text, { date: flags.date, articleId: file === '-' ? undefined : file });
      for (const w of result.warnings) process.stderr.write(`warning: ${w.message}\n`);
      if (flags.format === 'table') {
        for (const e of result.events) process.stdout.write(`${formatEventLine(e)}\n`);
        if (result.events.length === 0) process.stderr.write('no events\n');
      } else {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      }
    });
}

/** Streams a JSONL batch in one process; output lines stay in input order. Returns the failure count. */
async function codeJsonl(file: string, flags: CodeFlags): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  if (file !== '-') {
    await new Promise<void>((resolve, reject) => {
      (input as ReturnType<typeof createReadStream>).once('open', () => resolve());
      (input as ReturnType<typeof createReadStream>).once('error', (e: NodeJS.ErrnoException) =>
        reject(new EntenteError('E_INPUT_NOT_FOUND', `cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`, { path: file })));
    });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const record = codeLine(line, lineNo, flags);
    if ('error' in record) failed++;
    if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return failed;
}

type LineRecord = { id: string; events: CodedEvent[]; warnings: unknown[] } | { id?: string; line: number; error: { code: string; message: string } };

function codeLine(line: string, lineNo: number, flags: CodeFlags): LineRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { line: lineNo, error: { code: 'E_INPUT_PARSE', message: `line ${lineNo} is not valid JSON` } };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    return { line: lineNo, error: { code: 'E_INPUT_PARSE', message: `line ${lineNo} must be a JSON object {id, text, date?, title?}` } };
  }
  const rec = obj as Record<string, unknown>;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : undefined;
  if (typeof rec.text !== 'string') {
    return { ...(id !== undefined ? { id } : {}), line: lineNo, error: { code: 'E_INPUT_PARSE', message: `line ${lineNo}: "text" must be a string` } };
  }
  // `published` (the ingest and demo corpus field) is accepted as the date too.
  const rawDate = typeof rec.date === 'string' ? rec.date : typeof rec.published === 'string' ? rec.published : undefined;
  const date = rawDate !== undefined ? rawDate.slice(0, 10) : flags.date;
  try {
    const result = code(rec.text, { date, articleId: id ?? `line-${lineNo}`, title: typeof rec.title === 'string' ? rec.title : undefined });
    return { id: id ?? `line-${lineNo}`, events: result.events, warnings: result.warnings };
  } catch (e) {
    if (!isEntenteError(e)) throw e;
    return { ...(id !== undefined ? { id } : {}), line: lineNo, error: { code: e.code, message: e.message } };
  }
}
