// The readers against the real development sets in ../shared/eval (read in place, never copied).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfliClassFile } from '../../src/eval/readConfliClass.ts';
import { readConfliNerFile } from '../../src/eval/readConfliNer.ts';
import { readPlvFile } from '../../src/eval/readPlv.ts';

const EVAL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval');
const present = existsSync(EVAL);
if (!present) console.warn(`skipping shared-data reader tests: ${EVAL} not found`);

describe.skipIf(!present)('readers on ../shared/eval', () => {
  it('plv-train.tsv: every row parses; gold pairs are located except implicit actors', () => {
    const rows = readPlvFile(join(EVAL, 'plv-train.tsv'));
    expect(rows.length).toBeGreaterThan(1000);
    expect(new Set(rows.map((r) => r.gold)).size).toBe(15);
    // The marks win where they and the source/target columns disagree (a handful of rows: a column
    // cut mid-word, or naming a longer phrase than the marked actor).
    let disagree = 0;
    for (const r of rows) {
      for (const [span, words] of [[r.sourceSpan, r.source], [r.targetSpan, r.target]] as const) {
        if (!span) continue;
        expect(span.end).toBeGreaterThan(span.start);
        if (r.sentence.slice(span.start, span.end).toLowerCase() !== words.toLowerCase()) disagree++;
      }
    }
    expect(disagree).toBeLessThanOrEqual(5);
    const unlocated = rows.filter((r) => !r.sourceSpan || !r.targetSpan);
    expect(unlocated.every((r) => /^(a recipient|an actor)$/i.test(r.source) || /^(a recipient|an actor)$/i.test(r.target))).toBe(true);
  });

  it('confli-cameo-class-train.tsv: every line has a 0–4 label', () => {
    const rows = readConfliClassFile(join(EVAL, 'confli-cameo-class-train.tsv'));
    expect(rows.length).toBeGreaterThan(900);
    expect(new Set(rows.map((r) => r.gold))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('confli-cameo-ner-train.txt: sentences rebuild with consistent offsets', () => {
    const sentences = readConfliNerFile(join(EVAL, 'confli-cameo-ner-train.txt'));
    expect(sentences.length).toBeGreaterThan(700);
    expect(sentences.filter((s) => s.spans.some((x) => x.role === 'S')).length).toBeGreaterThan(sentences.length * 0.9);
    for (const s of sentences) {
      for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
