// Rebuilds sentence text from the tokens of a token-per-line file (confli-ner), keeping each token's
// character offsets in the rebuilt text so gold spans can be compared with the coder's spans.
// The rules mirror how the tokens were split from the original prose: punctuation was cut off words,
// numbers and abbreviations were cut at their dots and commas, accented letters became tokens of their own.

export interface TokenOffset {
  start: number;
  end: number;
}

export interface RebuiltText {
  text: string;
  /** One entry per input token, in order: its span in `text` (end exclusive). */
  offsets: TokenOffset[];
}

/** Tokens written flush against the word before them: "Paris ," → "Paris,"; "Russia 's" → "Russia's". */
const NO_SPACE_BEFORE = new Set([
  ',', '.', ':', ';', '?', '!', '%', ')', ']', '}', '”', '’', "'", '´', "'s", '’s', "n't", '…',
]);

/** Tokens the next word is written flush against: "( AP" → "(AP"; "$ 5" → "$5". */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '“', '‘', '$', '€', '£', '¥']);

/** Clitics cut off after an apostrophe token: "Ruritania ’ s" → "Ruritania’s"; "Bob ´ s" → "Bob´s". */
const CLITICS_AFTER_APOSTROPHE = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);
const APOSTROPHES = new Set(["'", '’', '´']);

/** Joiners glued to both neighbours: "Paris - based" → "Paris-based"; "ABC / D" → "ABC/D". */
const JOINERS = new Set(['-', '--', '/']);

const DIGIT_END = /\d$/;
const DIGIT_START = /^\d/;
const SINGLE_CAPITAL = /^[A-Z]$/;
/** A lone accented or non-Latin letter split out of a word: "Ren é e" → "Renée"; "Ç ı nar". */
const LONE_NON_ASCII_LETTER = /^(?!\p{ASCII})\p{L}$/u;

function spaceBetween(prev2: string | undefined, prev: string, token: string): boolean {
  if (NO_SPACE_BEFORE.has(token) || NO_SPACE_AFTER.has(prev)) return false;
  if (JOINERS.has(token) || JOINERS.has(prev)) return false;
  if (APOSTROPHES.has(prev) && CLITICS_AFTER_APOSTROPHE.has(token.toLowerCase())) return false;
  // "12 , 345 , 000" → "12,345,000"; "5 . 3" → "5.3"; "06 : 00" → "06:00"
  if ((prev === ',' || prev === '.' || prev === ':') && prev2 !== undefined && DIGIT_END.test(prev2) && DIGIT_START.test(token)) {
    return false;
  }
  // "U . S ." → "U.S."; "D . C ." → "D.C."
  if (prev === '.' && prev2 !== undefined && SINGLE_CAPITAL.test(prev2) && SINGLE_CAPITAL.test(token)) return false;
  if (LONE_NON_ASCII_LETTER.test(token)) return false;
  if (LONE_NON_ASCII_LETTER.test(prev) && /^\p{L}/u.test(token)) return false;
  return true;
}

/** Joins tokens into readable text and records where each token landed. */
export function rebuildText(tokens: readonly string[]): RebuiltText {
  let text = '';
  const offsets: TokenOffset[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (i > 0 && spaceBetween(tokens[i - 2], tokens[i - 1] as string, token)) text += ' ';
    offsets.push({ start: text.length, end: text.length + token.length });
    text += token;
  }
  return { text, offsets };
}
