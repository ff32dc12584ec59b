// Fallback actors: when the subject or object slot of a trigger holds no dictionary actor, the noun
// phrase there still names someone ("a Saudi dissident", "the Nigerian Senate", "white farmers").
// The phrase keeps whatever the dictionaries can tell about it (a demonym or country inside gives the
// country, an agent word the sector); otherwise it stays unresolved (country and org null, id "?:…").
// The pipeline only keeps an event when at least one side is resolved.
import type { Token } from '../text/tokenise.ts';
import { insideLongerName, type ActorMention, type ActorContext } from './actorMentions.ts';
import { matchAt } from './actorLexicon.ts';
import { geocode } from '../places/placeMatcher.ts';
import { loadDictionaries } from '../dictionaries/load.ts';

const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'X']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);
// Heads that never name an actor (times, topics, happenings, an actor's own acts): data in
// dictionaries/actors/topicHeads.json. A phrase with a topic head is no actor; its owner ("Britain's
// asylum system") or of-complement ("the trade policies of the G7 nations") is the one acted upon.
interface HeadSets {
  nonActors: ReadonlySet<string>;
  things: ReadonlySet<string>;
  happenings: ReadonlySet<string>;
  authored: ReadonlySet<string>;
}
let headSets: HeadSets | null = null;
function heads(): HeadSets {
  if (!headSets) {
    const h = loadDictionaries().topicHeads;
    headSets = { nonActors: new Set(h.nonActors), things: new Set(h.things), happenings: new Set(h.happenings), authored: new Set(h.authored) };
  }
  return headSets;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'some', 'several', 'many', 'two', 'three']);

/** The noun phrase ending at token `end - 1` (for subjects) — returns null when there is none. */
export function nounPhraseEndingAt(tokens: readonly Token[], end: number, sStart: number, text: string, ctx: ActorContext, placeOk = false): ActorMention | null {
  let head = end - 1;
  if (head < sStart || !HEAD_TAGS.has((tokens[head] as Token).pos)) return null;
  let start = head;
  while (start - 1 >= sStart && NP_TAGS.has((tokens[start - 1] as Token).pos) && (tokens[start - 1] as Token).lower !== 'that') start--;
  // "'s" inside: "Canada's Alberta province" — keep the owner in the phrase.
  while (start - 2 >= sStart && (tokens[start - 1] as Token).lower === "'s" && HEAD_TAGS.has((tokens[start - 2] as Token).pos)) {
    start -= 2;
    while (start - 1 >= sStart && NP_TAGS.has((tokens[start - 1] as Token).pos)) start--;
  }
  head = end - 1;
  // A subject is a place only as the target of a passive ("Kharkiv was struck"): "Parker praised …" is a person.
  return build(tokens, start, end, head, text, ctx, false, placeOk);
}

/** The noun phrase starting at token `start` (for objects and prepositional targets). */
export function nounPhraseStartingAt(tokens: readonly Token[], start: number, sEnd: number, text: string, ctx: ActorContext, lenient = false): ActorMention | null {
  let k = start;
  while (k < sEnd && NP_TAGS.has((tokens[k] as Token).pos)) k++;
  // Extend through "'s" and up to two "of"-phrases: "the centre of the Ukrainian city of Sumy".
  let ofs = 0;
  while (k + 1 < sEnd && ((tokens[k] as Token).lower === "'s" || ((tokens[k] as Token).lower === 'of' && ofs < 2))) {
    if ((tokens[k] as Token).lower === 'of') ofs++;
    k++;
    while (k < sEnd && NP_TAGS.has((tokens[k] as Token).pos)) k++;
  }
  let end = k;
  while (end > start && !HEAD_TAGS.has((tokens[end - 1] as Token).pos)) end--;
  if (end <= start) return null;
  // "the restrictive trade policies of the G7 nations", "the cost of Britain's asylum system": a topic
  // before "of" is not the actor; the phrase after it may be.
  for (let j = start + 1; j < end; j++) {
    const t = tokens[j] as Token;
    if (t.lower === "'s") break;
    if (t.lower !== 'of') continue;
    if (heads().happenings.has((tokens[j - 1] as Token).lower)) return null;
    if (isTopicHead(tokens[j - 1] as Token)) return topical(nounPhraseStartingAt(tokens, j + 1, end, text, ctx, false));
    break;
  }
  // "criticised Michael Howard's record", "an attack on Britain's asylum system": the owner is the one
  // acted upon; the owned thing is the topic.
  for (let j = start + 1; j < end; j++) {
    if ((tokens[j] as Token).lower !== "'s") continue;
    const owner = build(tokens, start, j, j - 1, text, ctx, false);
    if (owner && (owner.actor?.country || owner.actor?.org || owner.actor?.sector || (tokens[j - 1] as Token).pos === 'PROPN')) return topical(owner);
    break;
  }
  return build(tokens, start, end, end - 1, text, ctx, lenient);
}

/** Marks a phrase that stands for the owner of a topic (see ActorMention.topical). */
function topical(m: ActorMention | null): ActorMention | null {
  if (m) m.topical = true;
  return m;
}

/**
 * "Conservative spending plans", "the UK asylum system": the nouns right after an actor mention end in
 * a topic head; the mention only modifies it.
 */
export function modifiesTopic(tokens: readonly Token[], mentionEnd: number, sEnd: number): boolean {
  let k = mentionEnd;
  while (k < sEnd && k < mentionEnd + 4 && ((tokens[k] as Token).pos === 'NOUN' || (tokens[k] as Token).pos === 'ADJ')) k++;
  return k > mentionEnd && isTopicHead(tokens[k - 1] as Token);
}

/** "a four-nation EU visit", "the Iraq war": the nouns right after a mention end in a happening head. */
export function modifiesHappening(tokens: readonly Token[], mentionEnd: number, sEnd: number): boolean {
  let k = mentionEnd;
  while (k < sEnd && k < mentionEnd + 3 && (tokens[k] as Token).pos === 'NOUN') k++;
  return k > mentionEnd && heads().happenings.has((tokens[k - 1] as Token).lower);
}

function isTopicHead(t: Token): boolean {
  const { things, authored } = heads();
  return (things.has(t.lower) || authored.has(t.lower)) && t.pos !== 'PROPN';
}

function build(tokens: readonly Token[], start: number, end: number, head: number, text: string, ctx: ActorContext, lenient = false, placeOk = true): ActorMention | null {
  const h = tokens[head] as Token;
  const { nonActors, happenings, authored } = heads();
  if (nonActors.has(h.lower) || happenings.has(h.lower) || (isTopicHead(h) && !authored.has(h.lower))) return null;
  let s = start;
  if (DETERMINERS.has((tokens[s] as Token).lower) && s < head) s = start; // keep the determiner in the span, as news gold does
  let country: string | null = null;
  let org: string | null = null;
  let sector: string | null = null;
  let role: string | null = null;
  let wholeCountry = false;
  let named: [number, number] | null = null; // tokens of the first country or organisation named
  let national: { code: string; sector: string | null } | null = null;
  for (let k = start; k < end; ) {
    const m = matchAt(ctx.lex, tokens, k, end);
    if (!m) {
      k++;
      continue;
    }
    // "The Trades Union Congress": not the US Congress (see insideLongerName).
    if (insideLongerName(tokens, m, tokens.length, ctx)) {
      k = m.end;
      continue;
    }
    for (const e of m.entries) {
      if ((e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'seat') && !country) {
        country = e.code;
        named ??= [m.start, m.end];
        // "at Israel": the phrase is the country itself (a capital or seat: its government).
        const bare = m.end === end && tokens.slice(start, m.start).every((t) => t.pos === 'DET');
        if (bare && e.kind !== 'demonym') {
          wholeCountry = true;
          if (e.sector) sector = e.sector;
        }
      }
      if (e.kind === 'org' && !org && !country) {
        const o = ctx.lex.organisations.get(e.code);
        if (o && ['igo', 'bloc', 'agency', 'court', 'ngo'].includes(o.kind)) org = o.code;
        else if (o) {
          country = o.country;
          // "for the Liberal Democrats", "the Tory party": a phrase ending in a national organisation's
          // name is that organisation (a party, a firm, an armed group), with its sector.
          if (m.end === end && o.country) national = { code: o.code, sector: o.sector };
        }
        if (o) named ??= [m.start, m.end];
      }
      if (e.kind === 'agent') {
        sector = e.sector ?? sector;
        role = e.role ?? role;
      }
    }
    k = m.end;
  }
  // "Conservative spending plans", "the EU's move": the actor named inside an act or position.
  // (Without a named one the phrase stays as it is: "the Kirkuk council decision".)
  if (authored.has(h.lower) && h.pos !== 'PROPN' && named && (country || org)) {
    const a = tokens[named[0]] as Token;
    const b = tokens[named[1] - 1] as Token;
    const owner = { text: text.slice(a.start, b.end), start: a.start, end: b.end };
    return {
      kind: 'actor', tokenStart: named[0], tokenEnd: named[1], possessive: false, plural: false, word: b.lower, members: [], adjectival: false, place: false, topical: true,
      actor: { ...owner, name: owner.text, country: org ? null : country, org, sector: null, role: null, id: (org ?? country) as string },
    };
  }
  // A place standing for its country as a target: "struck Gaza", "attacked Kharkiv", "visited Tianjin".
  let isPlace = false;
  if (placeOk && !country && !org && h.pos === 'PROPN') {
    let p0 = start;
    while (p0 < head && (tokens[p0] as Token).pos === 'DET') p0++;
    const name = text.slice((tokens[p0] as Token).start, h.end);
    const place = /^[A-Z]/.test(name) ? geocode(name) : null;
    if (place?.country && place.precision !== 'region') {
      country = place.country;
      isPlace = true;
    }
  }
  // "recent Moscow-Washington contacts": a hyphenated modifier, not a phrase of its own.
  if ((tokens[end] as Token | undefined)?.lower === '-') return null;
  // Only phrases that name someone: a known country/org/agent inside, or a proper-noun head
  // ("Julian Assange"). "recent communications" is a topic, not an actor.
  // After a target preposition ("sanctions on …", "an investigation into …") any noun phrase will do.
  if (!lenient && !country && !org && !sector && h.pos !== 'PROPN') return null;
  const first = tokens[s] as Token;
  const last = tokens[end - 1] as Token;
  const span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  const owner = country ?? org;
  if (national && !sector) {
    return {
      kind: 'actor', tokenStart: s, tokenEnd: end, possessive: false, plural: /s$/.test(h.lower), word: h.lower, members: [], adjectival: false, place: false,
      actor: { ...span, name: span.text, country, org: null, sector: national.sector, role: null, id: national.code },
    };
  }
  return {
    kind: 'actor', tokenStart: s, tokenEnd: end, possessive: false, plural: /s$/.test(h.lower), word: h.lower,
    members: [], adjectival: false, place: isPlace,
    // A phrase with a country but no known agent word ("British imperialists") is someone of that
    // country, not its state: sector UNK (PLOVER's unknown).
    actor: isPlace || (wholeCountry && !org)
      ? { ...span, name: span.text, country, org: null, sector, role: null, id: sector ? `${country}:${sector}` : (country as string) }
      : { ...span, name: span.text, country, org, sector: sector ?? (country ? 'UNK' : null), role, id: owner ? `${owner}:${sector ?? 'UNK'}` : `?:${sector ?? h.lemma}` },
  };
}
