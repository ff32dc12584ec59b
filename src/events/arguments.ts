// Stage 5b — arguments. Finds who did it (source) and to whom (target) for a trigger, without a parser:
//   verbs:  subject to the left within the clause ("Putin met Xi"), coordination ("Putin and Xi met"),
//           object or a pattern preposition right after the trigger ("met with Xi"), passive voice
//           ("Kyiv was struck by Russian missiles"), appositions ("Ushakov, Putin's aide, said").
//   nouns:  possessor ("Russia's invasion of Ukraine", "their meeting"), hyphenated dyads ("the
//           Putin-Xi meeting"), "by X", prepositions ("of/with/against/on/to X"), "between X and Y",
//           and, for nouns inside "during/at/after …" or after light verbs, the clause subject
//           ("Putin discussed … during a Sunday meeting with Xi").
import type { Token } from '../text/tokenise.ts';
import type { ActorMention } from '../actors/actorMentions.ts';
import type { Trigger } from './triggers.ts';
import { modifiesHappening, modifiesTopic } from '../actors/nounPhrase.ts';

export interface Arguments {
  sources: ActorMention[];
  targets: ActorMention[];
  /** How the arguments were found, for the debug trace. */
  how: string;
  passive: boolean;
}

const CLAUSE_BOUNDARY = new Set([';', 'that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'when', 'whereas', 'if', 'unless', 'whether', 'after', 'before', 'since', 'until', 'but', 'as', 'where', 'how', 'what', ':', 'said', 'says', 'say', 'told', 'added']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'against', 'about', 'over', 'between', 'among', 'into', 'onto', 'across', 'through', 'during', 'under', 'near', 'toward', 'towards', 'within', 'without', 'like', 'than', 'amid', 'despite', 'including', 'via', 'per', 'after', 'before', 'since', 'behind', 'beyond']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'also', 'reportedly', 'allegedly', 'again', 'then', 'jointly', 'both', 'directly', 'personally', 'separately', 'formally', 'officially', 'repeatedly', 'strongly', 'sharply', 'publicly', 'recently', 'once', 'later', 'earlier', 'up', 'out', 'back', 'down', 'off']);
const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets', 'had', 'has', 'have']);
const NOUN_SUBJECT_PREPS = new Set(['during', 'at', 'after', 'following', 'in', 'on', 'before', 'ahead', 'amid', 'since', 'through']);
// Verbs whose object noun is the subject's own act ("X imposed sanctions on Y", "X provided aid to Y").
const LIGHT_VERBS = new Set(['have', 'hold', 'attend', 'conduct', 'launch', 'carry', 'stage', 'make', 'pay', 'host', 'begin', 'start', 'continue', 'resume', 'open', 'mount', 'order', 'announce', 'complete', 'wrap', 'conclude', 'finish', 'end', 'provide', 'give', 'send', 'deliver', 'offer', 'extend', 'grant', 'pledge', 'impose', 'issue', 'file', 'lodge', 'express', 'voice', 'sign', 'reach', 'seal', 'clinch', 'approve', 'unveil', 'step', 'escalate', 'intensify', 'renew', 'expand', 'tighten', 'slap', 'levy', 'lift', 'ease', 'propose', 'demand', 'seek', 'request', 'receive', 'accept', 'reject', 'refuse', 'deny', 'block', 'halt', 'suspend', 'cut', 'resume', 'carry', 'agree', 'allow', 'authorize', 'authorise', 'declare', 'call', 'initiate', 'mark', 'commit', 'perpetrate', 'claim', 'donate', 'transfer', 'supply', 'lend', 'fund', 'finance']);

export interface SentenceActors {
  /** Mentions in the sentence, in order, appositions already folded into their heads. */
  mentions: ActorMention[];
  /** Token index → mention starting there. */
  byStart: Map<number, ActorMention>;
  /** Token index → mention ending there (exclusive end). */
  byEnd: Map<number, ActorMention>;
  /** Noun phrases as fallback actors where a slot holds no dictionary actor (see nounPhrase.ts). */
  fallback?: {
    endingAt(end: number, placeOk?: boolean): ActorMention | null;
    startingAt(start: number, lenient?: boolean): ActorMention | null;
  };
}

export function indexMentions(mentions: ActorMention[], tokens: readonly Token[], fallback?: SentenceActors['fallback']): SentenceActors {
  const kept = foldAppositions(mentions, tokens);
  const byStart = new Map<number, ActorMention>();
  const byEnd = new Map<number, ActorMention>();
  for (const m of kept) {
    byStart.set(m.tokenStart, m);
    byEnd.set(m.tokenEnd, m);
  }
  return fallback ? { mentions: kept, byStart, byEnd, fallback } : { mentions: kept, byStart, byEnd };
}

/** "Yuri Ushakov, Putin's foreign policy aide, confirmed": the appositive describes the person before it. */
function foldAppositions(mentions: ActorMention[], tokens: readonly Token[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (
      prev && prev.actor && m.actor && prev.kind === 'actor' && m.kind === 'actor' &&
      m.tokenStart === prev.tokenEnd + 1 && (tokens[prev.tokenEnd] as Token).lower === ',' &&
      m.actor.role !== null && isPersonId(prev.actor.id) && !isPersonId(m.actor.id) &&
      (tokens[m.tokenEnd] === undefined || [',', '.', ';'].includes((tokens[m.tokenEnd] as Token).lower) || (tokens[m.tokenEnd] as Token).pos === 'VERB')
    ) {
      if (!prev.actor.country && m.actor.country) prev.actor.country = m.actor.country;
      if (!prev.actor.sector && m.actor.sector) prev.actor.sector = m.actor.sector;
      continue;
    }
    out.push(m);
  }
  return out;
}

function isPersonId(id: string): boolean {
  return !id.includes(':') && id === id.toLowerCase() && /[a-z]/.test(id);
}

export function findArguments(tokens: readonly Token[], start: number, end: number, trigger: Trigger, actors: SentenceActors): Arguments {
  return trigger.pattern.pos === 'VERB'
    ? verbArguments(tokens, start, end, trigger, actors)
    : nounArguments(tokens, start, end, trigger, actors);
}

// Verbs whose coordinated subjects act on each other: "Russia and the US exchanged prisoners".
const RECIPROCAL = new Set(['exchange', 'swap', 'trade', 'sign', 'agree', 'clash', 'fight', 'negotiate', 'talk', 'meet', 'cooperate', 'sever', 'normalize', 'normalise', 'restore', 'resume', 'conclude', 'reach', 'discuss', 'hold', 'establish']);

// Types whose direct object is the patient even when it is a thing ("released the prisoners",
// "convicted the party"); for the others an object is often a topic ("discussed recent communications").
const PATIENT_OBJECT_TYPES = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT', 'AID', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST']);
// Multi-word verb patterns with a noun inside take the noun's prepositions too ("filed a complaint to …").
const NOUNISH_PREPS = ['against', 'to', 'with', 'on', 'into', 'over'];

function verbArguments(tokens: readonly Token[], sStart: number, sEnd: number, tr: Trigger, actors: SentenceActors): Arguments {
  const passive = isPassive(tokens, tr.head, sStart);
  const preps = tr.end - tr.start > 1 ? [...new Set([...tr.pattern.targetPreps, ...NOUNISH_PREPS])] : tr.pattern.targetPreps;
  let right = rightArgument(tokens, tr.end, sEnd, preps, actors, !tr.pattern.prepOnly, PATIENT_OBJECT_TYPES.has(tr.pattern.type) || tr.pattern.prepOnly);
  // "demanded that Dbeibeh appear before the chamber": a demand's target is the subject of its clause.
  if (right.length === 0 && tr.pattern.type === 'REQUEST' && (tokens[tr.end] as Token | undefined)?.lower === 'that') {
    right = mentionsAfter(tokens, tr.end + 1, sEnd, actors).filter((m) => !m.place);
  }
  // "summoned a senior Indian diplomat", "release Taliban political prisoners": the pattern's gap holds the target.
  if (right.length === 0 && tr.end - tr.start > 1) {
    for (let k = tr.start + 1; k < tr.end; k++) {
      const m = actors.byStart.get(k);
      // Only a named actor: "fired 127 *missiles*" carries weapons, it does not target them; and not
      // an owner: "put *their* forces on standby" moves one's own forces.
      if (m && m.kind !== 'pronoun' && !m.adjectival && m.tokenEnd <= tr.end + 2 && (m.actor?.country || m.actor?.org || m.members.length > 0)) {
        right = [m];
        break;
      }
    }
  }
  const left = subjectOf(tokens, tr.start, sStart, actors, passive);
  if (passive) {
    const agent = afterPrep(tokens, tr.end, sEnd, ['by'], actors) ?? byAgentLater(tokens, tr.end, sEnd, actors);
    return { sources: agent ?? [], targets: left, how: 'passive', passive: true };
  }
  // "Blair and Brown called for action to fight world poverty": fighting something is not fighting
  // each other; only an intransitive fight or clash is reciprocal ("the two sides clashed").
  const objectAfter = tr.pattern.type === 'ASSAULT' && OBJECT_TAGS.has((tokens[tr.end] as Token | undefined)?.pos ?? '');
  const reciprocal = (tr.pattern.symmetric || RECIPROCAL.has((tokens[tr.head] as Token).lemma)) && !objectAfter;
  if (left.length >= 2 && reciprocal && (right.length === 0 || right.every((m) => !m.actor?.country && !m.actor?.org))) {
    // "Russia and the United States exchanged prisoners": two named subjects act on each other.
    return { sources: [left[0] as ActorMention], targets: left.slice(1), how: 'coordinated-subject', passive: false };
  }
  return { sources: left, targets: right, how: 'subject-object', passive: false };
}

function nounArguments(tokens: readonly Token[], sStart: number, sEnd: number, tr: Trigger, actors: SentenceActors): Arguments {
  const p = tr.pattern;
  // "between X and Y"
  const between = afterPrep(tokens, tr.end, sEnd, ['between'], actors)?.flatMap(splitMembers);
  if (between && between.length >= 2) {
    return { sources: [between[0] as ActorMention], targets: between.slice(1), how: 'between', passive: false };
  }
  // Pre-head modifiers: possessor, hyphenated dyad, adjectival country ("Russian strikes").
  let k = tr.start - 1;
  while (k >= sStart && ['ADJ', 'NUM', 'ADV'].includes((tokens[k] as Token).pos) && !actors.byEnd.has(k + 1)) k--;
  // "Russia's invasion", "Putin's earlier talks": step over the possessive marker.
  if (k >= sStart && isPossessiveMarker(tokens[k]) && actors.byEnd.has(k)) k--;
  const pre = actors.byEnd.get(k + 1);
  let sources: ActorMention[] = [];
  let targets: ActorMention[] = [];
  let how = '';
  if (pre) {
    // "Putin-Xi meeting", "Moscow-Washington contacts"
    const dash = tokens[pre.tokenStart - 1];
    const before = actors.byEnd.get(pre.tokenStart - 1);
    if (dash && dash.lower === '-' && before && pre.tokenStart - 1 >= sStart) {
      sources = [before];
      targets = [pre];
      how = 'hyphen-dyad';
    } else if (pre.possessive || isPossessiveMarker(tokens[pre.tokenEnd])) {
      sources = [pre];
      how = 'possessor';
    } else if (pre.actor && !pre.possessive) {
      // "US sanctions on Russia", "Russian strikes on Kyiv"
      sources = [pre];
      how = 'modifier';
    }
  }
  const agent = afterPrep(tokens, tr.end, sEnd, p.sourcePreps, actors);
  if (agent && sources.length === 0) {
    sources = agent;
    how = 'by-agent';
  }
  if (targets.length === 0) {
    const t = afterPrep(tokens, tr.end, sEnd, p.targetPreps, actors);
    if (t) targets = t;
  }
  const governor = governorOf(tokens, tr.start, sStart);
  if (sources.length === 0 && governor >= 0) {
    // From the governing verb: "Euronext, which combines …, also began talks with the LSE".
    sources = subjectOf(tokens, governor, sStart, actors);
    // "held talks with …" (a light verb) vs "during talks with …" (a preposition).
    how = (tokens[governor] as Token).pos === 'VERB' ? 'clause-subject' : 'prep-subject';
  }
  return { sources, targets, how, passive: false };
}

function isPossessiveMarker(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === "'");
}

/**
 * The token that makes the clause subject the noun's agent: a preposition ("during a meeting with X")
 * or a light verb ("held a meeting", "imposed sanctions"); -1 when there is none.
 */
function governorOf(tokens: readonly Token[], start: number, sStart: number): number {
  for (let k = start - 1; k >= sStart && k >= start - 5; k--) {
    const t = tokens[k] as Token;
    if (NOUN_SUBJECT_PREPS.has(t.lower)) return k;
    if (t.pos === 'VERB') return LIGHT_VERBS.has(t.lemma) ? k : -1;
    if (t.pos === 'ADP' || t.lower === ',' || t.lower === ';') return -1;
  }
  return -1;
}

function isPassive(tokens: readonly Token[], head: number, sStart: number): boolean {
  const h = tokens[head] as Token;
  // "have been hit", "was cut": verbs whose participle is their base form are passive after "been"/"was".
  const invariant = h.lower === h.lemma && ['hit', 'cut', 'shut', 'put', 'set', 'beat', 'hurt', 'split', 'shed'].includes(h.lower);
  if (!invariant && (!/(ed|en|wn|ck|ht|lt|ung|ut|ot|id|ne|de)$/.test(h.lower) || h.lower === h.lemma)) return false;
  for (let k = head - 1; k >= sStart && k >= head - 3; k--) {
    const t = tokens[k] as Token;
    if (BE.has(t.lower)) return !['had', 'has', 'have'].includes(t.lower) || (tokens[k + 1] as Token).lower === 'been';
    if (t.pos !== 'ADV' && t.lower !== 'not' && t.lower !== "n't") return false;
  }
  return false;
}

/** The subject of the clause the trigger is in: nearest non-prepositional mention to the left. */
export function subjectOf(tokens: readonly Token[], from: number, sStart: number, actors: SentenceActors, allowPlace = false): ActorMention[] {
  const found = subjectMentions(tokens, from, sStart, actors, allowPlace);
  if (found.length > 0 || !actors.fallback) return found;
  // No dictionary actor: the noun phrase right before the verb group ("A Saudi dissident has filed …",
  // "The ACLU on March 28 filed …").
  let k = from - 1;
  for (;;) {
    while (k >= sStart && (AUX_CHAIN.has((tokens[k] as Token).lower) || (tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'AUX')) k--;
    // "MAB, which opposed the war in Iraq, urged …": the subject stands before the insertion.
    if (k > sStart && (tokens[k] as Token).lower === ',') {
      const open = openingComma(tokens, k - 1, sStart);
      if (open >= 0 && insertionOpener(tokens[open + 1])) {
        k = open - 1;
        continue;
      }
    }
    const time = timeAdjunctStart(tokens, k, sStart);
    if (time === k) break;
    k = time;
  }
  const np = actors.fallback.endingAt(k + 1, allowPlace);
  // "Moves to lift the ban on arms exports to China have been condemned": in a passive, a phrase
  // inside a prepositional phrase is not the subject (the patient).
  if (np && allowPlace && np.tokenStart > sStart && ['of', 'to', 'on', 'in', 'for', 'from', 'with', 'against'].includes((tokens[np.tokenStart - 1] as Token).lower)) return [];
  return np ? [np] : [];
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|recently|earlier|later|\d{1,4}|last|this|week|month|year|,|\.)$/;

/** Index just before a time adjunct ending at k ("on March 28", ", on Sunday,"), or k itself. */
function timeAdjunctStart(tokens: readonly Token[], k: number, sStart: number): number {
  let j = k;
  while (j >= sStart && TIME_WORDS.test((tokens[j] as Token).lower)) j--;
  if (j === k) return k;
  if (j >= sStart && ['on', 'in', 'at', 'since', 'during'].includes((tokens[j] as Token).lower)) j--;
  return j;
}

// Verbs that take a clause: after them "X made …" is a clause, not an object ("denied Mr Brown made that quote").
const CLAUSE_TAKING = new Set(['deny', 'say', 'claim', 'insist', 'confirm', 'believe', 'think', 'suggest', 'argue', 'allege', 'admit', 'acknowledge', 'announce', 'report', 'warn', 'fear', 'hope', 'expect', 'note', 'dismiss', 'reject', 'accept']);

function isFiniteVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !/ing$/.test(t.lower) && !['to'].includes(t.lower);
}

function onlyVerbGroupBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (!(AUX_CHAIN.has(t.lower) || t.pos === 'ADV' || t.pos === 'AUX')) return false;
  }
  return true;
}

/** "which", "who", "a", "the": words that open a relative clause or an apposition after a comma. */
function insertionOpener(t: Token | undefined): boolean {
  return t !== undefined && ['which', 'who', 'whose', 'a', 'an', 'the'].includes(t.lower);
}

/** The comma opening an insertion that ends at `k`, when one exists within 25 tokens and holds a verb or "who". */
function openingComma(tokens: readonly Token[], k: number, sStart: number): number {
  let sawClause = false;
  for (let j = k; j >= sStart && j > k - 25; j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'VERB' || t.lower === 'who' || t.lower === 'which' || t.pos === 'NOUN' || t.pos === 'PROPN') sawClause = true;
    if (t.lower === ',') return sawClause && j > sStart ? j : -1;
    if (t.lower === ';' || t.lower === '.') return -1;
  }
  return -1;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const AUX_CHAIN = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'did', 'does', 'do', 'not', "n't", 'also', 'been', 'be', 'to']);

function subjectMentions(tokens: readonly Token[], from: number, sStart: number, actors: SentenceActors, allowPlace: boolean): ActorMention[] {
  for (let k = from - 1; k >= sStart; k--) {
    const t = tokens[k] as Token;
    // "Mr Saakashvili, elected president after Mr Shevardnadze was toppled, has urged …": a comma-closed
    // insertion right before the verb group is skipped; the subject stands before its opening comma.
    if (t.lower === ',' && onlyVerbGroupBetween(tokens, k + 1, from)) {
      const open = openingComma(tokens, k - 1, sStart);
      if (open >= 0) {
        k = open; // the loop's k-- moves before the comma
        continue;
      }
    }
    const m = actors.byEnd.get(k + 1);
    // "… at the start of a four-nation EU visit, has applauded": a name modifying a common noun is part
    // of a noun compound, not the subject.
    const modifier = m !== undefined && k + 1 < from && modifiesHappening(tokens, k + 1, from);
    if (m && !modifier && !m.possessive && !m.adjectival && (allowPlace || !m.place) && !inPrepPhrase(tokens, m.tokenStart, sStart)) {
      return withCoordinated(tokens, m, sStart, actors);
    }
    if (m) {
      k = m.tokenStart; // skip over the mention
      continue;
    }
    // "Ms Kite told the court she had asked …": an unresolved subject pronoun is the subject; the
    // mention before it ("the court") is not.
    if (SUBJECT_PRONOUNS.has(t.lower)) return [];
    if (CLAUSE_BOUNDARY.has(t.lower) && !(t.lower === 'as' && k === sStart)) {
      // ", who …" relative clause: the subject is the mention right before the comma.
      if ((t.lower === 'who' || t.lower === 'which') && k - 1 >= sStart && (tokens[k - 1] as Token).lower === ',') {
        const ante = actors.byEnd.get(k - 1);
        if (ante) return [ante];
      }
      return [];
    }
  }
  return [];
}

/** "Putin and Xi", "Russia, China and Iran": collect mentions coordinated to the left of `m`. */
function withCoordinated(tokens: readonly Token[], m: ActorMention, sStart: number, actors: SentenceActors): ActorMention[] {
  const list = [m];
  let cur = m;
  for (;;) {
    // "Russia and the United States": a determiner may stand between the conjunction and the name.
    const det = (tokens[cur.tokenStart - 1] as Token | undefined)?.lower === 'the' ? 1 : 0;
    const conj = tokens[cur.tokenStart - 1 - det];
    if (!conj || cur.tokenStart - 1 - det < sStart || (conj.lower !== 'and' && conj.lower !== ',')) break;
    const prev = actors.byEnd.get(cur.tokenStart - 1 - det);
    if (!prev || prev.possessive || prev.adjectival) break;
    list.unshift(prev);
    cur = prev;
  }
  return list;
}

function inPrepPhrase(tokens: readonly Token[], start: number, sStart: number): boolean {
  let k = start - 1;
  while (k >= sStart && ['the', 'a', 'an'].includes((tokens[k] as Token).lower)) k--;
  if (k < sStart) return false;
  const t = tokens[k] as Token;
  return PREPOSITIONS.has(t.lower) || t.lower === 'according';
}

/** Object or prepositional target right after the trigger: "met Xi", "met with Xi and Modi". */
function rightArgument(tokens: readonly Token[], from: number, sEnd: number, preps: readonly string[], actors: SentenceActors, allowObject: boolean, patientObject = false): ActorMention[] {
  let k = from;
  while (k < sEnd && SKIPPABLE.has((tokens[k] as Token).lower) && !actors.byStart.has(k)) k++;
  // "called his Lebanese counterpart": the possessor is not the object; the phrase after it is.
  // ("praised his handling of the economy": with no one after it, the possessor is the one acted upon.)
  const owner = actors.byStart.get(k);
  if (owner && owner.kind === 'pronoun' && owner.possessive && owner.tokenEnd < sEnd) {
    const next = actors.byStart.get(owner.tokenEnd);
    if ((next && !next.adjectival) || actors.fallback?.startingAt(owner.tokenEnd)) k = owner.tokenEnd;
  }
  if (allowObject) {
    const m = actors.byStart.get(k);
    // "denied Mr Brown made that quote": a name followed by a finite verb is the subject of a clause,
    // not the object.
    // ("troops stationed in Syria" is a participle: a preposition follows it.)
    const after = tokens[(m?.tokenEnd ?? 0) + 1];
    // (A pronoun takes no participle after it: "denied it amounted to a crisis" is a clause.)
    const clauseSubject = m !== undefined && CLAUSE_TAKING.has((tokens[from - 1] as Token | undefined)?.lemma ?? '') && isFiniteVerb(tokens[m.tokenEnd]) && (m.kind === 'pronoun' || (after !== undefined && !['ADP', 'PUNCT'].includes(after.pos)));
    if (m && !m.adjectival && !clauseSubject) {
      // "blamed Netanyahu's hardline policies", "condemned the Indian government's decision": the owner is the target.
      return withCoordinatedRight(tokens, asTopicOwner(tokens, m, sEnd), sEnd, actors);
    }
    if (clauseSubject) return [];
  }
  const t = tokens[k];
  if (t && preps.includes(t.lower)) return mentionsAfter(tokens, k + 1, sEnd, actors);
  if (allowObject && t && actors.fallback && OBJECT_TAGS.has(t.pos)) {
    const np = actors.fallback.startingAt(k, patientObject);
    const takesClause = CLAUSE_TAKING.has((tokens[from - 1] as Token | undefined)?.lemma ?? '');
    if (np && takesClause && isFiniteVerb(tokens[np.tokenEnd])) return [];
    if (np) return [np];
  }
  // An object noun phrase followed by a target preposition: "imposed tariffs on China". Not for
  // consultations, whose object is a topic: "discussed recent communications with Washington".
  if (patientObject && t && (OBJECT_TAGS.has(t.pos) || t.pos === 'SYM' || t.pos === 'ADV' || t.lower === 'and')) {
    let j = k;
    // "fired more than 300 drones and missiles at Israel"
    const inObject = (t: Token): boolean => OBJECT_TAGS.has(t.pos) || t.pos === 'SYM' || t.pos === 'PRON' || t.pos === 'ADV' || t.lower === 'than' || t.lower === 'and' || t.lower === 'of';
    while (j < sEnd && j < k + 9 && inObject(tokens[j] as Token)) {
      const inner = actors.byStart.get(j);
      // An agent inside the object ("300 drones") is carried, not targeted: step over it.
      if (inner && (inner.actor?.country || inner.actor?.org)) break;
      j = inner ? inner.tokenEnd : j + 1;
    }
    const p = tokens[j];
    if (j > k && p && preps.includes(p.lower)) return mentionsAfter(tokens, j + 1, sEnd, actors);
  }
  return [];
}

function afterPrep(tokens: readonly Token[], from: number, sEnd: number, preps: readonly string[], actors: SentenceActors): ActorMention[] | null {
  let k = from;
  while (k < sEnd && SKIPPABLE.has((tokens[k] as Token).lower) && !actors.byStart.has(k)) k++;
  const t = tokens[k];
  if (t && preps.includes(t.lower)) {
    const found = mentionsAfter(tokens, k + 1, sEnd, actors);
    return found.length > 0 ? found : null;
  }
  return null;
}

/** "attacked by Russian forces" appearing after an object: "Kyiv was hit overnight by drones". */
function byAgentLater(tokens: readonly Token[], from: number, sEnd: number, actors: SentenceActors): ActorMention[] | null {
  for (let k = from; k < sEnd && k < from + 6; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'by') return mentionsAfter(tokens, k + 1, sEnd, actors);
    if (t.lower === ',' || t.lower === 'that') break;
  }
  return null;
}

const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

function mentionsAfter(tokens: readonly Token[], from: number, sEnd: number, actors: SentenceActors): ActorMention[] {
  const found = mentionsAfterStrict(tokens, from, sEnd, actors);
  if (found.length > 0 || !actors.fallback) return found;
  const t = tokens[from];
  if (!t || !OBJECT_TAGS.has(t.pos)) return [];
  const np = actors.fallback.startingAt(from, true);
  return np ? [np] : [];
}

function mentionsAfterStrict(tokens: readonly Token[], from: number, sEnd: number, actors: SentenceActors): ActorMention[] {
  const direct = mentionsAt(tokens, from, sEnd, actors);
  if (direct.length > 0) return direct;
  // "tariffs on all imports from the United States", "the centre of Sumy": the actor inside a short
  // noun phrase's of/from complement is the one affected.
  let k = from;
  while (k < sEnd && k < from + 5 && OBJECT_TAGS.has((tokens[k] as Token).pos) && !actors.byStart.has(k)) k++;
  const link = tokens[k];
  if (k > from && link && (link.lower === 'of' || link.lower === 'from')) return mentionsAt(tokens, k + 1, sEnd, actors);
  return [];
}

function mentionsAt(tokens: readonly Token[], from: number, sEnd: number, actors: SentenceActors): ActorMention[] {
  let k = from;
  while (k < sEnd && (['the', 'a', 'an', 'both', 'fellow'].includes((tokens[k] as Token).lower) || (tokens[k] as Token).pos === 'ADJ') && !actors.byStart.has(k)) k++;
  const m = actors.byStart.get(k);
  if (!m || m.adjectival || isPossessiveMarker(tokens[m.tokenEnd])) return [];
  return withCoordinatedRight(tokens, asTopicOwner(tokens, m, sEnd), sEnd, actors);
}

/**
 * "an attack on Conservative spending plans", "called Britain's rebate unjustified": a mention modifying
 * a topic, or owning the thing after it, stands for its owner.
 */
function asTopicOwner(tokens: readonly Token[], m: ActorMention, sEnd: number): ActorMention {
  // ("Saudi Arabia's King Salman" owns a person, not a thing.)
  const ownsThing = m.possessive && !/^[A-Z]/.test(tokens[m.tokenEnd + 1]?.text ?? 'A');
  if (m.topical || !(ownsThing || modifiesTopic(tokens, m.tokenEnd, sEnd))) return m;
  return { ...m, topical: true };
}

function withCoordinatedRight(tokens: readonly Token[], m: ActorMention, sEnd: number, actors: SentenceActors): ActorMention[] {
  const list = [m];
  let cur = m;
  for (;;) {
    const conj = tokens[cur.tokenEnd];
    if (!conj || cur.tokenEnd >= sEnd || (conj.lower !== 'and' && conj.lower !== ',')) break;
    let k = cur.tokenEnd + 1;
    if ((tokens[k] as Token | undefined)?.lower === 'the') k++;
    const next = actors.byStart.get(k);
    if (!next || next.adjectival) break;
    list.push(next);
    cur = next;
  }
  return list;
}

/** A mention standing for several actors ("the Russian and American leaders") as one mention each. */
function splitMembers(m: ActorMention): ActorMention[] {
  if (m.members.length < 2) return [m];
  return m.members.map((a) => ({ ...m, actor: a, members: [] }));
}
