// Plain-text articles. The whole file is the article; a short first line followed by a blank line is
// taken as its headline (the text keeps it, so offsets still refer to the file).
import type { RawArticle } from '../types.ts';

export function parseTextArticle(text: string, origin: string): RawArticle {
  const m = /^([^\n]{1,200})\n\s*\n/.exec(text.trimStart());
  const title = m?.[1] && !/[.:;,]$/.test(m[1].trim()) ? m[1].trim() : null;
  return { text, title, origin };
}
