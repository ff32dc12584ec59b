// Stage 1 — normalise. Produces a cleaner text for matching plus a map back to the input, because every
// offset Entente reports must index the *input* string (evidence has to point at what the user gave us).
//   - HTML entities decoded ("&amp;" → "&", "&#8217;" → "'")
//   - curly quotes → straight, dashes → "-", ellipsis kept, NBSP/thin spaces → " "
//   - Unicode NFC on combining sequences ("e\u0301" → "é")
//   - whitespace runs collapsed to one space, or to "\n" when the run holds a line break (line breaks
//     separate headlines and paragraphs, which the sentence stage needs)

export interface NormalisedText {
  /** The normalised text that later stages read. */
  text: string;
  /** fromStart[i] = input index where normalised char i's source begins. */
  fromStart: Int32Array;
  /** fromEnd[i] = input index just past normalised char i's source ("&amp;" → its 5 chars). */
  fromEnd: Int32Array;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-',
  lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"', hellip: '…', eacute: 'é', egrave: 'è',
  ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç',
};

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const COMBINING = /[\u0300-\u036f]/;
const ENTITY = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/;

export function normalise(input: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // Each UTF-16 unit of `s` comes from input[from, to).
  const push = (s: string, from: number, to: number): void => {
    text += s;
    for (let u = 0; u < s.length; u++) {
      starts.push(from);
      ends.push(to);
    }
  };
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (c === '&') {
      const m = ENTITY.exec(input.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[1] as string) : null;
      if (m && decoded !== null) {
        push(CHAR_MAP[decoded] ?? (isSpace(decoded) ? ' ' : decoded), i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (isSpace(c)) {
      let j = i;
      let newline = false;
      while (j < input.length && isSpace(input[j] as string)) {
        if (input[j] === '\n' || input[j] === '\r' || input[j] === '\u2029') newline = true;
        j++;
      }
      if (text.length > 0 && j < input.length) push(newline ? '\n' : ' ', i, j); // no leading/trailing space
      i = j;
      continue;
    }
    if (COMBINING.test(input[i + 1] ?? '')) {
      let j = i + 1;
      while (j < input.length && COMBINING.test(input[j] as string)) j++;
      push(input.slice(i, j).normalize('NFC'), i, j);
      i = j;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
      push(input.slice(i, i + 2), i, i + 2); // surrogate pairs stay whole
      i += 2;
      continue;
    }
    push(CHAR_MAP[c] ?? c, i, i + 1);
    i++;
  }
  return { text, fromStart: Int32Array.from(starts), fromEnd: Int32Array.from(ends) };
}

/** Map a non-empty [start, end) span of normalised text back to the input. */
export function toInputSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = norm.fromStart[start] ?? 0;
  const e = end > start ? (norm.fromEnd[end - 1] ?? s) : s;
  return { start: s, end: e };
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function safeCodePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
  return String.fromCodePoint(n);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u2009' ||
    c === '\u202f' || c === '\u2007' || c === '\u200a' || c === '\u2029' || c === '\u2028' ||
    c === '\f' || c === '\v' || c === '\u3000';
}
