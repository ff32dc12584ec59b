// The one tokeniser and key function the gazetteer and the matcher share, so that a name in a
// dictionary and the same name in a sentence always produce the same lookup key. Self-contained on
// purpose: the coder's wink tokens are richer but slower, and place lookup needs only words and gaps.

export interface PlaceToken {
  /** Offsets into the scanned text; `end` includes a possessive "'s". */
  start: number;
  end: number;
  /** End of the name part: "China's" → the offset after "China". */
  keyEnd: number;
  /** Folded lookup form of the name part ("kyiv", "u.s.", "st."). */
  key: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Every letter is upper case ("US", "BEIRUT"). */
  allCaps: boolean;
  /** Ends in a possessive "'s" ("China's northern coastal city"). */
  possessive: boolean;
  /** First word of the span, or first after an opening quote, bracket, colon or line break. */
  initial: boolean;
  /**
   * How this token joins the previous one inside a multi-word name: ' ' (spaces), '-' (hyphen),
   * ',' (comma: "Washington, D.C."), '' (nothing between), or null when the gap breaks a name.
   */
  sep: string | null;
}

// Dotted initialisms ("U.S.", "D.C.", "U.A.E.") or words with inner apostrophes ("d'Ivoire").
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
// Abbreviations whose full stop belongs to the word ("St. Petersburg", "Mt. Hood", "Mr. Lincoln").
const DOTTED = new Set(['st', 'ste', 'mt', 'ft', 'pt', 'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'lt', 'col',
  'sgt', 'capt', 'prof', 'rev', 'gov', 'pres', 'sr', 'jr']);
const UPPER_RE = /^\p{Lu}/u;
const HAS_LOWER_RE = /\p{Ll}/u;

const SPECIAL_LETTERS: Record<string, string> = {
  'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'ð': 'd', 'þ': 'th',
  '’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'", '´': "'", '‐': '-', '–': '-', '—': '-',
};
const SPECIAL_RE = /[łđøßæœıðþ’‘ʼʻ`´‐–—]/gu;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower case, accents stripped, apostrophes and dashes unified: "Dar‘ā" → "dar'a", "Kraków" → "krakow". */
export function foldKey(s: string): string {
  // Most words are plain ASCII; NFD normalisation is the slow part, so skip it for them.
  if (isAscii(s)) return s.includes('`') ? s.toLowerCase().replace(/`/gu, "'") : s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

const enum Gap { Space, Comma, Hyphen, Empty, Break }

/** Reads text[from, to) between two words: how it joins them, and whether the second starts a clause. */
function readGap(text: string, from: number, to: number): { gap: Gap; opener: boolean } {
  if (from === to) return { gap: Gap.Empty, opener: false };
  let newlines = 0, commas = 0, hyphens = 0, other = 0, opener = false, quoteLast = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160 || c === 13) continue;
    quoteLast = false;
    if (c === 10) { newlines++; opener = true; continue; }
    if (c === 44) { commas++; continue; }
    if (c === 45) { hyphens++; continue; }
    other++;
    // . ! ? " “ ” ( [ : — – open a clause; a quote mark right before the word does too.
    if (c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 91 ||
      c === 58 || c === 0x2014 || c === 0x2013) opener = true;
    if (c === 39 || c === 0x2018 || c === 0x2019) quoteLast = true;
  }
  if (quoteLast) opener = true;
  let gap = Gap.Break;
  if (other === 0) {
    if (hyphens === 1 && commas === 0 && newlines === 0 && to - from === 1) gap = Gap.Hyphen;
    else if (hyphens === 0 && commas === 0 && newlines <= 1) gap = Gap.Space;
    else if (hyphens === 0 && commas === 1 && newlines === 0) gap = Gap.Comma;
  }
  return { gap, opener };
}

const SEPARATORS: Record<Gap, string | null> = { [Gap.Space]: ' ', [Gap.Comma]: ',', [Gap.Hyphen]: '-', [Gap.Empty]: '', [Gap.Break]: null };

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(word);
}

function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return HAS_LOWER_RE.test(word);
  }
  return false;
}

function isPossessive(word: string): boolean {
  const n = word.length;
  if (n <= 2) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019 || q === 0x2bc);
}

/** Tokenise text[start, end) into words with offsets into `text`. */
export function placeTokens(text: string, start = 0, end = text.length): PlaceToken[] {
  const out: PlaceToken[] = [];
  let prevEnd = start;
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index < end; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    const s = m.index;
    let e = s + word.length;
    if (e > end) break;
    if (e < end && text.charCodeAt(e) === 46 /* . */ && word.length <= 4 && DOTTED.has(word.toLowerCase())) {
      word += '.';
      e += 1;
    }
    const possessive = isPossessive(word);
    const name = possessive ? word.slice(0, -2) : word;
    const { gap, opener } = readGap(text, prevEnd, s);
    const upper = startsUpper(name);
    out.push({
      start: s,
      end: e,
      keyEnd: s + name.length,
      key: foldKey(name),
      upper,
      allCaps: upper && !hasLower(name),
      possessive,
      initial: out.length === 0 || opener,
      sep: out.length === 0 ? null : SEPARATORS[gap],
    });
    prevEnd = e;
    TOKEN_RE.lastIndex = e;
  }
  return out;
}

/**
 * The lookup key of tokens [from, to]: keys joined by their separators, or null when a gap inside
 * breaks the sequence. A possessive inside a name keeps its "'s" ("People's Republic of China").
 */
export function sequenceKey(tokens: readonly PlaceToken[], from: number, to: number): string | null {
  const first = tokens[from];
  if (!first) return null;
  let key = first.key;
  if (first.possessive && to > from) key += "'s";
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k];
    if (!t || t.sep === null) return null;
    key += t.sep + t.key;
    if (t.possessive && k < to) key += "'s";
  }
  return key;
}

/** The key of a whole name as written in a dictionary, or null when it cannot be matched as a sequence. */
export function nameKey(name: string): string | null {
  const tokens = placeTokens(name);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1];
  // "People's" at the end of a name would be read as a possessive in text; keep names whole.
  if (last && last.possessive) return null;
  return sequenceKey(tokens, 0, tokens.length - 1);
}
