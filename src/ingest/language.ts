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

const STOPWORD_SETS = new Map(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

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

const MIN_WORDS = 5;
const MIN_RATIO = 0.08;
const SAMPLE_CHARS = 5000;

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { language: 'und', confidence: 0 };
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) {
    const counts = SCRIPTS.map(([re, lang]) => [lang, letters.filter((c) => re.test(c)).length] as const);
    // Japanese text mixes kana with Han; any kana at all means Japanese.
    const kana = counts.find(([lang]) => lang === 'ja')?.[1] ?? 0;
    const best = kana > 0 ? (['ja', kana] as const) : counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    const confidence = best[1] / letters.length;
    return confidence > 0 ? { language: best[0], confidence } : { language: 'und', confidence: 0 };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: 'und', confidence: 0 };
  let bestLang = 'und';
  let bestRatio = 0;
  for (const [lang, set] of STOPWORD_SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const ratio = hits / words.length;
    if (ratio > bestRatio) {
      bestRatio = ratio;
      bestLang = lang;
    }
  }
  return bestRatio < MIN_RATIO ? { language: 'und', confidence: bestRatio } : { language: bestLang, confidence: bestRatio };
}

/** Whether the English coder should run: English, or Latin-script text too short to tell. */
export function isCodable(guess: LanguageGuess): boolean {
  return guess.language === 'en' || (guess.language === 'und' && guess.confidence === 0);
}
