// Stage 5a — triggers. Finds the event patterns that match in a sentence. A verb pattern's first word
// is a lemma ("meet" matches "met"); other words match a token's lower-case form or lemma; "~" lets
// 0–3 tokens through ("held *bilateral* talks"). One trigger per head token: priority, then length.
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import type { CompiledPattern, PatternLexicon } from './patternLexicon.ts';
import type { Cues } from './cues.ts';

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

export function findTriggers(tokens: readonly Token[], sentence: SentenceSpan, lex: PatternLexicon, cues: Cues): Trigger[] {
  const found: Trigger[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i] as Token;
    // wink sometimes tags a past-tense verb as a noun ("Gunmen abducted a policeman"): try its stem too.
    const stem = t.pos === 'NOUN' && /[^e]ed$/.test(t.lower) && looksLikeVerbBetweenNames(tokens, i) ? pastStem(t.lower) : null;
    const byLemma = lex.byFirstWord.get(stem ?? t.lemma);
    const byForm = t.lemma !== t.lower ? lex.byFirstWord.get(t.lower) : undefined;
    if (byLemma === undefined && byForm === undefined) continue;
    for (const list of [byLemma, byForm]) {
      if (!list) continue;
      for (const p of list) {
        const end = matchFrom(tokens, i, sentence.tokenEnd, p.words, 0);
        if (end < 0) continue;
        const head = headToken(tokens, i, end, p);
        if (!posOk(tokens, head, p, sentence.headline)) continue;
        if (!contextOk(tokens, head, end, sentence, p, cues)) continue;
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
    for (let gap = 0; gap <= 4 && i + gap <= limit; gap++) {
      if (gap > 0 && GAP_BLOCKERS.has((tokens[i + gap - 1] as Token).lower)) break;
      const end = matchFrom(tokens, i + gap, limit, words, w + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= limit) return -1;
  const t = tokens[i] as Token;
  // Plural pattern words ("impose ~ tariffs") also match the singular ("an additional 34% tariff"),
  // but not short words whose singular means something else ("arms" / "arm").
  if (t.lower !== word && t.lemma !== word && !(word.length > 4 && word.endsWith('s') && t.lower === word.slice(0, -1))) return -1;
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

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/** A position where only a noun can stand: after a determiner, possessive or number (adjectives skipped). */
function nominalContext(tokens: readonly Token[], head: number): boolean {
  let k = head - 1;
  while (k > 0 && ((tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'ADJ')) k--;
  const prev = tokens[k];
  if (!prev) return false;
  return prev.pos === 'DET' || prev.pos === 'NUM' || prev.lower === "'s" || POSSESSIVE_PRONOUNS.has(prev.lower);
}

function posOk(tokens: readonly Token[], head: number, p: CompiledPattern, headline: boolean): boolean {
  // Headlines are title-cased and wink tags most of their words PROPN: accept either reading there.
  if (headline) return true;
  const t = tokens[head] as Token;
  const svo = looksLikeVerbBetweenNames(tokens, head);
  if (p.pos === 'VERB') {
    if (svo) return true;
    if (!VERB_TAGS.has(t.pos) || nominalContext(tokens, head) || attributiveParticiple(tokens, head)) return false;
    // A bare gerund ("by coordinating their responses") is not a finite event report.
    if (/ing$/.test(t.lower) && !BE_FORMS.has((tokens[head - 1] as Token | undefined)?.lower ?? '')) return false;
    return true;
  }
  if (NOUN_TAGS.has(t.pos)) return !svo;
  // wink sometimes tags a noun as a verb ("earlier talks"): accept it where only a noun can stand.
  return t.pos === 'VERB' && nominalContext(tokens, head);
}

/**
 * "the company founded by assassinated former prime minister Rafik Hariri", "calls for detained activists
 * to be freed": a participle between a preposition and its noun describes the noun; no event is told.
 */
function attributiveParticiple(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head] as Token;
  const prev = tokens[head - 1];
  const next = tokens[head + 1];
  if (!prev || !next || !/(ed|en)$/.test(t.lower) || t.lower === t.lemma) return false;
  return prev.pos === 'ADP' && prev.lower !== 'to' && (next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** "Iran attacks Israel", "Gunmen abducted a policeman": wink tags the verb a noun; between names it is the verb. */
function looksLikeVerbBetweenNames(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head] as Token;
  const prev = tokens[head - 1];
  const next = tokens[head + 1];
  return t.pos === 'NOUN' && /([^s]s|[^e]ed)$/.test(t.lower) && prev?.pos === 'PROPN' && (next?.pos === 'PROPN' || next?.pos === 'DET') && prev.sentence === t.sentence;
}

/** "abducted" → "abduct", "shelled" → "shell", "seized" → "seize" (only for mis-tagged verbs). */
function pastStem(w: string): string {
  if (/([bcdfgklmnprstvz])\1ed$/.test(w)) return w.slice(0, -3);
  if (/(iz|at|uc|as|ur|ag|ov|ir|ar|iv|os|eas)ed$/.test(w)) return w.slice(0, -1);
  return w.slice(0, -2);
}

const TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year', 'weekend', 'day']);

const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Longest object phrase skipped when looking past it. */
const MAX_OBJECT_TOKENS = 6;

/** The first word after the (possibly empty) noun phrase that follows `end`: "warned [both parties] against". */
function wordAfterObject(tokens: readonly Token[], end: number, s: SentenceSpan): string {
  let k = end;
  while (k < s.tokenEnd && k - end < MAX_OBJECT_TOKENS && OBJECT_START.has((tokens[k] as Token).pos)) k++;
  return k < s.tokenEnd ? (tokens[k] as Token).lower : '';
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/**
 * "warned the committee that binding judges might look like interference", "warned Labour they were in
 * danger": a reported clause after the (possibly empty) object; true when it holds none of `needs`
 * ("warned Kyiv that it would retaliate" holds "would": a threat).
 */
function clauseLacks(tokens: readonly Token[], end: number, s: SentenceSpan, needs: ReadonlySet<string>): boolean {
  let from = -1;
  for (let k = end; k < s.tokenEnd && k < end + MAX_OBJECT_TOKENS + 2 && from < 0; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower)) from = k + 1;
    else if (!OBJECT_START.has(t.pos) && t.pos !== 'CCONJ' && t.lower !== "'s" && t.lower !== "'") break;
  }
  if (from < 0) return false;
  for (let k = from; k < s.tokenEnd; k++) if (needs.has((tokens[k] as Token).lower)) return false;
  return true;
}

function contextOk(tokens: readonly Token[], head: number, end: number, s: SentenceSpan, p: CompiledPattern, cues: Cues): boolean {
  const h = tokens[head] as Token;
  if (end < s.tokenEnd && p.notFollowedBy.has((tokens[end] as Token).lower)) return false;
  if (p.notAfterObject.size > 0 && p.notAfterObject.has(wordAfterObject(tokens, end, s))) return false;
  if (p.clauseNeeds.size > 0 && clauseLacks(tokens, end, s, p.clauseNeeds)) return false;
  // "so-called", "long-awaited": the second half of a hyphenated adjective is not a verb.
  if (p.pos === 'VERB' && (tokens[head - 1] as Token | undefined)?.lower === '-') return false;
  if (p.pos === 'NOUN' && (cues.nonEventNouns.byFirst.has(h.lower) || cues.nonEventNouns.byFirst.has(h.lemma))) return false;
  // "protest vote", "attack helicopters", "aid workers": a noun modifying another noun is not an event.
  // Also a singular noun ending a verb pattern: "appealed for the release of aid worker Margaret Hassan"
  // is no appeal for aid (a plural rarely modifies: "dismissed claims government plans would …").
  const last = tokens[end - 1] as Token;
  if ((p.pos === 'NOUN' && head === end - 1) || (p.pos === 'VERB' && end - 1 > head && last.pos === 'NOUN' && last.lower === last.lemma)) {
    const next = tokens[end];
    if (next && end < s.tokenEnd && next.pos === 'NOUN' && !TIME_NOUNS.has(next.lower)) return false;
  }
  // "protesters demonstrated" is a protest; "this demonstrates the level" is not.
  if (p.type === 'PROTEST' && p.pos === 'VERB' && p.words.length === 1 && cues.intransitiveTriggers.byFirst.has(h.lemma)) {
    const next = tokens[end];
    if (next && end < s.tokenEnd && OBJECT_START.has(next.pos)) return false;
  }
  return true;
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
