// Reading user input for the CLI: a file path or "-" (stdin), strictly UTF-8.
import { readFile } from 'node:fs/promises';
import { EntenteError } from '../errors.ts';

export async function readBytes(path: string | undefined): Promise<Buffer> {
  if (path === undefined || path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new EntenteError('E_INPUT_NOT_FOUND', `no such file: ${path}`, { path });
    if (err.code === 'EISDIR') throw new EntenteError('E_USAGE', `${path} is a directory; give a file or "-"`, { path });
    throw new EntenteError('E_INPUT_NOT_FOUND', `cannot read ${path}: ${err.message}`, { path });
  }
}

/** Decode bytes as UTF-8, refusing invalid sequences and binary data (NUL bytes). */
export function decodeUtf8(bytes: Buffer, label: string): string {
  if (bytes.includes(0)) throw new EntenteError('E_INPUT_ENCODING', `${label} looks like binary data (it contains NUL bytes); Entente reads UTF-8 text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new EntenteError('E_INPUT_ENCODING', `${label} is not valid UTF-8; convert it first (e.g. iconv -f latin1 -t utf-8)`);
  }
}
