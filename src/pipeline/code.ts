// The whole pipeline in one place. A document flows through these stages, in this order:
//
//   1. normalise   — NFC, quotes, dashes, entities, whitespace; keeps a map back to input offsets
//   2. tokenise    — sentences (re-split at line breaks: headlines), tokens, POS, lemmas (wink-nlp)
//   3. commentary  — flag opinion sentences (their events keep only non-counted statuses)
//   4. mentions    — actors (dictionary trie + phrase grammar + tenure), coreference (needs the actors
//                    of earlier sentences, so it runs sentence by sentence in document order), places,
//                    dates (only for sentences that hold a trigger: chrono is the slow part)
//   5. events      — triggers, then arguments, status, attribution, date and place for each
//   6. refine      — complete actors from places ("riot police in Paris"), drop events without the
//                    arguments their type needs, merge mentions of one event, date what is undated
//   7. output      — offsets mapped to the input text, ids, dictionary version
import { createHash } from 'node:crypto';
import type { Actor, CodedEvent, CodeOptions, CodeResult, EventDate, Location, SentenceInfo, Warning, Attribution } from '../types.ts';
import { EntenteError } from '../errors.ts';
import { normalise, toInputSpan, type NormalisedText } from '../text/normalise.ts';
import { tokenise, type Token, type SentenceSpan } from '../text/tokenise.ts';
import { findActorMentions, type ActorMention } from '../actors/actorMentions.ts';
import { nounPhraseEndingAt, nounPhraseStartingAt } from '../actors/nounPhrase.ts';
import { findTriggers, type Trigger } from '../events/triggers.ts';
import { goldsteinOf, quadClassOfCameo, type CompiledPattern } from '../events/patternLexicon.ts';
import { cueAt } from '../events/cues.ts';
import { findArguments, indexMentions, type SentenceActors } from '../events/arguments.ts';
import { decideStatus, clauseStartOf } from '../events/status.ts';
import { findAttributions, type AttributionScope } from '../events/attribution.ts';
import { isCommentary } from '../events/commentary.ts';
import { findDates, type DateMention } from '../dates/dateMentions.ts';
import { findPlacesIn } from './locate.ts';
import { CoreferenceMemory, isPerson } from './refine/coreference.ts';
import { mergeMentions, type EventMention } from './refine/mergeEvents.ts';
import { resources, type Resources } from './resources.ts';

/** Largest document `code` accepts, in characters (a book-length text is not a news article). */
export const MAX_TEXT_LENGTH = 2_000_000;
const ONE_SIDED_TYPES = new Set(['PROTEST', 'MOBILIZE']);
const POLITICAL_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'REB', 'PRM', 'UAF', 'OPP', 'PTY', 'ELI', 'PRE']);

export function code(text: string, options: CodeOptions = {}): CodeResult {
  if (typeof text !== 'string') throw new EntenteError('E_INPUT_ENCODING', 'text must be a string');
  if (text.length > MAX_TEXT_LENGTH) throw new EntenteError('E_INPUT_TOO_LARGE', `text is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}`);
  const warnings: Warning[] = [];
  const date = articleDate(options.date);
  const res = resources();
  if (text.trim() === '') {
    warnings.push({ code: 'W_EMPTY', message: 'the text is empty: nothing to code' });
    return { events: [], sentences: [], warnings };
  }
  if (!options.date) warnings.push({ code: 'W_NO_DATE', message: 'no article date given: relative dates, office holders and what counts as historical are resolved against today' });

  // 1–2
  const norm = normalise(text);
  const { tokens, sentences } = tokenise(norm.text);
  // 3
  // 4–5, sentence by sentence
  const memory = new CoreferenceMemory();
  const mentions: EventMention[] = [];
  const ctx = { lex: res.actors, offices: res.offices, date };
  // Triggers first: actors are only looked up in sentences that hold a trigger and in the two before
  // each (antecedents for "he", "the two leaders"); most news sentences hold neither.
  const triggersBySentence = sentences.map((s) => findTriggers(tokens, s, res.patterns, res.cues));
  const needsActors = sentences.map((_, i) => triggersBySentence.slice(i, i + 3).some((t) => t.length > 0));
  const sports = triggersBySentence.some((t) => t.length > 0) && isSportsText(tokens, res);
  // Once per sentence: the output reports it for every sentence, and coding reads it.
  const commentary = sentences.map((s) => isCommentary(tokens, s, res.cues));
  for (const s of sentences) {
    if (!needsActors[s.index]) continue;
    const raw = findActorMentions(tokens, s, norm.text, ctx);
    // In text order, so "Moscow denied that its troops …" finds Moscow for "its".
    for (const m of raw) {
      if (m.kind === 'pronoun' && (resolveCataphora(m, raw, tokens, s, norm.text) || resolveSubjectPossessive(m, raw, tokens, s))) continue;
      if (m.kind !== 'actor') memory.resolve(m, s.index, spanOf(tokens, m, norm.text));
      else memory.remember(m, s.index);
    }
    inheritFromPossessives(raw, tokens);
    if (startsWithUnknownName(tokens, s, raw)) memory.noteUnknownSubject(s.index);
    const triggers = (triggersBySentence[s.index] as Trigger[]).filter((tr) => !insideActorName(tr, raw));
    if (triggers.length > 0) {
      const resolved = raw.filter((m) => m.actor !== null || m.members.length > 0);
      const fallback = {
        endingAt: (end: number, placeOk = false) => (end > s.tokenStart ? nounPhraseEndingAt(tokens, end, s.tokenStart, norm.text, ctx, placeOk) : null),
        startingAt: (start: number, lenient = false) => (start < s.tokenEnd ? nounPhraseStartingAt(tokens, start, s.tokenEnd, norm.text, ctx, lenient) : null),
      };
      const actors = indexMentions(resolved, tokens, fallback);
      mentions.push(...codeSentence(s, tokens, norm, actors, raw, triggers, date, res, memory, sports, commentary[s.index] as boolean));
    }
  }
  // 6
  const merged = mergeMentions(mentions);
  finishDates(merged, date);
  // 7
  const version = res.dictionaries.version;
  const events = merged.map((m) => toCodedEvent(m, text, norm, options.articleId ?? null, version));
  const sentenceInfo: SentenceInfo[] = sentences.map((s) => {
    const span = toInputSpan(norm, s.start, s.end);
    return { index: s.index, start: span.start, end: span.end, text: text.slice(span.start, span.end), commentary: commentary[s.index] as boolean };
  });
  return { events, sentences: sentenceInfo, warnings };
}

function articleDate(d: CodeOptions['date']): string | null {
  if (d === undefined) return null;
  const iso = d instanceof Date ? d.toISOString().slice(0, 10) : d;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(`${iso}T00:00:00Z`))) {
    throw new EntenteError('E_USAGE', `date must be YYYY-MM-DD, got "${String(d)}"`, { field: 'date' });
  }
  return iso;
}

/**
 * "At their meeting in London, G7 finance ministers backed …": a possessive in an adjunct that opens the
 * sentence points forward to the subject after the comma, not back to earlier sentences.
 */
function resolveCataphora(m: ActorMention, raw: readonly ActorMention[], tokens: readonly Token[], s: SentenceSpan, text: string): boolean {
  if (!m.possessive || (tokens[s.tokenStart] as Token).pos !== 'ADP') return false;
  let comma = -1;
  for (let k = s.tokenStart; k < m.tokenStart; k++) if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).lower === ',') return false;
  for (let k = m.tokenEnd; k < s.tokenEnd && comma < 0; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') return false;
    if (t.lower === ',') comma = k;
  }
  const subject = comma >= 0 ? raw.find((x) => x.tokenStart === comma + 1 && x.kind === 'actor' && x.actor && !x.adjectival) : undefined;
  if (!subject?.actor) return false;
  m.actor = { ...subject.actor, ...spanOf(tokens, m, text) };
  return true;
}

const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'which', 'who', 'and', 'but', 'while', 'after', 'before', 'because', 'if', 'when']);
/**
 * "The Spanish have already put their forces on standby": "their" in the subject's own clause is the
 * subject's (a collective: a country, an organisation, a group), not the last pair of earlier sentences.
 */
function resolveSubjectPossessive(m: ActorMention, raw: readonly ActorMention[], tokens: readonly Token[], s: SentenceSpan): boolean {
  if (m.word !== 'their') return false;
  const subject = raw.find((x) => x.tokenStart < m.tokenStart && x.kind === 'actor');
  if (!subject?.actor || subject.adjectival || subject.possessive || isPerson(subject.actor) || !(subject.actor.country || subject.actor.org)) return false;
  for (let k = s.tokenStart; k < subject.tokenStart; k++) if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).lower === ',') return false;
  let verb = false;
  for (let k = subject.tokenEnd; k < m.tokenStart; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_BREAK.has(t.lower)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  if (!verb) return false;
  // The event names the subject itself ("Syrian forces … their attack": the source is "Syrian forces").
  m.actor = { ...subject.actor };
  return true;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame']);
const TIME_NAME = /^((mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/**
 * "Yukos is suing four companies …", "Mr Jackson, who …": the sentence opens with a name no dictionary
 * holds, followed by its verb or an insertion. Its subject is someone the coder cannot code.
 */
function startsWithUnknownName(tokens: readonly Token[], s: SentenceSpan, raw: readonly ActorMention[]): boolean {
  let k = s.tokenStart;
  if ((tokens[k] as Token | undefined)?.lower === 'the') k++;
  const first = tokens[k];
  if (!first || k >= s.tokenEnd || (first.pos !== 'PROPN' && !TITLES.has(first.lower)) || TIME_NAME.test(first.lower)) return false;
  if (raw.some((m) => m.actor !== null && m.tokenStart <= k && k < m.tokenEnd)) return false;
  let e = k;
  while (e < s.tokenEnd && ((tokens[e] as Token).pos === 'PROPN' || TITLES.has((tokens[e] as Token).lower))) e++;
  const next = tokens[e];
  return next !== undefined && e < s.tokenEnd && (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === ',');
}

function spanOf(tokens: readonly Token[], m: ActorMention, text: string): { text: string; start: number; end: number } {
  const a = tokens[m.tokenStart] as Token;
  const b = tokens[m.tokenEnd - 1] as Token;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end };
}

function codeSentence(
  s: SentenceSpan, tokens: readonly Token[], norm: NormalisedText, actors: SentenceActors, raw: readonly ActorMention[], triggers: Trigger[],
  date: string | null, res: Resources, memory: CoreferenceMemory, sports: boolean, inCommentary: boolean,
): EventMention[] {
  const text = norm.text;
  // Places, dates and attribution are costly or rarely needed: computed on first use.
  let places: Location[] | null = null;
  let dates: DateMention[] | null = null;
  let scopes: AttributionScope[] | null = null;
  const placesOf = (): Location[] => (places ??= findPlacesIn(text, s, tokens, raw));
  const datesOf = (): DateMention[] => (dates ??= findDates(text, s.start, s.end, date));
  const scopesOf = (): AttributionScope[] => (scopes ??= findAttributions(tokens, s.tokenStart, s.tokenEnd, text, actors, res.cues));
  const out: EventMention[] = [];
  const withArgs = triggers.map((tr) => ({ tr, args: findArguments(tokens, s.tokenStart, s.tokenEnd, tr, actors) }));
  inheritComplementTargets(withArgs, tokens);
  // Triggers that found actors: only these compete for places ("summit" alone does not).
  const live = withArgs.filter((x) => x.args.sources.flatMap(expand).length + x.args.targets.flatMap(expand).length >= 2).map((x) => x.tr);
  for (const { tr, args } of withArgs) {
    let sources = args.sources.flatMap(expand);
    let targets = args.targets.flatMap(expand);
    // Per target: does it stand for the owner of a topic ("an attack on Britain's asylum system")?
    const topicalFlags = args.targets.flatMap((m) => expand(m).map(() => m.topical === true));
    if (sources.length >= 2 && targets.length === 0 && tr.pattern.symmetric) {
      targets = sources.slice(1);
      sources = sources.slice(0, 1);
    }
    if (sources.length + targets.length >= 2) memory.rememberPair([...sources, ...targets], s.index);
    // "a separate US lawsuit against Rosneft": the country names the court, not the plaintiff.
    if (tr.pattern.noModifierSource && args.how === 'modifier') continue;
    if (sources.length === 0) continue;
    if (targets.length === 0 && (tr.pattern.requiresTarget || !ONE_SIDED_TYPES.has(tr.pattern.type))) continue;
    // Nothing can resolve an actor except a place: skip the place lookup when no side could use it.
    if (!sources.some(isResolved) && !targets.some(isResolved) && !sources.concat(targets).some((a) => a.sector !== null)) continue;
    const location = placeFor(tr, live, placesOf(), tokens, s, actors);
    const fill = (a: Actor): Actor => completeActor(a, location, placesOf());
    sources = sources.map(fill);
    targets = targets.map(fill);
    const topicalTargets = new Set(targets.filter((_, i) => topicalFlags[i] === true));
    const pairs: [Actor, Actor | null][] = [];
    for (const src of sources) {
      for (const tgt of targets.length > 0 ? targets : [null]) {
        // "The Spanish put their forces on standby": one's own forces are not a target of a one-sided act.
        if (tgt && tr.pattern.type === 'MOBILIZE' && tgt.country !== null && tgt.country === src.country && ['MIL', 'PRM', 'COP', 'UAF'].includes(tgt.sector ?? '')) {
          if (!pairs.some(([a, b]) => a === src && b === null)) pairs.push([src, null]);
          continue;
        }
        if (tgt && sameActor(src, tgt)) continue;
        if (!isResolved(src) && !isResolved(tgt)) continue;
        // A topic is not an actor: "criticised the size of the deficit", "rejected plans". An unresolved
        // side must at least be a name ("Glazer") or a known kind of agent ("a judge", "protesters").
        if (tgt && isTopic(tgt)) continue;
        if (isTopic(src)) continue;
        // "Asimo has visited the UK, Germany and France": a lone unknown word (a robot, a product, a show)
        // touring countries is no evidence of a political visit.
        if (tr.pattern.mode === 'visit' && tgt && isBareName(src) && tgt.sector === null && !isPerson(tgt) && tgt.org === null) continue;
        // "More than 2,000 business and political leaders are arriving in the resort of Davos": visitors of
        // no known country going to a place is travel; a visit is coded when someone goes to a government.
        if (tr.pattern.mode === 'visit' && !isResolved(src) && !(tgt && (isPerson(tgt) || tgt.sector === 'GOV' || tgt.org !== null))) continue;
        // Firms dealing with firms is commerce, not political event data ("Deutsche Boerse held talks with the LSE").
        if (isCommercial(src) && (tgt === null || isCommercial(tgt) || !isResolved(tgt))) continue;
        // Private dealings: "a US woman is suing Hewlett Packard", "the London exchange held talks with
        // Deutsche Boerse". Without a political actor on either side it is not political event data.
        if (tgt && !isPolitical(src) && !isPolitical(tgt) && tr.pattern.type !== 'PROTEST') continue;
        // Civil and commercial litigation: "a judge barred the bank from the case", "the firm asked the
        // bankruptcy court to overturn its decision". A court dealing with a firm or an unknown private
        // party is not political event data (a court jailing a dissident is: the dissident has a sector).
        if (tgt && (litigation(src, tgt, res) || litigation(tgt, src, res))) continue;
        // One consults people, not their things: "called the UK's rebate unjustified", "met many of the
        // government's demands".
        // (A visit goes to a place, which may well be owned: "visited Kenya's biggest shantytown".)
        if (tr.pattern.type === 'CONSULT' && tr.pattern.mode !== 'visit' && tgt && topicalTargets.has(tgt)) continue;
        // Speaking to a newspaper or broadcaster is an interview, not a consultation.
        if (tr.pattern.type === 'CONSULT' && tgt?.sector === 'JRN') continue;
        if (tr.pattern.noSecondObject && tgt && hasSecondObject(tokens, tgt, s)) continue;
        // A political source acting on anything of a country's ("three Iranian nuclear sites") is political.
        if (tr.pattern.needsPoliticalActor && !(isPolitical(src) && (tgt === null || isPolitical(tgt) || tgt.country !== null || tgt.org !== null))) continue;
        pairs.push([src, tgt]);
      }
    }
    if (pairs.length === 0) continue;
    if (isReducedRelative(tr, tokens, actors)) continue;
    if (sportsReading(tr, pairs, tokens, s, res, sports)) continue;
    const decided = decideStatus(tokens, s, tr, res.cues);
    let status = decided.status;
    // "Japanese trade with China", "Turkey's investment in Iran", "Israeli-Egyptian cooperation": a
    // cooperation noun whose actors only modify it names a standing relation, not one act. With a verb
    // ("began trade talks", "held joint exercises") the clause subject is the agent and it stays an event.
    if (tr.pattern.type === 'COOPERATE' && tr.pattern.pos === 'NOUN' && !['clause-subject', 'by-agent'].includes(args.how) && (status === 'asserted' || status === 'reported')) status = 'generic';
    const scope = scopeFor(tr, scopesOf());
    let attribution: Attribution | null = null;
    if (scope) {
      attribution = { speaker: scope.speaker?.actor ?? null, channel: scope.channel };
      if (scope.negating && ['asserted', 'historical'].includes(status)) status = 'negated';
      // "announced that it would impose tariffs": "would" in reported speech is a plan, not a hedge.
      if (status === 'hedged' && decided.cue === 'would' && !scope.hedging) status = 'future';
      // "Biden said he had spoken with Netanyahu": past perfect in reported speech is backshift, not history.
      if (status === 'historical' && decided.cue === 'had + participle' && !scope.negating) status = 'reported';
      if (status === 'asserted') status = scope.hedging ? 'hedged' : 'reported';
    }
    let eventDate = dateFor(tr, datesOf(), tokens);
    // A planned event points forward: "will exchange prisoners on Wednesday" (said on a Tuesday),
    // "will visit China in April" (said in November) — the next such day or month, not the last.
    if (eventDate && date && (status === 'future' || status === 'hedged') && eventDate.value < date) eventDate = forward(eventDate, date);
    if (eventDate?.future && (status === 'asserted' || status === 'reported')) status = 'future';
    // Without an article date, dates were resolved against today (W_NO_DATE): "in 1989" is history then too.
    if (eventDate && (status === 'asserted' || status === 'reported') && isBeforeNewsWindow(eventDate, date ?? today())) status = 'historical';
    if (inCommentary && (status === 'asserted' || status === 'reported' || status === 'historical') && !isSimplePastVerb(tr, tokens)) status = 'generic';
    const trigger = { text: text.slice((tokens[tr.start] as Token).start, (tokens[tr.end - 1] as Token).end), start: (tokens[tr.start] as Token).start, end: (tokens[tr.end - 1] as Token).end };
    const evidence = { sentence: s.index, text: text.slice(s.start, s.end), start: s.start, end: s.end, trigger, ruleId: tr.pattern.id };
    for (const [src, tgt] of pairs) {
      const pattern = verbalReading(tr, tokens, src, tgt, res, tgt !== null && topicalTargets.has(tgt), args.how);
      if (tgt === null && !ONE_SIDED_TYPES.has(pattern.type)) continue;
      out.push({
        type: pattern.type, pattern, source: src, target: tgt, status, statusCue: decided.cue,
        attribution, date: eventDate ? { value: eventDate.value, precision: eventDate.precision, text: eventDate.text } : null,
        location, evidence: [evidence], headline: s.headline, commentary: inCommentary, order: (tokens[tr.head] as Token).start,
      });
    }
  }
  return out;
}

/** "the cash offered to Central America": a participle after a plain noun modifies it; no event. */
function isReducedRelative(tr: Trigger, tokens: readonly Token[], actors: SentenceActors): boolean {
  if (tr.pattern.pos !== 'VERB') return false;
  const h = tokens[tr.head] as Token;
  const prev = tokens[tr.head - 1];
  const next = tokens[tr.end];
  if (!prev || !next || !/(ed|en|wn)$/.test(h.lower) || h.lower === h.lemma) return false;
  if (prev.pos !== 'NOUN' || next.pos !== 'ADP' || next.lower === 'that') return false;
  // After an actor the participle is the main verb ("British troops deployed in Basra on Monday") unless
  // the clause's own verb group follows: "British troops deployed in Iraq should be replaced".
  return !actors.byEnd.has(tr.head) || finiteVerbFollows(tokens, tr.end);
}

const CLAUSE_END = new Set([',', ';', ':', 'and', 'but', 'or', 'who', 'which', 'that', 'where', 'while', 'after', 'before', 'because', '"']);
function finiteVerbFollows(tokens: readonly Token[], from: number): boolean {
  const sentence = (tokens[from - 1] as Token).sentence;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || CLAUSE_END.has(t.lower)) return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}

const SCORE = /\b\d{1,3}-\d{1,3}\b/;
/**
 * Sports pages name countries as teams: "England beat Fiji 26-21". In a sentence with a score, or with
 * two sports words, a conflict between bare countries or people of no office is a game, not an event.
 */
function sportsReading(tr: Trigger, pairs: [Actor, Actor | null][], tokens: readonly Token[], s: SentenceSpan, res: Resources, sportsText: boolean): boolean {
  const teamLikeAll = (): boolean => pairs.every(([a, b]) => teamLike(a) && teamLike(b));
  // A sports report: "England are still to meet Italy at Twickenham", "Fiji rallied".
  if (sportsText) return teamLikeAll();
  if (tr.pattern.quadClass < 3 && tr.pattern.type !== 'SUPPORT') return false;
  let words = 0;
  for (let k = s.tokenStart; k < s.tokenEnd && words < 2; k++) if (cueAt(res.cues.sportsWords, tokens, k, s.tokenEnd) > 0) words++;
  const sentence = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text).join(' ');
  if (words < 2 && !SCORE.test(sentence)) return false;
  return teamLikeAll();
}

function teamLike(a: Actor | null): boolean {
  return a === null || (a.sector === null && !isPerson(a)) || a.sector === 'CVL' || a.sector === 'UNK' || a.id.startsWith('?') || (isPerson(a) && a.role === null);
}

/** A text with two or more sports words (an unambiguous list) is a sports report: its country names are teams. */
function isSportsText(tokens: readonly Token[], res: Resources): boolean {
  let n = 0;
  for (let k = 0; k < tokens.length && n < 2; k++) if (cueAt(res.cues.sportsWords, tokens, k, tokens.length) > 0) n++;
  return n >= 2;
}

function isCommercial(a: Actor): boolean {
  return a.sector === 'BUS';
}

/** A court or judge ("US judge", "the bankruptcy court": cues.courtWords) facing a firm (cues.firmNameWords: "Deutsche Bank"). */
function litigation(court: Actor, party: Actor, res: Resources): boolean {
  if (court.sector !== 'JUD' || !res.cues.courtWords.byFirst.has(lastWord(court.text))) return false;
  if (party.sector === 'BUS') return true;
  // "Bank of America", "Deutsche Bank": a firm's name the actor dictionaries do not hold.
  return !isPolitical(party) && party.text.split(' ').some((w) => res.cues.firmNameWords.byFirst.has(w.toLowerCase()));
}

function lastWord(text: string): string {
  const i = text.lastIndexOf(' ');
  return text.slice(i + 1).toLowerCase();
}

/** "called the plan a disaster": after the object comes a second noun phrase (a label, not a call). */
function hasSecondObject(tokens: readonly Token[], tgt: Actor, s: SentenceSpan): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd && (tokens[k] as Token).end <= tgt.end) k++;
  const next = tokens[k];
  return next !== undefined && k < s.tokenEnd && (next.pos === 'DET' || next.pos === 'ADJ' || (next.pos === 'NOUN' && !/^(today|yesterday|tonight)$/.test(next.lower)) || next.lower === '"');
}

function isBareName(a: Actor): boolean {
  return a.id.startsWith('?:') && a.sector === null && a.role === null && /^[A-Z][A-Za-z]+$/.test(a.text.replace(/^(the|a|an)\s+/i, ''));
}

function isTopic(a: Actor): boolean {
  return !isResolved(a) && a.sector === null && !/^[A-Z]/.test(a.text.replace(/^(the|a|an|some|many|all|two|three|several)\s+/i, ''));
}

// Sectors that do not fight: when one of them "attacks" a person or a thing, it is words.
const UNARMED_SECTORS = new Set(['GOV', 'LEG', 'OPP', 'PTY', 'JRN', 'SOC', 'CVL', 'BUS', 'ELI', 'JUD', 'EDU', 'LAB', 'REL', 'MED', 'PRE', 'UNK']);
const verbalPatterns = new Map<string, CompiledPattern>();

/**
 * "Senator Kerry attacked President Bush's economic record", "the judge clashed with ministers":
 * violent verbs between unarmed actors, aimed at a person, party or thing, are verbal conflict (ACCUSE,
 * CAMEO 111). "Putin attacked Ukraine" (a country) stays ASSAULT.
 */
function verbalReading(tr: Trigger, tokens: readonly Token[], src: Actor, tgt: Actor | null, res: Resources, topicalTarget: boolean, how: string): CompiledPattern {
  const p = tr.pattern;
  // "posters which caused Tory protests", "Beijing's protests to Tokyo": a government, party or
  // politician protesting speaks; only crowds take to the streets. Verbal protest (ACCUSE 111) needs
  // the one it is aimed at. (A noun's source must be its own modifier or possessor: in "Sisi overthrew
  // Mursi after mass protests" the crowds protested, not the clause's subject.)
  const ownSource = p.pos === 'VERB' || how === 'possessor' || how === 'modifier' || how === 'by-agent';
  if (p.type === 'PROTEST') return ownSource && institutional(src) && cueAt(res.cues.verbalProtestWords, tokens, tr.head, tr.head + 1) > 0 ? verbalOf(p, res) : p;
  if (p.type !== 'ASSAULT' || p.pos !== 'VERB' || !tgt) return p;
  // Against a topic the violent word may sit inside the pattern: "launched an attack on …".
  let cue = cueAt(res.cues.verbalConflictVerbs, tokens, tr.head, tr.head + 1) > 0;
  for (let k = tr.start; topicalTarget && k < tr.end && !cue; k++) cue = cueAt(res.cues.verbalConflictVerbs, tokens, k, k + 1) > 0;
  if (!cue) return p;
  const unarmed = (a: Actor): boolean =>
    isPerson(a) ? !['MIL', 'REB', 'PRM', 'UAF', 'COP', 'SPY', 'CRM'].includes(a.sector ?? '') : (a.sector !== null && UNARMED_SECTORS.has(a.sector)) || (a.org !== null && a.sector === null);
  // "Michael Howard launched an attack on the cost of Britain's asylum system": aimed at a policy or a
  // record, the attack is words even when its owner is a state; an unknown name ("Howard") is no army.
  const namedCivilian = src.id.startsWith('?') && src.sector === null;
  if (topicalTarget && (unarmed(src) || namedCivilian)) return verbalOf(p, res);
  const targetIsState = tgt.sector === null && tgt.country !== null && !isPerson(tgt) && !tgt.id.startsWith('?');
  if (!unarmed(src) || targetIsState || !(unarmed(tgt) || tgt.id.startsWith('?'))) return p;
  return verbalOf(p, res);
}

const SPEAKING_SECTORS = new Set(['GOV', 'PTY', 'LEG', 'PRE', 'JUD', 'ELI']);
function institutional(a: Actor): boolean {
  return (isPerson(a) && SPEAKING_SECTORS.has(a.sector ?? 'GOV')) || (a.sector !== null && SPEAKING_SECTORS.has(a.sector)) || (a.org !== null && a.sector === null);
}

function verbalOf(p: CompiledPattern, res: Resources): CompiledPattern {
  let verbal = verbalPatterns.get(p.id);
  if (!verbal) {
    verbal = { ...p, id: `${p.id}+verbal`, type: 'ACCUSE', mode: 'disapprove', cameo: '111', goldstein: goldsteinOf('111', res.dictionaries.cameo), quadClass: quadClassOfCameo('111') };
    verbalPatterns.set(p.id, verbal);
  }
  return verbal;
}

/**
 * "Australia has agreed to lend $1 billion to Indonesia", "called for sanctions against Myanmar's
 * military": a verb whose complement is another event takes that event's target when it has none.
 */
function inheritComplementTargets(items: { tr: Trigger; args: { sources: ActorMention[]; targets: ActorMention[] } }[], tokens: readonly Token[]): void {
  for (let i = 0; i < items.length; i++) {
    const outer = items[i] as (typeof items)[number];
    if (outer.args.targets.length > 0 || outer.tr.pattern.pos !== 'VERB') continue;
    const inner = items.slice(i + 1).find((x) => x.tr.start >= outer.tr.end && x.tr.start - outer.tr.end <= 6);
    if (!inner || inner.args.targets.length === 0) continue;
    const between = tokens.slice(outer.tr.end, inner.tr.start).map((t) => t.lower);
    if (between.some((w) => [',', ';', 'and', 'but', 'that', 'which', 'who'].includes(w))) continue;
    // Only a real complement: "agreed to (partially) lift …", "called for sanctions …".
    const intro = between.findIndex((w) => w === 'to' || w === 'for');
    const endsInPrep = ['to', 'for', 'on'].includes(outer.tr.pattern.words[outer.tr.pattern.words.length - 1] as string);
    if (!endsInPrep && (intro < 0 || intro > 2)) continue;
    outer.args = { ...outer.args, targets: inner.args.targets };
  }
}

/** "its troops", "their forces": an agent without a country takes the possessor's. */
function inheritFromPossessives(mentions: ActorMention[], tokens: readonly Token[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k] as ActorMention;
    const prev = mentions[k - 1] as ActorMention;
    if (!m.actor || m.actor.country || m.actor.org || prev.kind !== 'pronoun' || !prev.possessive || prev.tokenEnd !== m.tokenStart) continue;
    const owner = prev.actor ?? prev.members[0] ?? null;
    if (!owner) continue;
    const country = owner.country;
    m.actor = { ...m.actor, country, org: owner.org, id: m.actor.sector ? `${country ?? owner.org}:${m.actor.sector}` : (country ?? owner.id) };
    m.tokenStart = prev.tokenStart;
    m.actor.start = (tokens[prev.tokenStart] as Token).start;
    m.actor.text = `${prev.word} ${m.actor.text}`;
    prev.actor = null;
    prev.members = [];
  }
}

/** "Shanghai Cooperation Organization" names an actor; its "Cooperation" is not an event. */
function insideActorName(tr: Trigger, mentions: readonly ActorMention[]): boolean {
  // The trigger's head inside a name; a pattern that merely spans an agent ("fired 127 missiles") is fine.
  return mentions.some((m) => m.kind === 'actor' && !m.adjectival && m.tokenStart <= tr.head && tr.head < m.tokenEnd);
}

function expand(m: ActorMention): Actor[] {
  if (m.members.length > 0) return m.members;
  return m.actor ? [m.actor] : [];
}

function sameActor(a: Actor, b: Actor): boolean {
  if (a.id === b.id) return !a.id.startsWith('?') || a.text === b.text;
  if (isPerson(a) || isPerson(b)) return false;
  // Two named organisations of one country are two actors: "the Tories attacked Labour".
  const named = (x: Actor): boolean => !x.id.includes(':') && x.id !== x.country;
  if (named(a) && named(b)) return false;
  return a.country !== null && a.country === b.country && a.org === b.org && (a.sector === b.sector || a.sector === null || b.sector === null);
}

function isPolitical(a: Actor): boolean {
  return a.org !== null || isPerson(a) || (a.sector !== null && POLITICAL_SECTORS.has(a.sector)) || (a.country !== null && a.sector === null);
}

/**
 * An agent without a country takes the country of a place right after it ("riot police in Paris") or,
 * for sector-bearing agents, of the event's place. Otherwise it stays unresolved (id "?:…"); an event
 * needs at least one resolved side.
 */
function completeActor(a: Actor, location: Location | null, places: Location[]): Actor {
  if (a.country !== null || a.org !== null) return a;
  const right = places.find((p) => p.start >= a.end && p.start - a.end <= 4 && p.country);
  const country = right?.country ?? (a.sector ? location?.country : null) ?? null;
  if (!country) return a;
  return { ...a, country, id: a.sector ? `${country}:${a.sector}` : country };
}

function isResolved(a: Actor | null): boolean {
  return a !== null && (a.country !== null || a.org !== null);
}

function isSimplePastVerb(tr: Trigger, tokens: readonly Token[]): boolean {
  if (tr.pattern.pos !== 'VERB') return false;
  const h = tokens[tr.head] as Token;
  const prev = tokens[tr.head - 1];
  if (prev && ['has', 'have', 'will', 'would', 'may', 'might', 'can', 'could', 'must', 'should'].includes(prev.lower)) return false;
  return h.lower !== h.lemma && !/s$/.test(h.lower) && !/ing$/.test(h.lower);
}

function scopeFor(tr: Trigger, scopes: AttributionScope[]): AttributionScope | null {
  for (const sc of scopes) if (tr.head >= sc.from && tr.head < sc.to && tr.head !== sc.verb) return sc;
  return null;
}

/**
 * The place of a trigger: a place after it and before the next trigger ("talks … in Alaska"), else a
 * place opening its clause ("In Tianjin, Putin met Xi"). A place after a later trigger belongs to that
 * one: in "discussed recent contacts during their meeting … in Tianjin" the contacts were not in Tianjin.
 */
function placeFor(tr: Trigger, triggers: readonly Trigger[], places: Location[], tokens: readonly Token[], s: SentenceSpan, actors: SentenceActors): Location | null {
  if (places.length === 0) return null;
  const headStart = (tokens[tr.head] as Token).start;
  const next = triggers.filter((o) => o.start >= tr.end).map((o) => (tokens[o.start] as Token).start).sort((a, b) => a - b)[0] ?? Infinity;
  // A place after a noun other than the trigger belongs to that noun: "discussed the war in Ukraine".
  const after = places
    .filter((p) => p.start >= headStart && p.start < next && !nounBetween(tokens, tr.end, p.start, actors))
    .sort((a, b) => a.start - b.start);
  const before = places.filter((p) => p.end <= headStart).sort((a, b) => b.start - a.start);
  const clause = tokens[clauseStartOf(tokens, tr.start, s.tokenStart)] as Token;
  const prefer = after[0] ?? before.find((p) => p.start >= clause.start) ?? null;
  // Prefer the most precise place when a country and a city appear together ("China's … city of Tianjin").
  const all = [...after, ...before.filter((p) => p.start >= clause.start)];
  const city = all.find((p) => p.precision === 'city' && prefer && (p.country === prefer.country || prefer.precision === 'country'));
  return city ?? prefer;
}

function forward(d: DateMention, article: string): DateMention {
  const weekdayOnly = d.precision === 'day' && /^(on\s+|next\s+|this\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(d.text.trim());
  if (weekdayOnly) {
    let v = d.value;
    while (v < article) v = addDays(v, 7);
    return { ...d, value: v, future: true };
  }
  if (d.precision === 'month' && !/\d{4}/.test(d.text)) {
    let y = Number(d.value.slice(0, 4));
    while (`${y}${d.value.slice(4)}` < article.slice(0, 8) + '01') y++;
    return { ...d, value: `${y}${d.value.slice(4)}`, future: true };
  }
  return d;
}

/** Is there a common noun, not part of an actor, between token `from` and character offset `to`? */
function nounBetween(tokens: readonly Token[], from: number, to: number, actors: SentenceActors): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).start < to; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN') continue;
    const inActor = actors.mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd);
    const timeWord = /^(day|days|week|weekend|month|year|morning|evening|night|afternoon|sidelines|start|end|visit|summit|meeting|talks|city|capital|town|region|province|state|village|area|border|port|base)$/.test(t.lower);
    if (!inActor && !timeWord) return true;
  }
  return false;
}

/** The date expression nearest the trigger in the sentence. */
function dateFor(tr: Trigger, dates: DateMention[], tokens: readonly Token[]): DateMention | null {
  if (dates.length === 0) return null;
  const at = (tokens[tr.head] as Token).start;
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = d.start >= at ? d.start - at : at - d.end;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/** Dated more than two weeks before the article, or in an earlier year: a historical reference. */
function isBeforeNewsWindow(d: EventDate, article: string): boolean {
  if (d.precision === 'year') return d.value.slice(0, 4) < article.slice(0, 4);
  if (d.precision === 'month') return d.value.slice(0, 7) < article.slice(0, 7) && daysBetween(d.value, article) > 45;
  return daysBetween(d.value, article) > 14;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Undated events: factual ones take the article date; historical ones only a bound before the news. */
function finishDates(events: EventMention[], article: string | null): void {
  const dated = events.filter((e) => (e.status === 'asserted' || e.status === 'reported') && e.date?.precision === 'day').map((e) => (e.date as EventDate).value);
  const newsStart = dated.length > 0 ? dated.sort()[0] as string : article;
  for (const e of events) {
    if (e.date || !article) continue;
    if (e.status === 'historical' && newsStart) {
      e.date = { value: addDays(newsStart, -1), precision: 'before', text: '' };
    } else if (e.status === 'asserted' || e.status === 'reported') {
      e.date = { value: article, precision: 'day', text: '' };
    }
  }
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function toCodedEvent(m: EventMention, input: string, norm: NormalisedText, articleId: string | null, version: string): CodedEvent {
  const mapSpan = <T extends { text: string; start: number; end: number }>(x: T): T => {
    const sp = toInputSpan(norm, x.start, x.end);
    return { ...x, start: sp.start, end: sp.end, text: input.slice(sp.start, sp.end) };
  };
  const evidence = m.evidence.map((e) => {
    const sp = toInputSpan(norm, e.start, e.end);
    return { ...e, start: sp.start, end: sp.end, text: input.slice(sp.start, sp.end), trigger: mapSpan(e.trigger) };
  });
  const first = evidence[0] as (typeof evidence)[number];
  const id = createHash('sha1')
    .update(`${articleId ?? ''}|${m.type}|${m.source?.id ?? ''}|${m.target?.id ?? ''}|${first.trigger.start}`)
    .digest('hex')
    .slice(0, 16);
  return {
    id,
    articleId,
    type: m.type,
    mode: m.pattern.mode,
    cameo: m.pattern.cameo,
    quadClass: m.pattern.quadClass,
    goldstein: m.pattern.goldstein,
    source: m.source ? mapSpan(m.source) : null,
    target: m.target ? mapSpan(m.target) : null,
    location: m.location ? mapSpan(m.location) : null,
    date: m.date,
    status: m.status,
    attribution: m.attribution ? { speaker: m.attribution.speaker ? mapSpan(m.attribution.speaker) : null, channel: m.attribution.channel } : null,
    evidence,
    // The rule of the mention that founded the event (body text), not of a headline that joined it.
    ruleId: m.pattern.id,
    dictionaryVersion: version,
  };
}
