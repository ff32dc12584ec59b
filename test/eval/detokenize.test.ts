import { describe, expect, it } from 'vitest';
import { rebuildText } from '../../src/eval/detokenize.ts';

describe('rebuilding BIO sentences', () => {
  it.each([
    [['In', 'September', ',', 'a', 'bomb', 'exploded', '.'], 'In September, a bomb exploded.'],
    [['the', 'Croatian', 'government', "'s", 'request'], "the Croatian government's request"],
    [['Libya', '’', 's', 'government'], 'Libya’s government'],
    [['New', 'York', '(', 'CNN', ')', 'said', ':', 'yes', ';', 'no'], 'New York (CNN) said: yes; no'],
    [['USD', '88', ',', '550', ',', '000', 'and', '5', '.', '3', '%'], 'USD 88,550,000 and 5.3%'],
    [['$', '22', '.', '5', 'million'], '$22.5 million'],
    [['from', '06', ':', '00', 'to', '18', ':', '00'], 'from 06:00 to 18:00'],
    [['the', 'U', '.', 'S', '.', 'envoy'], 'the U.S. envoy'],
    [['Syria', '-', 'related', 'SLM', '/', 'A'], 'Syria-related SLM/A'],
    [['President', 'Nicol', 'á', 's', 'Maduro'], 'President Nicolás Maduro'],
    [['a', '“', 'puppet', '”', 'regime'], 'a “puppet” regime'],
  ])('%j', (tokens, text) => {
    const r = rebuildText(tokens);
    expect(r.text).toBe(text);
    expect(r.offsets).toHaveLength(tokens.length);
    tokens.forEach((t, i) => expect(r.text.slice(r.offsets[i]!.start, r.offsets[i]!.end)).toBe(t));
  });

  it('gives exact offsets', () => {
    expect(rebuildText(['Kiev', ',', 'Ukraine']).offsets).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 5 },
      { start: 6, end: 13 },
    ]);
  });
});
