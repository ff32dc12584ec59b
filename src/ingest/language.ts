// A small language detector: the script decides non-Latin languages; among Latin-script languages the
// share of each language's commonest function words decides. Good enough to keep French or German
// wire copy away from an English coder; not a general-purpose identifier.

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text is too short or unlike any known language. */
  language: string;
  /** Share of words (or letters, for script decisions) supporting the guess, 0–1. */
  confidence: number;
}

// Function words only: they make up a third or more of running text in each of these languages.
const STOPWORDS: Record<string, string> = {
  en: 'the of and to in a is that for on with as was by at from it be has have are were said his her their an this which will not but its after who been would also',
  fr: 'le la les de des du et est un une en que qui dans pour pas sur au aux avec il elle par ce sont été ont ses mais plus cette',
  de: 'der die das und ist nicht ein eine zu den mit von im auf für sich dem des auch es als wird wurde hat sind bei nach einer',
  es: 'el la los las de del y en que un una por con para es se no al lo su como más fue sus ha pero este entre',
  it: 'il lo la gli le di del della e è un una che per non con si da al nel sono come anche ha dei delle alla',
  pt: 'o a os as de do da dos das e em um uma que para com não no na se por ao foi mais pelo pela são',
  nl: 'de het een en van in is dat op te met voor niet zijn aan er ook als bij door werd heeft maar',
};

// Word → bit mask of the languages it is a function word of: one lookup per word.
const LANGS = Object.keys(STOPWORDS);
const STOPWORD_BITS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of (STOPWORDS[lang] as string).split(' ')) STOPWORD_BITS.set(w, (STOPWORD_BITS.get(w) ?? 0) | (1 << i));
});

// Scripts that identify a language (or a family reported under its commonest member).
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MIN_WORDS = 5;
const MIN_RATIO = 0.08;
const SAMPLE_CHARS = 3000;

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  // Count letters and Latin letters; ASCII is decided without a regular expression (most input is English).
  let letters = 0;
  let latin = 0;
  const other = new Map<string, number>();
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) {
      latin++;
      continue;
    }
    for (const [re, lang] of SCRIPTS) {
      if (re.test(ch)) {
        other.set(lang, (other.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters === 0) return { language: 'und', confidence: 0 };
  if (latin / letters < 0.5) {
    // Japanese text mixes kana with Han; any kana at all means Japanese.
    const ranked = [...other].sort((a, b) => b[1] - a[1]);
    const best = other.has('ja') ? (['ja', other.get('ja') as number] as const) : ranked[0];
    return best ? { language: best[0], confidence: best[1] / letters } : { language: 'und', confidence: 0 };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: 'und', confidence: 0 };
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    const bits = STOPWORD_BITS.get(w);
    if (bits === undefined) continue;
    for (let i = 0; i < LANGS.length; i++) if (bits & (1 << i)) hits[i] = (hits[i] as number) + 1;
  }
  let best = -1;
  for (let i = 0; i < LANGS.length; i++) if (best < 0 || (hits[i] as number) > (hits[best] as number)) best = i;
  const ratio = (hits[best] as number) / words.length;
  return ratio < MIN_RATIO ? { language: 'und', confidence: ratio } : { language: LANGS[best] as string, confidence: ratio };
}

/** Whether the English coder should run: English, or Latin-script text too short to tell. */
export function isCodable(guess: LanguageGuess): boolean {
  return guess.language === 'en' || (guess.language === 'und' && guess.confidence === 0);
}
