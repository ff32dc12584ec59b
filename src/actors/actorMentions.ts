// Stage 4a — actor mentions. Groups dictionary matches into actor phrases and resolves each to
// country + org + sector + person/role:
//   "Russian President Vladimir Putin" → demonym + title + person → Putin (RUS, GOV, head of state)
//   "Putin's foreign policy aide"       → owner's country + agent   → RUS, GOV, aide
//   "the US president"                  → country + office + date   → the holder on the article's date
//   "Moscow" / "the Kremlin"            → capital / seat metonym    → RUS GOV (unless "in Moscow": a place)
//   "the Russian and American leaders"  → two actors sharing one title
//   "he", "the two leaders"             → left for coreference (refine stage)
import type { Actor } from '../types.ts';
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import { matchAt, type ActorLexicon, type LexEntry, type LexMatch } from './actorLexicon.ts';
import { activeRole, formerRole, type OfficeIndex } from './tenure.ts';
import type { PersonEntry } from '../dictionaries/types.ts';

export type MentionKind = 'actor' | 'pronoun' | 'group';

export interface ActorMention {
  kind: MentionKind;
  /** Token range of the phrase, [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Resolved actor (offsets into the normalised text); null for unresolved pronouns/groups. */
  actor: Actor | null;
  /** Followed by "'s": the phrase owns the next noun ("Russia's invasion"). */
  possessive: boolean;
  plural: boolean;
  /** For pronouns: "he" | "they" …; for groups: the head noun ("leaders", "sides"). */
  word: string;
  /** A bare demonym adjective ("Russian strikes"): only ever the agent of the noun it modifies. */
  adjectival: boolean;
  /** A place standing in for its country as a target ("struck Gaza", "visited Beijing"). */
  place: boolean;
  /**
   * The phrase stands for the owner of a topic that was acted upon ("an attack on Britain's asylum
   * system" → Britain): words aimed at its policy, not at the actor itself.
   */
  topical?: boolean;
  /** Members when the phrase denotes two actors ("the Russian and American leaders", resolved groups). */
  members: Actor[];
}

export interface ActorContext {
  lex: ActorLexicon;
  offices: OfficeIndex;
  /** Article date (YYYY-MM-DD) or null. */
  date: string | null;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'into', 'inside', 'within', 'around', 'towards', 'toward', 'via', 'across', 'over', 'northern', 'southern', 'eastern', 'western', 'central']);
const MODIFIERS = new Set(['former', 'top', 'senior', 'chief', 'deputy', 'acting', 'then', 'new', 'outgoing', 'incoming', 'interim', 'veteran', 'hardline', 'exiled', 'local', 'federal', 'national', 'state', 'regional', 'provincial', 'first', 'vice', 'ex', 'embattled', 'longtime', 'long-time', 'de', 'facto', 'self-proclaimed', 'elected', 'current', 'serving', 'military', 'government', 'pro-government', 'armed', 'heavily', 'unidentified', 'suspected', 'masked', 'special', 'presidential', 'foreign', 'security']);
const PRONOUNS = new Map<string, { plural: boolean }>([
  ['it', { plural: false }], ['he', { plural: false }], ['him', { plural: false }], ['his', { plural: false }], ['she', { plural: false }], ['her', { plural: false }], ['its', { plural: false }],
  ['they', { plural: true }], ['them', { plural: true }], ['their', { plural: true }],
]);
const GROUP_NOUNS = new Set(['leaders', 'sides', 'countries', 'nations', 'presidents', 'governments', 'men', 'ministers', 'neighbours', 'neighbors', 'powers', 'states', 'allies', 'capitals', 'parties', 'delegations']);
const FORMER = new Set(['former', 'ex', 'then']);

type Rank = 1 | 2 | 3;
function rankOf(e: LexEntry): Rank {
  if (e.kind === 'person') return 3;
  if (e.kind === 'agent') return 2;
  return 1;
}

/** Pick the reading of an ambiguous match: prefer the one consistent with the phrase built so far. */
const KIND_ORDER: Record<LexEntry['kind'], number> = { person: 0, org: 1, seat: 2, country: 3, capital: 4, demonym: 5, agent: 6 };
function primary(m: LexMatch): LexEntry {
  let best = m.entries[0] as LexEntry;
  for (const e of m.entries) if (KIND_ORDER[e.kind] < KIND_ORDER[best.kind]) best = e;
  return best;
}

interface Phrase {
  start: number;
  end: number;
  prefixes: LexEntry[]; // country / demonym / capital / seat / org / possessive owner readings
  ownerPerson: string | null; // "Putin's aide": the owner is a person
  agents: LexEntry[];
  person: LexEntry | null;
  unknownName: [number, number] | null; // capitalised name after a title: "Chechen leader Ramzan Kadyrov"
  former: boolean;
}

export function findActorMentions(tokens: readonly Token[], sentence: SentenceSpan, text: string, ctx: ActorContext): ActorMention[] {
  const out: ActorMention[] = [];
  const end = sentence.tokenEnd;
  let i = sentence.tokenStart;
  while (i < end) {
    const tok = tokens[i] as Token;
    const pron = PRONOUNS.get(tok.lower);
    // "it" only as a subject before a verb group ("it will release"), never "it is likely".
    if (pron && tok.lower === 'it' && !isSubjectIt(tokens, i, end)) {
      i++;
      continue;
    }
    if (pron) {
      out.push({ kind: 'pronoun', tokenStart: i, tokenEnd: i + 1, actor: null, possessive: tok.lower === 'his' || tok.lower === 'their' || tok.lower === 'its' || tok.lower === 'her', plural: pron.plural, word: tok.lower, members: [], adjectival: false, place: false });
      i++;
      continue;
    }
    const group = matchGroup(tokens, i, end);
    if (group) {
      out.push(group);
      i = group.tokenEnd;
      continue;
    }
    let m = matchAt(ctx.lex, tokens, i, end);
    if (m && isForeignSurname(tokens, m, i)) m = null;
    if (m && !sentence.headline && insideLongerName(tokens, m, end, ctx)) {
      i = m.end;
      continue;
    }
    if (!m) {
      i++;
      continue;
    }
    const built = buildPhrases(tokens, m, end, ctx);
    const resolved = built.phrases.map((p) => resolvePhrase(p, tokens, text, ctx, built.phrases.length > 1)).filter((x): x is ActorMention => x !== null);
    const head = resolved[0];
    if (head && resolved.length > 1) {
      // "the Russian and American leaders": one mention standing for two actors.
      head.members = resolved.map((r) => r.actor).filter((a): a is Actor => a !== null);
      head.plural = true;
      out.push(head);
    } else if (head) {
      out.push(head);
    }
    i = Math.max(built.next, i + 1);
  }
  return out;
}

const IT_VERB_GROUP = new Set(['will', 'would', 'has', 'had', 'have', 'plans', 'planned', 'intends', 'could', 'may', 'might', 'must', 'should', 'can', 'did', 'also', 'then', 'later', 'had']);
function isSubjectIt(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  if (!next || i + 1 >= end) return false;
  if (next.lower === 'is' || next.lower === 'was' || next.lower === "'s") return false;
  return IT_VERB_GROUP.has(next.lower) || (next.pos === 'VERB' && next.lower !== next.lemma);
}

/**
 * "Judge Charles Harris" is not Kamala Harris: a one-word surname match right after another capitalised
 * name word belongs to someone else.
 */
function isForeignSurname(tokens: readonly Token[], m: LexMatch, i: number): boolean {
  if (m.end - m.start !== 1 || !m.entries.every((e) => e.kind === 'person')) return false;
  const prev = tokens[i - 1];
  if (prev === undefined || prev.sentence !== (tokens[i] as Token).sentence || !/^[A-Z][a-z]+$/.test(prev.text) || prev.pos !== 'PROPN') return false;
  // "Mr Putin", "President Trump", "Sheikh Tamim": an honorific or title is not a first name.
  return !HONORIFICS.has(prev.lower);
}

/**
 * "the West Bank", "the Trades Union Congress": a name glued to capitalised words we do not know is part
 * of a longer name, not the actor it names alone. (Not for people: "Putin" after "Vladimir" is handled
 * by the trie, and titles before names are honorifics.)
 */
export function insideLongerName(tokens: readonly Token[], m: LexMatch, end: number, ctx: ActorContext): boolean {
  if (m.entries.some((e) => e.kind === 'person' || e.kind === 'agent' || e.kind === 'demonym')) return false;
  // Only a proper name can be part of a longer one ("rights group Liberty" is a descriptor and a name).
  if (!/^[A-Z]/.test((tokens[m.end - 1] as Token).text)) return false;
  const glued = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t.text) && !HONORIFICS.has(t.lower);
  // One unknown word after an organisation or seat ("the West Bank", "the Washington Post"); two or
  // more are a person's name or a title ("Lib Dem Norman Baker", "EU Trade Commissioner Peter
  // Mandelson"), and a country before a name is its institution ("the US Customs Service").
  const next = tokens[m.end];
  const country = m.entries.some((e) => e.kind === 'country');
  if (!country && m.end < end && glued(next) && !/^[A-Z]/.test(tokens[m.end + 1]?.text ?? '') && !matchAt(ctx.lex, tokens, m.end, end)) return true;
  const prev = tokens[m.start - 1];
  return prev !== undefined && prev.sentence === (tokens[m.start] as Token).sentence && glued(prev) && !isSentenceStart(tokens, m.start - 1) && !matchAt(ctx.lex, tokens, m.start - 1, m.start);
}

function isSentenceStart(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || before.sentence !== (tokens[k] as Token).sentence || ['"', '(', ':'].includes(before.lower);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'emir', 'king', 'queen', 'prince', 'princess', 'president', 'premier', 'minister', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'general', 'gen', 'admiral', 'colonel', 'col', 'major', 'captain', 'commander', 'marshal', 'ayatollah', 'imam', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'comrade', 'chairman', 'leader', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'mayor', 'judge', 'justice', 'professor', 'prof', 'crown', 'sultan', 'tsar', 'mullah', 'mufti', 'field', 'commissioner', 'chief', 'director', 'deputy', 'head', 'boss', 'officer', 'mp', 'mep']);

/** "the two leaders", "both sides": a plural reference resolved by coreference. */
function matchGroup(tokens: readonly Token[], i: number, end: number): ActorMention | null {
  let k = i;
  if ((tokens[k] as Token).lower === 'the' && k + 1 < end) k++;
  const w = (tokens[k] as Token).lower;
  if (w !== 'two' && w !== 'both') return null;
  let h = k + 1;
  // allow one adjective: "the two Asian powers"
  if (h < end && (tokens[h] as Token).pos === 'ADJ') h++;
  if (h >= end) return null;
  const head = (tokens[h] as Token).lower;
  if (!GROUP_NOUNS.has(head)) return null;
  const possessive = h + 1 < end && (tokens[h + 1] as Token).lower === "'";
  return { kind: 'group', tokenStart: i, tokenEnd: h + 1, actor: null, possessive, plural: true, word: head, members: [], adjectival: false, place: false };
}

function buildPhrases(tokens: readonly Token[], first: LexMatch, end: number, ctx: ActorContext): { phrases: Phrase[]; next: number } {
  const phrase: Phrase = { start: first.start, end: first.end, prefixes: [], ownerPerson: null, agents: [], person: null, unknownName: null, former: false };
  if (first.start > 0 && FORMER.has((tokens[first.start - 1] as Token).lower)) phrase.former = true;
  const coordinated: LexEntry[] = [];
  let lastRank: Rank = 0 as Rank;
  const place = (m: LexMatch): boolean => {
    const e = primary(m);
    const r = rankOf(e);
    if (r < lastRank) return false;
    if (r === 1) phrase.prefixes.push(...m.entries.filter((x) => rankOf(x) === 1));
    else if (r === 2) phrase.agents.push(e);
    else if (phrase.person) return false;
    else phrase.person = e;
    lastRank = r;
    phrase.end = m.end;
    return true;
  };
  place(first);
  let j = first.end;
  while (j < end) {
    const t = tokens[j] as Token;
    // "Putin's foreign policy aide", "Russia's foreign minister": the owner becomes a prefix.
    if (t.lower === "'s" || t.lower === "'") {
      const next = nextMatch(tokens, j + 1, end, ctx);
      if (next && rankOf(primary(next)) === 2 && lastRank !== 2) {
        if (phrase.person) {
          phrase.ownerPerson = phrase.person.code;
          phrase.person = null;
        }
        lastRank = 1;
        j = next.start;
        continue;
      }
      break;
    }
    if (MODIFIERS.has(t.lower) && !matchAt(ctx.lex, tokens, j, end)) {
      if (FORMER.has(t.lower)) phrase.former = true;
      j++;
      continue;
    }
    // "the Russian and American leaders": coordinated prefixes sharing one title.
    if ((t.lower === 'and' || t.lower === ',') && lastRank === 1 && phrase.agents.length === 0) {
      // Look ahead through "X, Y and Z" for a shared plural title.
      const chain: LexMatch[] = [];
      let q = j;
      while (q < end && ((tokens[q] as Token).lower === 'and' || (tokens[q] as Token).lower === ',')) {
        const next = matchAt(ctx.lex, tokens, q + 1, end);
        if (!next || rankOf(primary(next)) !== 1) break;
        chain.push(next);
        q = next.end;
      }
      const after = chain.length > 0 ? nextMatch(tokens, q, end, ctx) : null;
      if (after && rankOf(primary(after)) === 2 && primary(after).plural) {
        for (const c of chain) coordinated.push(primary(c));
        j = q;
        continue;
      }
      break;
    }
    const m = matchAt(ctx.lex, tokens, j, end);
    if (!m || !place(m)) break;
    j = m.end;
  }
  // A title followed by an unknown capitalised name: "Chechen leader Ramzan Kadyrov".
  if (!phrase.person && phrase.agents.length > 0 && primary({ start: 0, end: 0, entries: phrase.agents }).office !== null) {
    let k = phrase.end;
    while (k < end && isNameToken(tokens[k] as Token) && !matchAt(ctx.lex, tokens, k, end)) k++;
    if (k > phrase.end && k - phrase.end <= 4) {
      phrase.unknownName = [phrase.end, k];
      phrase.end = k;
    }
  }
  if (coordinated.length === 0) return { phrases: [phrase], next: phrase.end };
  // Split: each coordinated prefix gets the shared title.
  const phrases: Phrase[] = [phrase];
  for (const c of coordinated) phrases.push({ ...phrase, prefixes: [c], person: null, unknownName: null });
  return { phrases, next: phrase.end };
}

function nextMatch(tokens: readonly Token[], from: number, end: number, ctx: ActorContext): LexMatch | null {
  const direct = from < end ? matchAt(ctx.lex, tokens, from, end) : null;
  if (direct) return direct;
  let k = from;
  while (k < end && MODIFIERS.has((tokens[k] as Token).lower)) k++;
  return k < end ? matchAt(ctx.lex, tokens, k, end) : null;
}

function isNameToken(t: Token): boolean {
  return (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'X') && /^[A-Z][a-zA-Z'\-.]+$/.test(t.text);
}

function resolvePhrase(p: Phrase, tokens: readonly Token[], text: string, ctx: ActorContext, coordinated = false): ActorMention | null {
  const first = tokens[p.start] as Token;
  const last = tokens[p.end - 1] as Token;
  const span = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  const possessive = p.end < tokens.length && ["'s", "'"].includes((tokens[p.end] as Token).lower) && (tokens[p.end] as Token).sentence === first.sentence;
  const agent = p.agents[p.agents.length - 1] ?? null;
  const office = p.agents.map((a) => a.office).find((o) => o !== null) ?? null;
  // In "the Russian and American leaders" each member is one leader.
  const plural = coordinated ? false : agent ? agent.plural : p.prefixes.some((x) => x.plural);
  const base = { kind: 'actor' as const, tokenStart: p.start, tokenEnd: p.end, possessive, plural, word: last.lower, members: [], adjectival: false, place: false };

  // Countries named by the prefixes (a demonym, a country name, a capital, an owner person's country).
  const prefix = p.prefixes.find((x) => x.kind === 'org') ?? p.prefixes[0] ?? null;
  let country: string | null = prefix && prefix.kind !== 'org' ? prefix.code : null;
  if (!country && p.ownerPerson) country = personCountry(p.ownerPerson, ctx);

  if (p.person) {
    const person = ctx.lex.people.get(p.person.code);
    if (!person) return null;
    const role = activeRole(person, ctx.date);
    const former = !role && ctx.date ? formerRole(person, ctx.date) : null;
    const r = role ?? former;
    return {
      ...base,
      actor: {
        ...span,
        name: person.name,
        country: r?.country ?? country,
        org: r?.org ?? null,
        sector: role ? role.sector : former ? 'ELI' : (agent?.sector ?? null),
        role: role ? humanOffice(role.office) : former ? `former ${humanOffice(former.office)}` : (agent?.role ?? null),
        id: person.id,
      },
    };
  }

  if (prefix && prefix.kind === 'org') {
    const orgCountry = p.prefixes.find((x) => x.kind !== 'org')?.code ?? null;
    if (!country) country = orgCountry;
    const org = ctx.lex.organisations.get(prefix.code);
    if (!org) return null;
    // A national NGO keeps its country ("Israeli rights group B'Tselem").
    const international = ['igo', 'bloc', 'agency', 'court'].includes(org.kind) || (org.kind === 'ngo' && org.country === null);
    // "Hezbollah leader", "Hamas spokesman": a title inside an armed group, party or outlet keeps its sector.
    const sector = agent && agent.office !== null && org.sector ? org.sector : (agent?.sector ?? org.sector ?? null);
    // "the UN secretary-general", "the NATO chief": the office holder on the date.
    if (office && ctx.date && !plural && !p.former) {
      const holder = pickHolder(ctx, org.code, office, titleText(p, tokens), ctx.date);
      if (holder) {
        const role = activeRole(holder, ctx.date);
        return { ...base, actor: { ...span, name: holder.name, country: role?.country ?? null, org: role?.org ?? org.code, sector: role?.sector ?? sector, role: role ? humanOffice(role.office) : humanOffice(office), id: holder.id } };
      }
    }
    return {
      ...base,
      actor: {
        ...span,
        name: org.name,
        // "Israeli rights group …": a generic NGO takes the country named with it.
        country: international ? (org.kind === 'ngo' ? country : null) : org.country,
        org: international ? org.code : null,
        sector,
        role: agent?.role ?? null,
        id: sector && sector !== org.sector ? `${org.code}:${sector}` : org.code,
      },
    };
  }

  // A title with a country and a date names a person: "the US president", "Chinese leader".
  if (country && office && !p.former && !plural && ctx.date) {
    const person = pickHolder(ctx, country, office, titleText(p, tokens), ctx.date);
    if (person) {
      const role = activeRole(person, ctx.date);
      return {
        ...base,
        actor: { ...span, name: person.name, country, org: null, sector: role?.sector ?? 'GOV', role: role ? humanOffice(role.office) : humanOffice(office), id: person.id },
      };
    }
  }

  if (country) {
    const onlyDemonym = p.prefixes.every((x) => x.kind === 'demonym') && !p.ownerPerson;
    // "Russian" alone is an adjective ("Russian economy"), not an actor; "Russians" is.
    let adjectival = onlyDemonym && !agent && !p.prefixes.some((x) => x.plural);
    // "the Paris, Amsterdam and Lisbon stock exchanges", "the London market": a capital before a common
    // noun names a place-bound thing, not the government.
    // Also a country's name used attributively: "A US woman is suing", "a UK investment".
    const onlyCapital = p.prefixes.every((x) => x.kind === 'capital' || x.kind === 'country') && !agent && !p.ownerPerson;
    const nextTok = tokens[p.end];
    const inDyad = (tokens[p.start - 1] as Token | undefined)?.lower === '-' || nextTok?.lower === '-'; // "Moscow-Washington contacts"
    if (onlyCapital && !inDyad && nextTok && nextTok.sentence === first.sentence && (nextTok.pos === 'NOUN' || ((nextTok.lower === ',' || nextTok.lower === 'and') && coordinatedModifier(tokens, p.end + 1)))) adjectival = true;
    // "The Russian beat Germany's Schuettler": a singular demonym used as a noun is one person.
    // (Only a demonym: "the Paris, Amsterdam and Lisbon stock exchanges" is a list of modifiers.)
    const demonymNoun = adjectival && onlyDemonym && isNounUse(tokens, p.start, p.end);
    if (demonymNoun) adjectival = false;
    if (!agent && !p.ownerPerson && isLocative(tokens, p.start, first.sentence)) return null; // "in Moscow": a place
    const metonym = p.prefixes.find((x) => x.kind === 'capital' || x.kind === 'seat');
    const sector = p.former ? 'ELI' : (agent?.sector ?? metonym?.sector ?? (demonymNoun ? 'CVL' : null));
    const name = ctx.lex.countries.get(country)?.name ?? country;
    const unknownName = p.unknownName ? text.slice((tokens[p.unknownName[0]] as Token).start, (tokens[p.unknownName[1] - 1] as Token).end) : null;
    return {
      ...base,
      adjectival,
      actor: {
        ...span,
        name: unknownName ?? name,
        country,
        org: null,
        sector,
        role: agent?.role ?? null,
        id: unknownName ? `${country}:${slug(unknownName)}` : sector ? `${country}:${sector}` : country,
      },
    };
  }

  // An agent with no country ("protesters", "riot police"): the country may come from a place
  // ("riot police in Paris") — filled by the refine stage; keep it unresolved here.
  if (agent) {
    const named = p.unknownName ? text.slice((tokens[p.unknownName[0]] as Token).start, (tokens[p.unknownName[1] - 1] as Token).end) : null;
    return {
      ...base,
      actor: { ...span, name: named ?? span.text, country: null, org: null, sector: agent.sector, role: agent.role, id: named ? `?:${slug(named)}` : `?:${agent.sector}` },
    };
  }
  return null;
}

/** "Paris, Amsterdam and Lisbon stock exchanges": a list of names that ends in a common noun. */
function coordinatedModifier(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 8 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN') return true;
    if (!(t.lower === ',' || t.lower === 'and' || t.pos === 'PROPN')) return false;
  }
  return false;
}

function isNounUse(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const determined = before !== undefined && (before.lower === 'the' || before.lower === 'a') && before.sentence === (tokens[start] as Token).sentence;
  return determined && (after === undefined || after.pos === 'VERB' || after.pos === 'AUX' || after.lower === ',' || after.lower === '.');
}

/** The words of the phrase's title ("president", "crown prince"), lower case. */
function titleText(p: Phrase, tokens: readonly Token[]): string {
  const words: string[] = [];
  for (let k = p.start; k < p.end; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN') words.push(t.lower);
  }
  return words.join(' ');
}

/**
 * Who holds a title on a date. The title words decide first ("the Iranian president" is the President,
 * not the Supreme Leader who is head of state; "the Saudi crown prince"), then the office.
 */
function pickHolder(ctx: ActorContext, owner: string, office: string, title: string, date: string): PersonEntry | null {
  const holders = ctx.offices.holders(owner, office, date);
  // "leader" means the paramount leader, whatever their title ("opposition leader" is another phrase).
  const byTitle = title && office !== 'paramount' ? ctx.offices.holdersByTitle(owner, title, date) : [];
  if (byTitle.length === 1) return byTitle[0] as PersonEntry;
  return holders.length === 1 ? (holders[0] as PersonEntry) : null;
}

function isLocative(tokens: readonly Token[], start: number, sentence: number): boolean {
  let k = start - 1;
  if (k >= 0 && (tokens[k] as Token).lower === 'the') k--;
  if (k < 0 || (tokens[k] as Token).sentence !== sentence) return false;
  return LOCATIVE.has((tokens[k] as Token).lower);
}

function personCountry(id: string, ctx: ActorContext): string | null {
  const person = ctx.lex.people.get(id);
  if (!person) return null;
  const role = activeRole(person, ctx.date) ?? activeRole(person, null);
  return role?.country ?? null;
}

function humanOffice(office: string): string {
  return office.replace(/_/g, ' ');
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
