// JSONL articles: one object a line, {id?, url?, title?, text, published?, outlet?} (plus a few common
// aliases: date, source, author, byline). A bad line is a failure of that line only.
import { z } from 'zod';
import { failure, type InputItem } from '../types.ts';

const scalar = z.union([z.string(), z.number()]).nullish();
const JsonArticle = z.object({
  id: scalar,
  url: z.string().nullish(),
  title: z.string().nullish(),
  text: z.string(),
  published: scalar,
  date: scalar,
  outlet: z.string().nullish(),
  source: z.string().nullish(),
  byline: z.string().nullish(),
  author: z.string().nullish(),
});

export function parseJsonLine(line: string, origin: string): InputItem | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (e) {
    return failure(origin, 'E_INPUT_PARSE', `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `field "${issue.path.join('.')}"` : 'record';
    return failure(origin, 'E_INPUT_PARSE', `${where}: ${issue?.message ?? 'not an article object'}`);
  }
  const a = parsed.data;
  const str = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
  return {
    kind: 'article',
    article: {
      text: a.text,
      title: a.title ?? null,
      url: a.url ?? null,
      outlet: a.outlet ?? a.source ?? null,
      published: str(a.published) ?? str(a.date),
      byline: a.byline ?? a.author ?? null,
      externalId: str(a.id),
      origin,
    },
  };
}

export function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  return first.startsWith('{') && first.trimEnd().endsWith('}');
}
