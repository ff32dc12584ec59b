// Status of an event mention (DOMAIN.md): asserted, reported, hedged, negated, future, hypothetical,
// historical, generic. Decided from cues in the trigger's clause, in this order of precedence:
//   hypothetical ("if Iran attacks") > negated ("did not meet") > future ("will visit") >
//   hedged ("may impose") > generic ("regularly consults") > historical ("earlier talks",
//   "had met", "in 2022") > reported (inside a speaker's scope) > asserted.
import type { Status } from '../types.ts';
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import type { Trigger } from './triggers.ts';
import { cueAt, type Cues } from './cues.ts';

const CLAUSE_START = new Set([';', 'that', 'which', 'who', 'because', 'while', 'although', 'though', 'when', 'whereas', 'but', 'if', 'unless', 'whether', 'after', 'before', 'as', 'where']);
const COMMITMENT_VERBS = new Set(['agree', 'announce', 'say', 'pledge', 'promise', 'confirm', 'decide', 'declare', 'vow', 'state', 'tell', 'insist']);
const COMMUNICATION_VERBS = new Set(['discuss', 'brief', 'talk', 'review', 'recall', 'debate', 'address', 'mention', 'describe', 'share', 'inform', 'update', 'exchange', 'consider', 'assess', 'evaluate']);

export interface StatusDecision {
  status: Status;
  /** The cue that decided it, for the trace. */
  cue: string;
}

export function clauseStartOf(tokens: readonly Token[], head: number, sStart: number): number {
  for (let k = head - 1; k > sStart; k--) {
    const t = tokens[k] as Token;
    if (CLAUSE_START.has(t.lower) && t.pos !== 'DET') return k;
  }
  return sStart;
}

export function decideStatus(tokens: readonly Token[], s: SentenceSpan, tr: Trigger, cues: Cues): StatusDecision {
  const head = tr.head;
  const clause = clauseStartOf(tokens, tr.start, s.tokenStart);
  const window: [number, number] = [clause, tr.start];
  const near: [number, number] = [Math.max(s.tokenStart, tr.start - 4), tr.start];
  const after: [number, number] = [tr.end, Math.min(s.tokenEnd, tr.end + 4)];

  // Hypothetical: the clause opens with "if"/"unless", or an "if" clause precedes a "would" main clause.
  const opener = tokens[clause] as Token;
  if (cueAt(cues.hypothetical, tokens, clause, s.tokenEnd) > 0 && ['if', 'unless', 'whether'].includes(opener.lower)) return { status: 'hypothetical', cue: opener.lower };
  if (hasWord(tokens, s.tokenStart, tr.start, ['if', 'unless']) && hasWord(tokens, clause, tr.start, ['would', 'could', 'might'])) return { status: 'hypothetical', cue: 'if…would' };

  // "did not rule out that there had been an agreement": the event is only allowed for, not told.
  const frame = clause > s.tokenStart ? scan(cues.hedgingFrames, tokens, [s.tokenStart, clause], s.tokenEnd) : null;
  if (frame) return { status: 'hedged', cue: frame };
  const neg = scan(cues.negation, tokens, tr.pattern.pos === 'NOUN' ? near : window, s.tokenEnd);
  if (neg) return { status: 'negated', cue: neg };
  // "urged Livingstone to apologise", "threatened to sue", "is to join a visit": an infinitive names
  // something wanted, planned or demanded, not something done.
  if (tr.pattern.pos === 'VERB' && isInfinitive(tokens, tr.start, s.tokenStart)) return { status: 'future', cue: 'to + infinitive' };
  // For a noun the whole clause counts: "Blair is to join Blunkett in a visit to Sheffield".
  const fut = scan(cues.future, tokens, window, s.tokenEnd) ?? (tr.pattern.pos === 'NOUN' && isToInfinitiveClause(tokens, clause, tr.start) ? 'is to' : null);
  if (fut && fut !== 'would') return { status: 'future', cue: fut };
  const hedge = scan(cues.hedge, tokens, window, s.tokenEnd);
  if (hedge) return { status: 'hedged', cue: hedge };
  // "agreed that Russia and Ukraine would exchange prisoners", "said it would impose tariffs": a plan.
  if (fut === 'would') {
    for (let k = s.tokenStart; k < clause; k++) if (COMMITMENT_VERBS.has((tokens[k] as Token).lemma)) return { status: 'future', cue: 'would (announced)' };
    return { status: 'hedged', cue: 'would' };
  }
  const gen = scan(cues.generic, tokens, tr.pattern.pos === 'NOUN' ? near : window, s.tokenEnd) ?? scan(cues.generic, tokens, after, s.tokenEnd);
  if (gen && (gen !== 'any' && gen !== 'all' || tr.pattern.pos === 'NOUN')) return { status: 'generic', cue: gen };
  // A present-tense verb in running prose ("Russia consults China") states a habit, not an event.
  const h = tokens[head] as Token;
  if (tr.pattern.pos === 'VERB' && !s.headline && (isPresentThirdPerson(h) || isPresentPlural(tokens, head))) return { status: 'generic', cue: 'present tense' };
  // "he asked why ministers attacked the plans": an event inside an indirect question is presupposed
  // background the speaker asks about, not news told in the text's voice.
  const asked = scan(cues.questionOpeners, tokens, [s.tokenStart, tr.start], s.tokenEnd);
  if (asked) return { status: 'historical', cue: asked };
  // "Recently, Suez lost a concession in Bolivia after mass protests": a time adverbial opening the
  // sentence covers every clause of it.
  const opening = cueAt(cues.historical, tokens, s.tokenStart, s.tokenEnd);
  if (opening > 0 && (tokens[s.tokenStart + opening] as Token | undefined)?.lower === ',') return { status: 'historical', cue: tokens.slice(s.tokenStart, s.tokenStart + opening).map((t) => t.lower).join(' ') };
  const hist = scan(cues.historical, tokens, tr.pattern.pos === 'NOUN' ? near : window, s.tokenEnd);
  if (hist) return { status: 'historical', cue: hist };
  if (tr.pattern.pos === 'VERB' && hasPastPerfect(tokens, Math.max(clause, head - 3), head)) return { status: 'historical', cue: 'had + participle' };
  if (tr.pattern.pos === 'NOUN' && isTopicOfCommunication(tokens, tr.start, s.tokenStart)) return { status: 'historical', cue: 'topic of a communication' };
  return { status: 'asserted', cue: '' };
}

function scan(set: Cues[keyof Cues], tokens: readonly Token[], range: [number, number], limit: number): string | null {
  for (let k = range[0]; k < range[1]; k++) {
    const len = cueAt(set, tokens, k, limit);
    if (len > 0) return tokens.slice(k, k + len).map((t) => t.lower).join(' ');
  }
  return null;
}

function hasWord(tokens: readonly Token[], from: number, to: number, words: string[]): boolean {
  for (let k = from; k < to; k++) if (words.includes((tokens[k] as Token).lower)) return true;
  return false;
}

function hasPastPerfect(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++) if ((tokens[k] as Token).lower === 'had') return true;
  return false;
}

/** "discussed recent Moscow-Washington contacts", "briefed Xi on Trump talks": the noun names an earlier event. */
function isTopicOfCommunication(tokens: readonly Token[], start: number, sStart: number): boolean {
  for (let k = start - 1; k >= sStart && k >= start - 6; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || (t.pos === 'PROPN' && COMMUNICATION_VERBS.has(t.lemma))) return COMMUNICATION_VERBS.has(t.lemma);
    if (['on', 'about', 'regarding', 'concerning', 'of'].includes(t.lower)) {
      const before = tokens[k - 1];
      if (before && (before.lower === 'details' || before.lower === 'specifics' || COMMUNICATION_VERBS.has(before.lemma))) return true;
      continue;
    }
    if (t.lower === ',' || t.lower === ';') return false;
  }
  return false;
}

// Verbs whose past tense is their base form: "England beat Fiji" is past, not present.
const INVARIANT = new Set(['cut', 'put', 'hit', 'set', 'beat', 'quit', 'let', 'shut', 'spread', 'cast', 'cost', 'hurt', 'burst', 'split', 'bet', 'upset', 'broadcast', 'forecast', 'bid', 'rid', 'shed', 'read', 'thrust', 'slit']);
const BEFORE_BASE_FORM = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'do', 'does', "n't", 'not', "'ll", 'never', 'and', 'or']);

/** "Sri Lanka and Bangladesh receive IMF support": a bare present-tense verb states a state of affairs. */
export function isPresentPlural(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head] as Token;
  if (t.lower !== t.lemma || INVARIANT.has(t.lower) || t.pos !== 'VERB') return false;
  let k = head - 1;
  while (k >= 0 && (tokens[k] as Token).pos === 'ADV') k--;
  const prev = tokens[k];
  return prev !== undefined && !BEFORE_BASE_FORM.has(prev.lower) && prev.pos !== 'AUX' && prev.pos !== 'PART' && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON');
}

function isPresentThirdPerson(t: Token): boolean {
  if (t.lower === t.lemma) return false;
  return t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || (t.lemma.endsWith('y') && t.lower === `${t.lemma.slice(0, -1)}ies`);
}

function isInfinitive(tokens: readonly Token[], start: number, sStart: number): boolean {
  let k = start - 1;
  while (k >= sStart && (tokens[k] as Token).pos === 'ADV') k--;
  const t = tokens[k];
  return t !== undefined && k >= sStart && t.lower === 'to' && t.pos === 'PART';
}

/** "X is to join …", "X was due to attend …": a be + to construction before the noun. */
function isToInfinitiveClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const a = (tokens[k] as Token).lower;
    if ((a === 'is' || a === 'are' || a === 'was' || a === 'were') && (tokens[k + 1] as Token).lower === 'to') return true;
  }
  return false;
}
