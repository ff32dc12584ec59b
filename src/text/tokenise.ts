// Stages 2–3 — sentences and tokens. wink-nlp gives sentences, tokens, POS and lemmas; we add
// character offsets (wink is lossless: precedingSpaces + value rebuilds the text) and split sentences
// again at line breaks, because headlines and section headings carry no final full stop.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in the document's token array. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  sentence: number;
}

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** A line without closing punctuation: a headline or section heading. */
  headline: boolean;
}

export interface TokenisedText {
  tokens: Token[];
  sentences: SentenceSpan[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlpInstance: Nlp | null = null;

/** The wink pipeline, built once (model load is the slow part). */
export function nlp(): Nlp {
  nlpInstance ??= winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

// Lemmatising every token costs as much as tagging it; words repeat, so lemmas are cached by
// (word, POS) and wink is asked only for words not seen before. The key is the word as written: wink
// lemmatises "Meeting" and "meeting" differently, and a key folded to lower case made a document's lemmas
// depend on which casing this thread had met first (so two runs over the same corpus could differ).
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCacheSize = 0;
const LEMMA_CACHE_LIMIT = 200_000;
type Doc = ReturnType<Nlp['readDoc']>;

function lemmaOf(doc: Doc, index: number, value: string, lower: string, pos: string): string {
  // Only verbs need wink's lemmatiser ("met" → "meet"); nouns only lose a plural ending.
  if (pos === 'NOUN') return nounLemma(lower);
  if (pos !== 'VERB') return lower;
  let byWord = lemmaCache.get(pos);
  if (!byWord) {
    byWord = new Map();
    lemmaCache.set(pos, byWord);
  }
  const hit = byWord.get(value);
  if (hit !== undefined) return hit;
  const its = nlp().its;
  const raw = doc.tokens().itemAt(index).out(its.lemma as Parameters<ReturnType<Doc['tokens']>['out']>[0]) as unknown;
  const lemma = typeof raw === 'string' ? raw.toLowerCase() : lower;
  if (++lemmaCacheSize > LEMMA_CACHE_LIMIT) {
    lemmaCache.clear();
    lemmaCacheSize = 0;
  }
  byWord.set(value, lemma);
  return lemma;
}

const INVARIANT_PLURALS = new Set(['news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'arms', 'talks', 'its', 'this', 'has', 'was', 'is', 'us', 'bus', 'gas', 'status', 'crisis', 'analysis', 'basis', 'thesis', 'virus', 'census', 'campus', 'bonus', 'consensus', 'process', 'access', 'success', 'progress', 'congress', 'address', 'business', 'witness', 'glass', 'class', 'mass', 'pass', 'loss', 'boss', 'kiss', 'press', 'stress', 'chaos', 'ethos', 'corps', 'headquarters', 'forces']);

/** "meetings" → "meeting", "allies" → "ally", "crises" → "crisis"; leaves "talks", "news", "arms". */
function nounLemma(w: string): string {
  if (w.length <= 3 || !w.endsWith('s') || INVARIANT_PLURALS.has(w) || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ses') && w.endsWith('crises')) return `${w.slice(0, -2)}is`;
  if (/(ches|shes|xes|zzes|sses)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

const CLOSING = new Set(['.', '!', '?', '"', "'", ')', '…', ':']);

export function tokenise(text: string): TokenisedText {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const winkSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Which wink token starts a new line: a newline token, or preceding spaces holding "\n".
  const tokens: Token[] = [];
  const breakBefore: boolean[] = [];
  const lineBefore: boolean[] = [];
  const sentenceStartAt = new Uint8Array(values.length + 1);
  for (const [s] of winkSpans) sentenceStartAt[s] = 1;
  let offset = 0;
  let pendingBreak = false;
  let pendingSentence = false;
  for (let w = 0; w < values.length; w++) {
    const value = values[w] as string;
    const pre = spaces[w] as string;
    if (pre.includes('\n')) pendingBreak = true;
    offset += pre.length;
    if (sentenceStartAt[w] === 1) pendingSentence = true;
    // Line breaks and tabs (wink's tabCRLF tokens) are blank too.
    if (value.length === 0 || (value.charCodeAt(0) <= 32 && value.trim() === '')) {
      if (value.includes('\n')) pendingBreak = true;
      offset += value.length;
      continue;
    }
    const lower = value.toLowerCase();
    const pos = tags[w] ?? 'X';
    tokens.push({
      i: tokens.length,
      text: value,
      lower,
      lemma: lemmaOf(doc, w, value, lower, pos),
      pos,
      start: offset,
      end: offset + value.length,
      sentence: 0,
    });
    breakBefore.push(pendingBreak || pendingSentence);
    lineBefore.push(pendingBreak);
    pendingBreak = false;
    pendingSentence = false;
    offset += value.length;
  }

  const sentences: SentenceSpan[] = [];
  let begin = 0;
  const close = (endTok: number): void => {
    if (endTok <= begin) return;
    const first = tokens[begin] as Token;
    const last = tokens[endTok - 1] as Token;
    const index = sentences.length;
    for (let k = begin; k < endTok; k++) (tokens[k] as Token).sentence = index;
    sentences.push({
      index,
      start: first.start,
      end: last.end,
      tokenStart: begin,
      tokenEnd: endTok,
      // A line with no closing punctuation followed by another line: "Putin Briefs Xi on Trump Talks".
      // A lone unpunctuated sentence ("Putin met Xi") is still a sentence.
      headline: !CLOSING.has(last.text) && lineBefore[endTok] === true,
    });
    begin = endTok;
  };
  for (let k = 1; k < tokens.length; k++) if (breakBefore[k]) close(k);
  close(tokens.length);
  return { tokens, sentences };
}
