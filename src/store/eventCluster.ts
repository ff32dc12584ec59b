// Cross-article event clustering: mentions of one real-world event in many articles become one events
// row. Two mentions are the same event when (docs/store.md):
//   1. the PLOVER type is the same;
//   2. source matches source and target matches target — or, for the symmetric types CONSULT, AGREE and
//      COOPERATE, source matches target and target matches source ("Xi met Putin" = "Putin met Xi").
//      Actors match when their ids are equal, or they share a country and their sectors agree (equal or
//      one unknown: "Putin" RUS/GOV = "the Kremlin" RUS/GOV), or, without a country, the same organisation;
//   3. their dates, widened by their precision (a month covers the month) and by ±2 days, overlap;
//      a date known only as 'before' X matches only another 'before' date within the tolerance;
//   4. their places are compatible: same country, or at least one unknown;
//   5. their statuses agree: counted statuses (asserted, reported, historical) cluster together, others
//      only with the same status ("will visit" never merges with "visited").
// Among several matching clusters the one whose date is nearest wins, then the oldest. Lookup is by
// (type, dyad key, date) over the whole corpus (event_keys), never a time window.
import { COUNTED_STATUSES, type CodedEvent, type Status } from '../types.ts';
import { sha } from '../ingest/normalise.ts';
import { eventRowFromCoded } from './eventRows.ts';
import type { EventRow } from './schema.ts';

export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
export const DATE_TOLERANCE_DAYS = 2;

/** A mention on its way into a cluster: the article facts plus the coded event. */
export interface ClusterMention {
  id: string;
  articleId: string;
  outlet: string | null;
  published: string | null;
  event: CodedEvent;
}

export interface ClusterState {
  /** The representative events row; num_* kept current by `absorb`. */
  row: EventRow;
  /** Creation order, for deterministic tie-breaks. */
  seq: number;
  /** Publication date of the article behind first_article_id. */
  firstPublished: string | null;
  articles: Set<string>;
  outlets: Set<string>;
  mentions: number;
}

interface ActorKeyFields {
  id: string | null;
  country: string | null;
  org: string | null;
  sector: string | null;
}

function actorOf(row: EventRow, side: 'source' | 'target'): ActorKeyFields | null {
  const a = {
    id: row[`${side}_id`],
    country: row[`${side}_country`],
    org: row[`${side}_org`],
    sector: row[`${side}_sector`],
  };
  return a.id === null && a.country === null && a.org === null ? null : a;
}

/** The part of an actor the index is keyed on: country, else organisation, else id. */
function actorKey(a: ActorKeyFields | null): string {
  return a === null ? '-' : (a.country ?? a.org ?? a.id ?? '-');
}

/** Lookup key of an event: its type and dyad; the dyad is unordered for symmetric types. */
export function clusterKey(row: EventRow): string {
  const s = actorKey(actorOf(row, 'source'));
  const t = actorKey(actorOf(row, 'target'));
  const dyad = SYMMETRIC_TYPES.has(row.type) && t < s ? `${t}>${s}` : `${s}>${t}`;
  return `${row.type}|${dyad}`;
}

export function actorsMatch(a: ActorKeyFields | null, b: ActorKeyFields | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.id !== null && a.id === b.id) return true;
  if (a.country !== null) {
    return a.country === b.country && (a.sector === null || b.sector === null || a.sector === b.sector);
  }
  return b.country === null && a.org !== null && a.org === b.org;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** The days a date may stand for, as [first, last] day numbers, or null without a date. */
export function dateInterval(date: string | null, precision: string | null): [number, number] | null {
  if (date === null) return null;
  const d = dayNumber(date);
  if (Number.isNaN(d)) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  switch (precision) {
    case 'week':
      return [d, d + 6];
    case 'month':
      return [d, Math.floor(Date.UTC(y, m, 0) / DAY_MS)];
    case 'year':
      return [d, Math.floor(Date.UTC(y, 11, 31) / DAY_MS)];
    default:
      return [d, d];
  }
}

/** ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function datesMatch(a: EventRow, b: EventRow): boolean {
  const ia = dateInterval(a.date, a.date_precision);
  const ib = dateInterval(b.date, b.date_precision);
  if (ia === null || ib === null) return false;
  if ((a.date_precision === 'before') !== (b.date_precision === 'before')) return false;
  return ia[0] - DATE_TOLERANCE_DAYS <= ib[1] && ib[0] - DATE_TOLERANCE_DAYS <= ia[1];
}

function statusesMatch(a: string, b: string): boolean {
  const counted = (s: string) => COUNTED_STATUSES.includes(s as Status);
  return counted(a) && counted(b) ? true : a === b;
}

function placesMatch(a: EventRow, b: EventRow): boolean {
  return a.location_country === null || b.location_country === null || a.location_country === b.location_country;
}

/** Whether a mention (as an events row) reports the event a cluster stands for. */
export function sameEvent(cluster: EventRow, m: EventRow): boolean {
  if (cluster.type !== m.type || !statusesMatch(cluster.status, m.status)) return false;
  if (!datesMatch(cluster, m) || !placesMatch(cluster, m)) return false;
  const cs = actorOf(cluster, 'source');
  const ct = actorOf(cluster, 'target');
  const ms = actorOf(m, 'source');
  const mt = actorOf(m, 'target');
  if (cs === null && ct === null && ms === null && mt === null) {
    // No actors at all: only the same named place can tie two reports together.
    return cluster.location_name !== null && cluster.location_name.toLowerCase() === m.location_name?.toLowerCase();
  }
  if (actorsMatch(cs, ms) && actorsMatch(ct, mt)) return true;
  return SYMMETRIC_TYPES.has(m.type) && actorsMatch(cs, mt) && actorsMatch(ct, ms);
}

function midDay(row: EventRow): number {
  const i = dateInterval(row.date, row.date_precision);
  return i === null ? 0 : (i[0] + i[1]) / 2;
}

/** The best cluster for a mention among candidates (nearest date, then oldest), or null. */
export function chooseCluster(candidates: Iterable<ClusterState>, m: EventRow): ClusterState | null {
  let best: ClusterState | null = null;
  let bestDistance = Infinity;
  const mid = midDay(m);
  for (const c of candidates) {
    if (!sameEvent(c.row, m)) continue;
    const distance = Math.abs(midDay(c.row) - mid);
    if (distance < bestDistance || (distance === bestDistance && best !== null && c.seq < best.seq)) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

const DATE_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, before: 4 };
const PLACE_RANK: Record<string, number> = { city: 0, admin1: 1, country: 2, region: 3 };
const STATUS_RANK: Record<string, number> = { asserted: 0, reported: 1, historical: 2 };

function rank(table: Record<string, number>, v: string | null): number {
  return v === null ? 99 : (table[v] ?? 50);
}

/** The events row id of a cluster started by a mention. */
export function clusterIdFor(mentionId: string): string {
  return `ev_${sha(mentionId).slice(0, 20)}`;
}

export function mentionEventRow(m: ClusterMention): EventRow {
  return eventRowFromCoded(m.event, clusterIdFor(m.id), m.articleId, m.published);
}

export function newCluster(m: ClusterMention, row: EventRow, seq: number): ClusterState {
  const state: ClusterState = {
    row: { ...row },
    seq,
    firstPublished: m.published,
    articles: new Set([m.articleId]),
    outlets: new Set(m.outlet === null ? [] : [m.outlet]),
    mentions: 1,
  };
  updateCounts(state);
  return state;
}

/**
 * Add a mention to a cluster. The representative keeps its first mention's actors and codes; it takes a
 * more precise date or place when a later mention has one, the strongest counted status, and the
 * earliest-published article as first_article_id.
 */
export function absorb(c: ClusterState, m: ClusterMention, row: EventRow): void {
  const r = c.row;
  if (rank(DATE_RANK, row.date_precision) < rank(DATE_RANK, r.date_precision)) {
    r.date = row.date;
    r.date_precision = row.date_precision;
  }
  const sameCountry = r.location_country === null || r.location_country === row.location_country;
  if (row.location_name !== null && sameCountry && rank(PLACE_RANK, row.location_precision) < rank(PLACE_RANK, r.location_precision)) {
    r.location_name = row.location_name;
    r.location_country = row.location_country;
    r.location_admin1 = row.location_admin1;
    r.lat = row.lat;
    r.lon = row.lon;
    r.location_precision = row.location_precision;
  }
  if (rank(STATUS_RANK, row.status) < rank(STATUS_RANK, r.status)) r.status = row.status;
  if (m.published !== null && (c.firstPublished === null || m.published < c.firstPublished)) {
    c.firstPublished = m.published;
    r.first_article_id = m.articleId;
  }
  c.articles.add(m.articleId);
  if (m.outlet !== null) c.outlets.add(m.outlet);
  c.mentions++;
  updateCounts(c);
}

function updateCounts(c: ClusterState): void {
  c.row.num_mentions = c.mentions;
  c.row.num_articles = c.articles.size;
  // Articles without a known outlet still count as one source.
  c.row.num_sources = Math.max(1, c.outlets.size);
}

export interface ClusteringResult {
  clusters: ClusterState[];
  /** Mention id → cluster (event) id. */
  assignments: Map<string, string>;
  /** Clusters created here (the rest were among `existing`). */
  created: Set<string>;
  /** Clusters that received at least one mention. */
  touched: Set<string>;
}

/**
 * Cluster mentions in order, against `existing` clusters and those created along the way. The store runs
 * exactly this over candidates fetched by key; tests run it on hand-built events.
 */
export function clusterEvents(
  mentions: readonly ClusterMention[],
  existing: readonly ClusterState[] = [],
  firstSeq = 0,
): ClusteringResult {
  const byKey = new Map<string, ClusterState[]>();
  let nextSeq = firstSeq;
  for (const c of existing) {
    const key = clusterKey(c.row);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
    nextSeq = Math.max(nextSeq, c.seq + 1);
  }
  const assignments = new Map<string, string>();
  const created = new Set<string>();
  const touched = new Set<string>();
  for (const m of mentions) {
    const row = mentionEventRow(m);
    const key = clusterKey(row);
    const list = byKey.get(key) ?? [];
    const target = chooseCluster(list, row);
    if (target === null) {
      const c = newCluster(m, row, nextSeq++);
      list.push(c);
      byKey.set(key, list);
      created.add(c.row.id);
      touched.add(c.row.id);
      assignments.set(m.id, c.row.id);
    } else {
      absorb(target, m, row);
      touched.add(target.row.id);
      assignments.set(m.id, target.row.id);
    }
  }
  return { clusters: [...byKey.values()].flat(), assignments, created, touched };
}
