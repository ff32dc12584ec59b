// Article identity: the id of an article is a hash of its normalised text, so the same report fetched
// twice (or from a feed and again from a crawl) is recognised whatever its whitespace or quote style.
import { createHash } from 'node:crypto';

/**
 * Text folded for identity and similarity: NFKC, typographic quotes and dashes made plain, whitespace
 * collapsed, lower case. "Putin’s  aide" and "putin's aide" normalise alike.
 */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** 128-bit hex digest (SHA-256 truncated): ample for a corpus, short enough to read in a log. */
export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** The article id: hash of the normalised text. */
export function contentHash(text: string): string {
  return sha(normaliseForHash(text));
}

/** Article text as stored: line endings unified and surrounding blank space removed, nothing else touched. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trim();
}

/** Any parsable date → 'YYYY-MM-DD' (UTC), or null. "Mon, 01 Sep 2025 08:00:00 GMT" → "2025-09-01". */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  if (s === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return validDate(`${m[1]}-${m[2]}-${m[3]}`);
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function validDate(iso: string): string | null {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Host name of a URL without "www.", or null: the fallback identity of an outlet. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
