// eval/RESULTS.md is written by two scripts: runEval.ts rewrites the figures, samplePrecision.ts
// --report owns the precision section between these markers. Each keeps the other's part.

export const PRECISION_START = '<!-- precision-sample:start -->';
export const PRECISION_END = '<!-- precision-sample:end -->';

/** The marked precision section of `markdown` (markers included), or null. */
export function extractPrecisionSection(markdown: string): string | null {
  const a = markdown.indexOf(PRECISION_START);
  const b = markdown.indexOf(PRECISION_END);
  if (a < 0 || b < a) return null;
  return markdown.slice(a, b + PRECISION_END.length);
}

/** Replaces the marked section, or appends it when there is none. `section` includes the markers. */
export function upsertPrecisionSection(markdown: string, section: string): string {
  const old = extractPrecisionSection(markdown);
  if (old !== null) return markdown.replace(old, () => section);
  const base = markdown.trimEnd();
  return `${base === '' ? '' : `${base}\n\n`}${section}\n`;
}
