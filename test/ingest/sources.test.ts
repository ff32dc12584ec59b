// Readers: every input kind becomes articles (with title, byline, outlet, date) or a reported failure.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/sources/feed.ts';
import { parseHtmlArticle } from '../../src/ingest/sources/html.ts';
import { htmlToText } from '../../src/ingest/sources/htmlText.ts';
import { expandGlob, globToRegExp, readInputs, sniff } from '../../src/ingest/sources/inputs.ts';
import type { InputItem, RawArticle } from '../../src/ingest/types.ts';
import { readFileSync } from 'node:fs';

const FIX = new URL('../fixtures/ingest/', import.meta.url).pathname;

async function collect(specs: string[], opts: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of readInputs(specs, opts)) out.push(i);
  return out;
}
const articles = (items: InputItem[]): RawArticle[] => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const failures = (items: InputItem[]) => items.filter((i) => i.kind === 'failure');

describe('HTML', () => {
  it('extracts the article body, title, byline, outlet and published time from meta tags', () => {
    const a = parseHtmlArticle(readFileSync(`${FIX}article.html`, 'utf8'), 'article.html');
    expect(a).toMatchObject({
      title: 'Foreign ministers meet in Geneva',
      outlet: 'The Daily Ledger',
      published: '2025-03-14T09:30:00Z',
      url: 'https://ledger.example.org/world/geneva-talks',
    });
    expect(a?.byline).toMatch(/Ana Ruiz/);
    expect(a?.text).toMatch(/^The foreign ministers of two neighbouring states met in Geneva/m);
    expect(a?.text).toContain('\n\nThe meeting followed weeks');
    expect(a?.text).not.toContain('window.tracking');
    expect(a?.text).not.toContain('Home');
  });

  it('takes the date from <time datetime> when there are no meta tags', () => {
    const a = parseHtmlArticle(readFileSync(`${FIX}article-time.html`, 'utf8'), 'article-time.html');
    expect(a?.published).toBe('2025-02-03');
    expect(a?.title).toBe('Port workers strike over pay');
    expect(a?.text).toContain('Dock workers');
  });

  it('keeps paragraphs when converting fragments', () => {
    expect(htmlToText('<p>One &amp; two.</p><p>Three<br>four.</p>')).toBe('One & two.\n\nThree\n\nfour.');
    expect(htmlToText('plain')).toBe('plain');
  });
});

describe('feeds', () => {
  it('reads RSS items with their dates, links, guids and the channel as outlet', () => {
    const items = parseFeed(readFileSync(`${FIX}feed.rss`, 'utf8'), 'feed.rss');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: 'Council approves new ferry link',
      url: 'https://herald.example.org/ferry',
      outlet: 'Harbour Herald',
      externalId: 'herald-1001',
      byline: 'Sam Lee',
      published: 'Tue, 04 Mar 2025 07:15:00 GMT',
      origin: 'feed.rss#1',
    });
    expect(items[0]?.text).toBe('The city council voted on Monday to fund a ferry link between the two halves of the bay.\n\nWork is due to begin in the autumn & finish within two years.');
    expect(items[1]?.text).toMatch(/^The mayor met representatives/);
  });

  it('reads a one-item RSS feed as a list', () => {
    expect(parseFeed(readFileSync(`${FIX}single.rss`, 'utf8'), 'single.rss')).toHaveLength(1);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const [e] = parseFeed(readFileSync(`${FIX}feed.atom`, 'utf8'), 'feed.atom');
    expect(e).toMatchObject({
      title: 'Bridge reopens after repairs',
      url: 'https://courier.example.org/bridge',
      outlet: 'Valley Courier',
      published: '2025-03-07T08:00:00Z',
      byline: 'Jo Park',
      externalId: 'urn:example:bridge',
    });
  });

  it('rejects XML that is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><html><body/></html>', 'x')).toThrow(/not an RSS or Atom feed/);
  });
});

describe('readInputs', () => {
  it('reads JSONL line by line, reporting bad lines with path:line and going on', async () => {
    const items = await collect([`${FIX}articles.jsonl`]);
    const arts = articles(items);
    expect(arts.map((a) => a.externalId)).toEqual(['j-1', 'j-2', '5']);
    expect(arts[0]).toMatchObject({ outlet: 'Example Wire', title: 'First', published: '2025-01-10', url: 'https://wire.example.org/1' });
    expect(failures(items)).toEqual([
      { kind: 'failure', origin: `${FIX}articles.jsonl:3`, code: 'E_INPUT_PARSE', reason: expect.stringMatching(/^invalid JSON/) },
      { kind: 'failure', origin: `${FIX}articles.jsonl:4`, code: 'E_INPUT_PARSE', reason: expect.stringMatching(/field "text"/) },
    ]);
  });

  it('walks directories in sorted order, reading only known extensions', async () => {
    const items = await collect([`${FIX}nested`]);
    expect(articles(items).map((a) => a.origin)).toEqual([`${FIX}nested/deeper/second.txt`, `${FIX}nested/note.txt`]);
  });

  it('expands globs, including ** and {a,b}', async () => {
    expect((await expandGlob(`${FIX}**/*.txt`)).map((f) => f.slice(FIX.length))).toEqual([
      'binary.txt', 'french.txt', 'nested/deeper/second.txt', 'nested/note.txt', 'plain.txt',
    ]);
    expect((await expandGlob(`${FIX}*.{rss,atom}`)).map((f) => f.slice(FIX.length))).toEqual(['feed.atom', 'feed.rss', 'single.rss']);
    expect(globToRegExp('a/**/b?.txt').test('a/x/y/b1.txt')).toBe(true);
    expect(globToRegExp('a/**/b?.txt').test('a/b1.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('dir/a.txt')).toBe(false);
  });

  it('reads plain text, taking a short first line as the title', async () => {
    const [a] = articles(await collect([`${FIX}plain.txt`]));
    expect(a).toMatchObject({ title: 'Regional leaders gather' });
    expect(a?.text).toContain('water sharing');
  });

  it('reports missing files, undecodable files and empty globs, and reads the rest', async () => {
    const items = await collect([`${FIX}missing.txt`, `${FIX}binary.txt`, `${FIX}*.nothing`, `${FIX}plain.txt`]);
    expect(failures(items).map((f) => f.kind === 'failure' && [f.code, f.reason])).toEqual([
      ['E_INPUT_NOT_FOUND', 'no such file or directory'],
      ['E_INPUT_ENCODING', 'not valid UTF-8 text'],
      ['E_INPUT_NOT_FOUND', 'no file matches this pattern'],
    ]);
    expect(articles(items)).toHaveLength(1);
  });

  it('reads stdin and sniffs its kind', async () => {
    const jsonl = '{"text": "First story from stdin about the harbour."}\n{"text": "Second story."}\n';
    expect(articles(await collect(['-'], { stdin: Readable.from([jsonl]) })).map((a) => a.origin)).toEqual(['-:1', '-:2']);
    const html = readFileSync(`${FIX}article.html`, 'utf8');
    expect(articles(await collect(['-'], { stdin: Readable.from([html]) }))[0]?.outlet).toBe('The Daily Ledger');
    expect(sniff(readFileSync(`${FIX}feed.atom`, 'utf8'))).toBe('feed');
    expect(sniff('Just words.')).toBe('text');
  });

  it('fetches URLs: feeds by content type, HTML pages, and reports HTTP errors', async () => {
    const pages: Record<string, [number, string, string]> = {
      'https://herald.example.org/rss': [200, 'application/rss+xml', readFileSync(`${FIX}feed.rss`, 'utf8')],
      'https://ledger.example.org/world/geneva-talks': [200, 'text/html; charset=utf-8', readFileSync(`${FIX}article.html`, 'utf8')],
      'https://gone.example.org/': [404, 'text/html', 'not here'],
    };
    const fakeFetch = (async (url: string) => {
      const [status, type, body] = pages[url] ?? [500, 'text/plain', ''];
      return new Response(body, { status, headers: { 'content-type': type } });
    }) as unknown as typeof fetch;
    const items = await collect(['https://herald.example.org/rss', 'https://ledger.example.org/world/geneva-talks', 'https://gone.example.org/'], {
      fetch: fakeFetch,
    });
    const arts = articles(items);
    expect(arts.map((a) => a.outlet)).toEqual(['Harbour Herald', 'Harbour Herald', 'The Daily Ledger']);
    expect(arts[2]?.url).toBe('https://ledger.example.org/world/geneva-talks');
    expect(failures(items)).toEqual([{ kind: 'failure', origin: 'https://gone.example.org/', code: 'E_INPUT_NOT_FOUND', reason: 'HTTP 404' }]);
  });

  it('follows feed links to full pages when asked', async () => {
    const page = readFileSync(`${FIX}article.html`, 'utf8');
    const fakeFetch = (async (url: string) =>
      url.endsWith('.rss')
        ? new Response(readFileSync(`${FIX}single.rss`, 'utf8'), { headers: { 'content-type': 'application/rss+xml' } })
        : new Response(page, { headers: { 'content-type': 'text/html' } })) as unknown as typeof fetch;
    const [a] = articles(await collect(['https://one.example.org/feed.rss'], { fetch: fakeFetch, followLinks: true }));
    expect(a?.title).toBe('Lone story');
    expect(a?.text).toContain('neighbouring states met in Geneva');
  });
});
