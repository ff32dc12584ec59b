import { describe, expect, it } from 'vitest';
import { normalise, toInputSpan } from '../../src/text/normalise.ts';

describe('normalise', () => {
  const table: [string, string][] = [
    ['Putin\u2019s talks', "Putin's talks"],
    ['\u201cno limits\u201d', '"no limits"'],
    ['Moscow\u2013Beijing', 'Moscow-Beijing'],
    ['AT&amp;T &#8217;s', "AT&T 's"],
    ['  lots   of\tspace  ', 'lots of space'],
    ['line one\r\n\r\nline two', 'line one\nline two'],
    ['Cafe\u0301', 'Café'],
    ['&bogus; stays', '&bogus; stays'],
    ['', ''],
  ];
  it.each(table)('%j → %j', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps every span back to the input text', () => {
    const input = '  \u201cPutin\u201d &amp; Xi\u00a0met  in Tianjin.';
    const n = normalise(input);
    for (const word of ['Putin', '&', 'Xi', 'met', 'Tianjin']) {
      const i = n.text.indexOf(word);
      const span = toInputSpan(n, i, i + word.length);
      const back = input.slice(span.start, span.end);
      expect(back === word || (word === '&' && back === '&amp;')).toBe(true);
    }
  });
});
