// HTML articles: Readability finds the article body; title, byline, outlet and publication date come
// from the page's meta tags, JSON-LD or first <time datetime>, read before Readability rewrites the DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText, nodeText } from './htmlText.ts';
import type { RawArticle } from '../types.ts';

type Doc = ReturnType<typeof parseHTML>['document'];

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:updated_time"]',
];

function meta(doc: Doc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function jsonLdDate(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}

/** Extract an article from an HTML page; null when the page has no readable text. */
export function parseHtmlArticle(html: string, origin: string, url: string | null = null): RawArticle | null {
  const { document } = parseHTML(html);
  const published =
    meta(document, PUBLISHED_META) ??
    jsonLdDate(document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const outlet = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const metaTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const metaByline = meta(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;

  let text = '';
  let title: string | null = null;
  let byline: string | null = null;
  try {
    const parsed = new Readability(document as unknown as Document).parse();
    if (parsed?.content) text = htmlToText(parsed.content);
    title = parsed?.title?.trim() || null;
    byline = parsed?.byline?.trim() || null;
  } catch {
    // Readability gives up on some pages; the body text below is the fallback.
  }
  if (text === '') {
    const { document: fresh } = parseHTML(html);
    if (fresh.body) text = nodeText(fresh.body as unknown as Parameters<typeof nodeText>[0]);
  }
  if (text === '') return null;
  return {
    text,
    title: metaTitle ?? title ?? docTitle,
    byline: byline ?? metaByline,
    outlet,
    published,
    url: url ?? canonical,
    origin,
  };
}
