// Plain-text tables for the analytics commands: columns padded to their widest cell, numbers right-aligned.

export type Cell = string | number | null | undefined;

export function textTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cells = rows.map((r) => r.map(show));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => isNumeric(r[i])));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

const NUMBER_TEXT = /^[+-]?\d[\d.]*%?$/;

/** Numbers, and numbers already formatted as text ('+0.35', '12.5%'), are right-aligned. */
function isNumeric(c: Cell): boolean {
  return c == null || typeof c === 'number' || c === '–' || NUMBER_TEXT.test(c);
}

/** Two decimals, or '–' for null. */
export function fixed(x: number | null): string {
  return x === null ? '–' : x.toFixed(2);
}

function show(c: Cell): string {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'number') return String(c);
  return c;
}

/** A signed number with two decimals ('+0.35', '−0.20'), or '–' for null. */
export function signed(x: number | null): string {
  if (x === null) return '–';
  return `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(2)}`;
}
