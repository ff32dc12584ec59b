// Turn command-line inputs (files, directories, globs, http(s) URLs, "-" for stdin) into a stream of
// articles and failures. Each input is read by the reader its extension, content type or first bytes
// call for. An input that cannot be read becomes a failure with its path and reason; the rest go on.
import { constants, createReadStream } from 'node:fs';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { failure, type InputItem, type RawArticle } from '../types.ts';
import { looksLikeFeed, parseFeed } from './feed.ts';
import { parseHtmlArticle } from './html.ts';
import { looksLikeJsonl, parseJsonLine } from './jsonl.ts';
import { parseTextArticle } from './text.ts';

export type InputKind = 'jsonl' | 'json' | 'html' | 'feed' | 'text';

export interface ReadInputsOptions {
  /** Read for "-" (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** fetch implementation (tests pass a fake). */
  fetch?: typeof fetch;
  /** For feed items, fetch the linked page and use its article text when the item carries only a summary. */
  followLinks?: boolean;
  /** Largest file or response read whole (JSONL files are streamed and have no limit). */
  maxBytes?: number;
  timeoutMs?: number;
}

const EXTENSIONS: Record<string, InputKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Feed summaries shorter than this are replaced by the linked page when following links. */
const SHORT_SUMMARY_CHARS = 600;

export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

export function hasGlob(spec: string): boolean {
  return /[*?[{]/.test(spec);
}

export async function* readInputs(specs: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<InputItem> {
  for (const spec of specs) {
    if (spec === '-') yield* readStdin(options);
    else if (isUrl(spec)) yield* readUrl(spec, options);
    else if (hasGlob(spec)) {
      const files = await expandGlob(spec);
      if (files.length === 0) yield failure(spec, 'E_INPUT_NOT_FOUND', 'no file matches this pattern');
      for (const f of files) yield* readFileInput(f, options);
    } else yield* readPath(spec, options);
  }
}

async function* readPath(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield failure(path, 'E_INPUT_NOT_FOUND', reason(e));
    return;
  }
  if (info.isDirectory()) {
    const files = await walk(path);
    for (const f of files) if (EXTENSIONS[extname(f).toLowerCase()]) yield* readFileInput(f, options);
  } else yield* readFileInput(path, options);
}

async function* readFileInput(path: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const byExt = EXTENSIONS[extname(path).toLowerCase()];
  if (byExt === 'jsonl') {
    yield* readJsonlFile(path);
    return;
  }
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  try {
    const info = await stat(path);
    if (info.size > max) {
      yield failure(path, 'E_INPUT_TOO_LARGE', `${info.size} bytes is more than the ${max}-byte limit for a single document`);
      return;
    }
    buf = await readFile(path);
  } catch (e) {
    yield failure(path, 'E_INPUT_NOT_FOUND', reason(e));
    return;
  }
  const text = decode(buf);
  if (text === null) {
    yield failure(path, 'E_INPUT_ENCODING', 'not valid UTF-8 text');
    return;
  }
  yield* parseDocument(text, path, byExt ?? sniff(text), null, options);
}

/** JSONL files are streamed line by line, so a corpus of any size reads in bounded memory. */
async function* readJsonlFile(path: string): AsyncGenerator<InputItem> {
  try {
    await access(path, constants.R_OK);
  } catch (e) {
    yield failure(path, 'E_INPUT_NOT_FOUND', reason(e));
    return;
  }
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      const item = parseJsonLine(line, `${path}:${n}`);
      if (item) yield item;
    }
  } catch (e) {
    yield failure(path, 'E_INPUT_PARSE', reason(e));
  } finally {
    stream.destroy();
  }
}

async function* readStdin(options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const input = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  const text = decode(Buffer.concat(chunks));
  if (text === null) {
    yield failure('-', 'E_INPUT_ENCODING', 'stdin is not valid UTF-8 text');
    return;
  }
  yield* parseDocument(text, '-', sniff(text), null, options);
}

async function* readUrl(url: string, options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const got = await fetchText(url, options);
  if ('error' in got) {
    yield failure(url, got.code, got.error);
    return;
  }
  const ct = got.contentType;
  const kind: InputKind = /(rss|atom|xml)/i.test(ct) && looksLikeFeed(got.text)
    ? 'feed'
    : /html/i.test(ct)
      ? 'html'
      : /(ndjson|jsonl|json)/i.test(ct)
        ? 'jsonl'
        : sniff(got.text);
  yield* parseDocument(got.text, url, kind, url, options);
}

async function* parseDocument(
  text: string,
  origin: string,
  kind: InputKind,
  url: string | null,
  options: ReadInputsOptions,
): AsyncGenerator<InputItem> {
  switch (kind) {
    case 'jsonl': {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const item = parseJsonLine(lines[i] as string, `${origin}:${i + 1}`);
        if (item) yield item;
      }
      return;
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield failure(origin, 'E_INPUT_PARSE', `invalid JSON: ${reason(e)}`);
        return;
      }
      const list = Array.isArray(value) ? value : [value];
      for (let i = 0; i < list.length; i++) {
        const item = parseJsonLine(JSON.stringify(list[i]), `${origin}[${i}]`);
        if (item) yield item;
      }
      return;
    }
    case 'feed': {
      let items: RawArticle[];
      try {
        items = parseFeed(text, origin);
      } catch (e) {
        yield failure(origin, 'E_INPUT_PARSE', `cannot parse feed: ${reason(e)}`);
        return;
      }
      for (const it of items) yield { kind: 'article', article: await maybeFollow(it, options) };
      return;
    }
    case 'html': {
      const article = parseHtmlArticle(text, origin, url);
      yield article ? { kind: 'article', article } : failure(origin, 'E_INPUT_EMPTY', 'no readable text in the page');
      return;
    }
    default:
      yield { kind: 'article', article: { ...parseTextArticle(text, origin), url } };
  }
}

async function maybeFollow(item: RawArticle, options: ReadInputsOptions): Promise<RawArticle> {
  if (!options.followLinks || !item.url || item.text.length >= SHORT_SUMMARY_CHARS) return item;
  const got = await fetchText(item.url, options);
  if ('error' in got) return item;
  const page = parseHtmlArticle(got.text, item.origin, item.url);
  if (!page || page.text.length <= item.text.length) return item;
  return { ...item, text: page.text, byline: item.byline ?? page.byline ?? null, published: item.published ?? page.published ?? null };
}

type Fetched = { text: string; contentType: string } | { error: string; code: 'E_INPUT_NOT_FOUND' | 'E_INPUT_ENCODING' | 'E_INPUT_TOO_LARGE' };

async function fetchText(url: string, options: ReadInputsOptions): Promise<Fetched> {
  const doFetch = options.fetch ?? fetch;
  try {
    const res = await doFetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      headers: { 'user-agent': 'Entente/0.1 (political event coder)', accept: '*/*' },
    });
    if (!res.ok) return { error: `HTTP ${res.status} ${res.statusText}`.trim(), code: 'E_INPUT_NOT_FOUND' };
    const buf = Buffer.from(await res.arrayBuffer());
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (buf.length > max) return { error: `response of ${buf.length} bytes exceeds the limit`, code: 'E_INPUT_TOO_LARGE' };
    const text = decode(buf);
    if (text === null) return { error: 'response is not valid UTF-8 text', code: 'E_INPUT_ENCODING' };
    return { text, contentType: res.headers.get('content-type') ?? '' };
  } catch (e) {
    return { error: reason(e), code: 'E_INPUT_NOT_FOUND' };
  }
}

/** Decide a document's kind from its first bytes. */
export function sniff(text: string): InputKind {
  const head = text.trimStart().slice(0, 1000);
  if (looksLikeFeed(head)) return 'feed';
  if (/^(<!doctype html|<html\b)/i.test(head) || /<body\b/i.test(head)) return 'html';
  if (looksLikeJsonl(head)) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  return 'text';
}

function decode(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or directory';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(e);
}

/** Files under a directory, recursively, in sorted order; hidden entries skipped. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Expand a glob ("corpus/**\/*.html", "feeds/{bbc,rt}.xml") to the sorted list of matching files. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex(hasGlob);
  const base = parts.slice(0, firstMagic).join('/') || '.';
  const re = globToRegExp(parts.slice(firstMagic).join('/'));
  const files = await walk(base);
  return files.filter((f) => re.test(relative(resolve(base), resolve(f)).split(sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of directories, including none.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rough number of articles in local inputs, for the progress bar's ETA; undefined when unknowable. */
export async function estimateTotal(specs: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const spec of specs) {
    if (spec === '-' || isUrl(spec)) return undefined;
    let files: string[];
    let direct = false;
    try {
      if (hasGlob(spec)) files = await expandGlob(spec);
      else if ((await stat(spec)).isDirectory()) files = await walk(spec);
      else {
        files = [spec];
        direct = true;
      }
    } catch {
      continue;
    }
    for (const f of files) {
      const kind = EXTENSIONS[extname(f).toLowerCase()];
      if (kind === 'jsonl') total += await countLines(f);
      else if (kind === 'feed') {
        const text = await readFile(f, 'utf8').catch(() => '');
        total += (text.match(/<(item|entry)[\s>]/g) ?? []).length;
      } else if (kind || direct) total += 1;
    }
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(path)) {
      const buf = chunk as Buffer;
      for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
      if (buf.length > 0) last = buf[buf.length - 1] as number;
    }
  } catch {
    return n;
  }
  return last === 10 ? n : n + 1;
}
