import { describe, expect, it } from 'vitest';
import { rebuildText } from '../../src/eval/detokenize.ts';

describe('rebuilding BIO sentences', () => {
  it.each([
    [['In', 'May', ',', 'a', 'shell', 'landed', '.'], 'In May, a shell landed.'],
    [['the', 'Ruritanian', 'cabinet', "'s", 'offer'], "the Ruritanian cabinet's offer"],
    [['Ruritania', '’', 's', 'army'], 'Ruritania’s army'],
    [['Paris', '(', 'AP', ')', 'said', ':', 'yes', ';', 'no'], 'Paris (AP) said: yes; no'],
    [['USD', '12', ',', '345', ',', '000', 'and', '4', '.', '2', '%'], 'USD 12,345,000 and 4.2%'],
    [['$', '17', '.', '5', 'million'], '$17.5 million'],
    [['from', '07', ':', '30', 'to', '19', ':', '00'], 'from 07:30 to 19:00'],
    [['the', 'U', '.', 'S', '.', 'envoy'], 'the U.S. envoy'],
    [['Paris', '-', 'based', 'ABC', '/', 'D'], 'Paris-based ABC/D'],
    [['Mayor', 'Ren', 'é', 'e', 'Dupont'], 'Mayor Renée Dupont'],
    [['a', '“', 'rogue', '”', 'state'], 'a “rogue” state'],
  ])('%j', (tokens, text) => {
    const r = rebuildText(tokens);
    expect(r.text).toBe(text);
    expect(r.offsets).toHaveLength(tokens.length);
    tokens.forEach((t, i) => expect(r.text.slice(r.offsets[i]!.start, r.offsets[i]!.end)).toBe(t));
  });

  it('gives exact offsets', () => {
    expect(rebuildText(['Lyon', ',', 'France']).offsets).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 5 },
      { start: 6, end: 12 },
    ]);
  });
});
