// Stage 5a — triggers. Finds the event patterns that match in a sentence. A verb pattern's first word
// is a lemma ("meet" matches "met"); other words match a token's lower-case form or lemma; "~" lets
// 0–3 tokens through ("held *bilateral* talks"). One trigger per head token: priority, then length.
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import type { CompiledPattern, PatternLexicon } from './patternLexicon.ts';

export interface Trigger {
  pattern: CompiledPattern;
  /** Token range of the whole match, [start, end). */
  start: number;
  end: number;
  /** Token index of the head word. */
  head: number;
}

const VERB_TAGS = new Set(['VERB', 'AUX']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
const GAP_BLOCKERS = new Set(['.', ';', ':', 'that', 'which', 'who', 'and', 'but', ',']);

export function findTriggers(tokens: readonly Token[], sentence: SentenceSpan, lex: PatternLexicon): Trigger[] {
  const found: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i] as Token;
    const candidates = [lex.byFirstWord.get(t.lemma), t.lemma !== t.lower ? lex.byFirstWord.get(t.lower) : undefined];
    for (const list of candidates) {
      if (!list) continue;
      for (const p of list) {
        const end = matchFrom(tokens, i, sentence.tokenEnd, p.words, 0);
        if (end < 0) continue;
        const head = headToken(tokens, i, end, p);
        if (!posOk(tokens, head, p, sentence.headline)) continue;
        found.push({ pattern: p, start: i, end, head });
      }
    }
  }
  return resolveOverlaps(found);
}

/** Returns the end token index of a match of words[w..] starting at token i, or -1. */
function matchFrom(tokens: readonly Token[], i: number, limit: number, words: string[], w: number): number {
  if (w === words.length) return i;
  const word = words[w] as string;
  if (word === '~') {
    for (let gap = 0; gap <= 3 && i + gap <= limit; gap++) {
      if (gap > 0 && GAP_BLOCKERS.has((tokens[i + gap - 1] as Token).lower)) break;
      const end = matchFrom(tokens, i + gap, limit, words, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= limit) return -1;
  const t = tokens[i] as Token;
  if (t.lower !== word && t.lemma !== word) return -1;
  return matchFrom(tokens, i + 1, limit, words, w + 1);
}

function headToken(tokens: readonly Token[], start: number, end: number, p: CompiledPattern): number {
  if (p.pos === 'VERB') return start;
  const headWord = p.words[p.head] as string;
  for (let k = end - 1; k >= start; k--) {
    const t = tokens[k] as Token;
    if (t.lower === headWord || t.lemma === headWord) return k;
  }
  return end - 1;
}

const NOMINAL_CONTEXT = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART']);

function posOk(tokens: readonly Token[], head: number, p: CompiledPattern, headline: boolean): boolean {
  // Headlines are title-cased and wink tags most of their words PROPN: accept either reading there.
  if (headline) return true;
  const t = tokens[head] as Token;
  if (p.pos === 'VERB') return VERB_TAGS.has(t.pos);
  if (NOUN_TAGS.has(t.pos)) return true;
  // wink sometimes tags a noun as a verb ("earlier talks"): accept it after a determiner, adjective,
  // possessive or number, where a verb cannot stand.
  let k = head - 1;
  while (k > 0 && ((tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'ADJ')) k--;
  const prev = tokens[k];
  return t.pos === 'VERB' && prev !== undefined && (NOMINAL_CONTEXT.has(prev.pos) || prev.lower === "'s") && prev.pos !== 'AUX';
}

function resolveOverlaps(found: Trigger[]): Trigger[] {
  found.sort((a, b) => b.pattern.priority - a.pattern.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const kept: Trigger[] = [];
  for (const f of found) {
    let clash = false;
    for (let k = f.start; k < f.end; k++) if (taken.has(k)) clash = true;
    if (clash) continue;
    for (let k = f.start; k < f.end; k++) taken.add(k);
    kept.push(f);
  }
  return kept.sort((a, b) => a.head - b.head);
}
