// Refine — merge mentions of the same event within a document. "a Sunday meeting with Chinese leader
// Xi Jinping", "the two leaders discussed … during their meeting", "Putin briefed Xi" and "The
// Putin-Xi meeting" are one CONSULT: one event with four pieces of evidence. Two mentions merge when
//   - the PLOVER type is the same,
//   - the actors are the same entities (either order for symmetric types), where a person and a
//     collective actor of the same country count as the same side ("Moscow" ~ Putin),
//   - their statuses can describe the same happening (asserted ~ reported; otherwise equal),
//   - their dates do not conflict (two different days never merge) and places share a country.
// Headline mentions only ever add evidence to a body event; alone they are dropped.
import type { Actor, EventDate, Location, Status, Attribution, Evidence, PloverType } from '../../types.ts';
import type { CompiledPattern } from '../../events/patternLexicon.ts';
import { isPerson } from './coreference.ts';

export interface EventMention {
  type: PloverType;
  pattern: CompiledPattern;
  source: Actor | null;
  target: Actor | null;
  status: Status;
  statusCue: string;
  attribution: Attribution | null;
  date: EventDate | null;
  location: Location | null;
  evidence: Evidence[];
  headline: boolean;
  commentary: boolean;
  /** Position of the trigger in the normalised text, for ordering. */
  order: number;
}

const FACTUAL: ReadonlySet<Status> = new Set(['asserted', 'reported']);
/** Generic, hedged, future and hypothetical statements are each their own claim: never merged. */
const MERGEABLE: ReadonlySet<Status> = new Set(['asserted', 'reported', 'historical', 'negated']);

export function mergeMentions(mentions: EventMention[]): EventMention[] {
  adoptSentenceStatus(mentions);
  const body = mentions.filter((m) => !m.headline).sort((a, b) => a.order - b.order);
  const heads = mentions.filter((m) => m.headline);
  const merged: EventMention[] = [];
  for (const m of body) {
    const into = merged.find((e) => compatible(e, m));
    if (into) absorb(into, m);
    else merged.push({ ...m, evidence: [...m.evidence] });
  }
  for (const h of heads) {
    const into = merged.find((e) => compatible(e, { ...h, status: e.status }) && (e.status !== 'generic' && e.status !== 'hypothetical'));
    if (into) absorb(into, { ...h, status: into.status });
  }
  for (const e of merged) e.evidence.sort((a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start);
  return merged;
}

/**
 * An undated nominal re-description inside the sentence of another mention takes that mention's status:
 * "Putin's earlier talks with Trump in Alaska, marking a rare direct engagement between the Russian and
 * American leaders" — the engagement is the same historical talks, not a new event today.
 */
function adoptSentenceStatus(mentions: EventMention[]): void {
  for (const m of mentions) {
    if (m.pattern.pos !== 'NOUN' || m.date || m.status !== 'asserted') continue;
    const sentence = m.evidence[0]?.sentence;
    const other = mentions.find((o) => o !== m && o.evidence[0]?.sentence === sentence && o.status !== 'asserted' && MERGEABLE.has(o.status) && actorsMatch(o, m));
    if (other) {
      m.status = other.status;
      m.date = other.date;
    }
  }
}

function actorsMatch(a: EventMention, b: EventMention): boolean {
  if (a.type !== b.type) return false;
  const symmetric = a.pattern.symmetric || b.pattern.symmetric;
  if (sameSide(a.source, b.source) && sameSide(a.target, b.target)) return true;
  return symmetric && sameSide(a.source, b.target) && sameSide(a.target, b.source);
}

function compatible(a: EventMention, b: EventMention): boolean {
  if (a.type !== b.type) return false;
  if (!MERGEABLE.has(a.status) || !MERGEABLE.has(b.status)) return false;
  if (!statusCompatible(a.status, b.status)) return false;
  if (!datesCompatible(a.date, b.date)) return false;
  if (a.location && b.location && a.location.country && b.location.country && a.location.country !== b.location.country) return false;
  return actorsMatch(a, b);
}

function statusCompatible(a: Status, b: Status): boolean {
  if (a === b) return true;
  return FACTUAL.has(a) && FACTUAL.has(b);
}

function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b) return true;
  if (a.precision === 'day' && b.precision === 'day') return a.value === b.value;
  if (a.precision === 'year' || b.precision === 'year') return a.value.slice(0, 4) === b.value.slice(0, 4);
  if (a.precision === 'month' && b.precision === 'month') return a.value.slice(0, 7) === b.value.slice(0, 7);
  return true;
}

function sameSide(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b) return a === b;
  if (a.id === b.id) return true;
  // A person and a collective actor of the same country: "Moscow" and Putin, "the Kremlin" and Putin.
  if (isPerson(a) !== isPerson(b) && a.country !== null && a.country === b.country) {
    const collective = isPerson(a) ? b : a;
    return collective.sector === null || collective.sector === 'GOV';
  }
  return false;
}

function absorb(into: EventMention, m: EventMention): void {
  into.evidence.push(...m.evidence);
  into.source = moreSpecific(into.source, pickSide(into, m, 'source'));
  into.target = moreSpecific(into.target, pickSide(into, m, 'target'));
  if (m.status === 'reported' && into.status === 'asserted') {
    into.status = 'reported';
    into.attribution = m.attribution;
  }
  if (!into.attribution && m.attribution) into.attribution = m.attribution;
  into.date = morePrecise(into.date, m.date);
  into.location = betterPlace(into.location, m.location);
}

/** The actor of `m` on the same side as into's `side` (symmetric events may be written either way). */
function pickSide(into: EventMention, m: EventMention, side: 'source' | 'target'): Actor | null {
  const mine = into[side];
  if (sameSide(mine, m[side])) return m[side];
  return side === 'source' ? m.target : m.source;
}

function moreSpecific(a: Actor | null, b: Actor | null): Actor | null {
  if (!a) return b;
  if (!b) return a;
  if (isPerson(b) && !isPerson(a)) return b;
  if (a.sector === null && b.sector !== null && a.id !== b.id && !isPerson(a)) return b;
  return a;
}

const DATE_RANK = { day: 5, week: 4, month: 3, year: 2, before: 1 } as const;
function morePrecise(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a) return b;
  if (!b) return a;
  return DATE_RANK[b.precision] > DATE_RANK[a.precision] ? b : a;
}

const PLACE_RANK = { city: 4, admin1: 3, region: 2, country: 1 } as const;
function betterPlace(a: Location | null, b: Location | null): Location | null {
  if (!a) return b;
  if (!b) return a;
  return PLACE_RANK[b.precision] > PLACE_RANK[a.precision] ? b : a;
}
