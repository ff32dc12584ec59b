// Prints an EvalReport as plain-text tables (terminal, eval/RESULTS.md) or as one JSON object.
import type { EvalReport, PerClassTable } from './EvalReport.ts';
import type { ClassScores, ConfusionMatrix } from './metrics.ts';

export interface FormatOptions {
  /** Quote words from the evaluated file in the error list. Off for anything committed to the repository. */
  excerpts?: boolean;
}

const f3 = (x: number): string => x.toFixed(3);

const NUMERIC = /^-?[\d.]+$/;

/** Aligns columns: numbers to the right, text (and the first column) to the left. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_h, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const right = header.map((_h, c) => c > 0 && rows.length > 0 && rows.every((r) => NUMERIC.test(r[c] ?? '')));
  const line = (r: readonly string[]): string =>
    r.map((v, c) => (right[c] ? v.padStart(widths[c] as number) : v.padEnd(widths[c] as number))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function perClassTable(perClass: Readonly<Record<string, ClassScores>>): string {
  const rows = Object.entries(perClass).map(([label, s]) => [
    label, f3(s.precision), f3(s.recall), f3(s.f1), String(s.support), String(s.predicted),
  ]);
  return textTable(['class', 'precision', 'recall', 'F1', 'support', 'predicted'], rows);
}

/** Column heads cut to four letters (AGRE, CONS, …) when that keeps them distinct, to keep the matrix narrow. */
function columnHeads(labels: readonly string[]): string[] {
  const short = labels.map((l) => l.slice(0, 4));
  return new Set(short).size === labels.length ? short : [...labels];
}

export function confusionTable(cm: ConfusionMatrix): string {
  const rows = cm.labels.map((gold, g) => [gold, ...cm.labels.map((_p, p) => String(cm.counts[g]?.[p] ?? 0))]);
  return textTable(['gold \\ pred', ...columnHeads(cm.labels)], rows);
}

function figureValue(name: string, value: number): string {
  return name.startsWith('count') ? String(value) : f3(value);
}

export function formatReport(r: EvalReport, options: FormatOptions = {}): string {
  const out: string[] = [];
  out.push(`set ${r.set} · ${r.file} · n = ${r.n}`);
  out.push(`headline: ${r.headline} = ${f3(r.macroF1)}`);
  if (r.accuracy !== null) out.push(`accuracy: ${f3(r.accuracy)}`);
  for (const [name, value] of Object.entries(r.figures)) out.push(`${name}: ${figureValue(name, value)}`);
  if (r.coderFailures.length > 0) {
    const first = r.coderFailures[0];
    out.push(`CODER FAILURES: ${r.coderFailures.length} (first at ${first?.index}: ${first?.message})`);
  }
  out.push('', 'per class', perClassTable(r.perClass));
  for (const t of r.tables as PerClassTable[]) out.push('', `per class, ${t.title}`, perClassTable(t.perClass));
  out.push('', `confusion: ${r.confusionTitle}`, confusionTable(r.confusion));
  out.push('', `worst errors (${r.worstErrors.length} of ${r.errorCount})`);
  if (r.worstErrors.length > 0) {
    const rows = r.worstErrors.map((e) => {
      const row = [String(e.index), String(e.line), e.kind, e.gold, e.predicted, e.ruleIds.join(',') || '—'];
      if (options.excerpts) row.push(e.excerpt ?? '');
      return row;
    });
    const header = ['#', 'line', 'kind', 'gold', 'predicted', 'rule ids'];
    if (options.excerpts) header.push('excerpt');
    out.push(textTable(header, rows));
  }
  if (r.notes.length > 0) out.push('', ...r.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}

/** The JSON form: {set, n, accuracy, macroF1, perClass: {LABEL: {precision, recall, f1, support}}, …}. */
export function reportJson(r: EvalReport, options: FormatOptions = {}): Record<string, unknown> {
  const perClass = (pc: Readonly<Record<string, ClassScores>>): Record<string, ClassScores> => ({ ...pc });
  return {
    set: r.set,
    file: r.file,
    n: r.n,
    accuracy: r.accuracy,
    macroF1: r.macroF1,
    headline: r.headline,
    perClass: perClass(r.perClass),
    figures: r.figures,
    tables: r.tables.map((t) => ({ title: t.title, perClass: perClass(t.perClass) })),
    confusion: r.confusion,
    worstErrors: r.worstErrors.map(({ excerpt, ...rest }) => (options.excerpts && excerpt !== undefined ? { ...rest, excerpt } : rest)),
    errorCount: r.errorCount,
    coderFailures: r.coderFailures,
    notes: r.notes,
  };
}
