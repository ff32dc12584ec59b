// Stage 1 — normalise. Produces a cleaner text for matching plus a map back to the input, because every
// offset Entente reports must index the *input* string (evidence has to point at what the user gave us).
//   - HTML entities decoded ("&amp;" → "&", "&#8217;" → "'")
//   - curly quotes → straight, dashes → "-", NBSP/thin spaces → " "
//   - Unicode NFC on combining sequences ("e\u0301" → "é")
//   - whitespace runs collapsed to one space, or to "\n" when the run holds a line break (line breaks
//     separate headlines and paragraphs, which the sentence stage needs); leading/trailing space dropped
// Most text needs no change, so the map is kept as runs: verbatim runs map one to one, and each
// replacement maps its output characters to the whole input range it replaced.

export interface NormalisedText {
  /** The normalised text that later stages read. */
  text: string;
  /** Runs, sorted by output start: output [out, out+len) ← input [inp, inp+inLen). */
  runs: Run[];
}

interface Run {
  out: number;
  len: number;
  inp: number;
  inLen: number;
  /** Verbatim runs map character by character; replacements map as a block. */
  verbatim: boolean;
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

const SPACE = '[ \\t\\r\\n\\f\\v\\u00a0\\u2000-\\u200a\\u2028\\u2029\\u202f\\u3000]';
const ODD_SPACE = '[\\t\\r\\n\\f\\v\\u00a0\\u2000-\\u200a\\u2028\\u2029\\u202f\\u3000]';
// Everything that needs rewriting; single plain spaces do not.
const SPECIAL = new RegExp(
  `&(?:#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});|${SPACE}{2,}|${ODD_SPACE}|[\\u2018-\\u201f\\u02bc\\u2032\\u00ab\\u00bb\\u2010-\\u2015\\u2212]|[^\\s][\\u0300-\\u036f]+`,
  'g',
);
const LEADING = new RegExp(`^${SPACE}+`);
const TRAILING = new RegExp(`${SPACE}+$`);

export function normalise(input: string): NormalisedText {
  const lead = LEADING.exec(input)?.[0].length ?? 0;
  const trail = TRAILING.exec(input.slice(lead))?.[0].length ?? 0;
  const end = input.length - trail;
  const runs: Run[] = [];
  let text = '';
  const verbatim = (from: number, to: number): void => {
    if (to <= from) return;
    runs.push({ out: text.length, len: to - from, inp: from, inLen: to - from, verbatim: true });
    text += input.slice(from, to);
  };
  let at = lead;
  SPECIAL.lastIndex = lead;
  for (let m = SPECIAL.exec(input); m !== null && m.index < end; m = SPECIAL.exec(input)) {
    const raw = m[0];
    const replacement = rewrite(raw);
    if (replacement === null) continue; // an unknown entity ("&bogus;") stays as written
    verbatim(at, m.index);
    const inLen = Math.min(raw.length, end - m.index);
    runs.push({ out: text.length, len: replacement.length, inp: m.index, inLen, verbatim: false });
    text += replacement;
    at = m.index + inLen;
  }
  verbatim(at, end);
  return { text, runs };
}

function rewrite(raw: string): string | null {
  const c = raw[0] as string;
  if (c === '&') {
    const decoded = decodeEntity(raw.slice(1, -1));
    if (decoded === null) return null;
    return CHAR_MAP[decoded] ?? (/^\s$/.test(decoded) ? ' ' : decoded);
  }
  if (raw.length > 1 && /[\u0300-\u036f]/.test(raw[1] as string)) return raw.normalize('NFC');
  if (CHAR_MAP[c] !== undefined) return CHAR_MAP[c] as string;
  // whitespace
  return /[\n\r\u2028\u2029]/.test(raw) ? '\n' : ' ';
}

/** Map a non-empty [start, end) span of normalised text back to the input. */
export function toInputSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const a = runAt(norm.runs, start);
  const b = runAt(norm.runs, Math.max(start, end - 1));
  if (!a || !b) return { start, end };
  const s = a.verbatim ? a.inp + (start - a.out) : a.inp;
  const e = b.verbatim ? b.inp + (end - 1 - b.out) + 1 : b.inp + b.inLen;
  return { start: s, end: Math.max(s, e) };
}

function runAt(runs: readonly Run[], pos: number): Run | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid] as Run;
    if (pos < r.out) hi = mid - 1;
    else if (pos >= r.out + r.len) lo = mid + 1;
    else return r;
  }
  return runs[runs.length - 1];
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
