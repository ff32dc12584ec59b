import { describe, expect, it, vi } from 'vitest';
import { tokenise } from '../../src/text/tokenise.ts';

describe('sentences and tokens', () => {
  const table: [string, number, boolean[]][] = [
    ['Putin met Xi. They talked.', 2, [false, false]],
    ['A Headline Without Stop\nBody sentence one. Body two.', 3, [true, false, false]],
    ['Putin met Xi', 1, [false]],
    ['Dr. Smith met Mr. Jones in the U.S. on Monday.', 1, [false]],
  ];
  it.each(table)('%j → %i sentences', (text, n, headlines) => {
    const t = tokenise(text);
    expect(t.sentences).toHaveLength(n);
    expect(t.sentences.map((s) => s.headline)).toEqual(headlines);
  });

  it('gives offsets that index the text', () => {
    const text = "Russia's invasion of Ukraine\nbegan in 2022.";
    const t = tokenise(text);
    for (const tok of t.tokens) expect(text.slice(tok.start, tok.end)).toBe(tok.text);
  });

  it('gives lemmas and POS', () => {
    const t = tokenise('Putin briefed Xi.');
    const briefed = t.tokens.find((x) => x.text === 'briefed');
    expect(briefed).toMatchObject({ lemma: 'brief', pos: 'VERB' });
  });
});

describe('lemmas do not depend on what a thread tokenised before', () => {
  // wink lemmatises "Meeting" and "meeting" differently; the lemma cache must not carry one casing's
  // lemma over to the other, or the same article codes differently in two runs.
  const opening = 'Meeting in Geneva on Monday, the ministers agreed to a truce.';
  const lemmaOfFirst = (t: { tokens: Array<{ lemma: string }> }) => t.tokens[0]?.lemma;
  it('gives a sentence the same lemmas in a fresh thread and after other text', async () => {
    vi.resetModules();
    const fresh = await import('../../src/text/tokenise.ts');
    const alone = lemmaOfFirst(fresh.tokenise(opening));
    vi.resetModules();
    const used = await import('../../src/text/tokenise.ts');
    used.tokenise('The ministers were meeting in Geneva when the truce was agreed.');
    expect(lemmaOfFirst(used.tokenise(opening))).toBe(alone);
  });
});
