// Reading an evaluation file, with the project's typed errors for the usual failures.
import { readFileSync } from 'node:fs';
import { EntenteError } from '../errors.ts';

/** Reads a UTF-8 file; E_INPUT_NOT_FOUND when absent, E_INPUT_ENCODING when not UTF-8, E_INPUT_EMPTY when blank. */
export function readInputFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new EntenteError('E_INPUT_NOT_FOUND', `cannot read ${path}: ${reason}`, { path });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EntenteError('E_INPUT_ENCODING', `${path} is not valid UTF-8`, { path });
  }
  if (text.trim() === '') throw new EntenteError('E_INPUT_EMPTY', `${path} is empty`, { path });
  return text;
}

/** The E_INPUT_PARSE error for a bad line, pointing at file:line. */
export function parseError(file: string, line: number, message: string): EntenteError {
  return new EntenteError('E_INPUT_PARSE', `${file}:${line}: ${message}`, { file, line });
}
