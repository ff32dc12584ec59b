// The JSON shapes the API gives events and mentions: nested actors and places instead of the store's
// flat columns, camelCase names, and the article offsets of everything a mention points at.
import type { EventRow } from '../store/schema.ts';
import type { StoredMention } from '../store/Store.ts';
import type { Attribution, Evidence } from '../types.ts';
import { mentionSpans, type TextSpan } from './articleSpans.ts';

export interface ActorJson {
  id: string | null;
  name: string | null;
  country: string | null;
  org: string | null;
  sector: string | null;
  role: string | null;
}

export interface EventJson {
  id: string;
  date: string | null;
  datePrecision: string | null;
  type: string;
  mode: string | null;
  cameo: string;
  quadClass: number;
  goldstein: number;
  status: string;
  source: ActorJson | null;
  target: ActorJson | null;
  location: { name: string | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  mentions: number;
  sources: number;
  articles: number;
  firstArticleId: string | null;
  ruleId: string | null;
  dictionaryVersion: string | null;
  provenance: string;
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

function actorOf(r: Record<string, unknown>, side: 'source' | 'target'): ActorJson | null {
  const a: ActorJson = {
    id: str(r[`${side}_id`]),
    name: str(r[`${side}_name`]),
    country: str(r[`${side}_country`]),
    org: str(r[`${side}_org`]),
    sector: str(r[`${side}_sector`]),
    role: str(r[`${side}_role`]),
  };
  return a.id === null && a.name === null && a.country === null && a.org === null ? null : a;
}

export function eventJson(r: EventRow): EventJson {
  const row = r as unknown as Record<string, unknown>;
  const hasPlace = r.location_name !== null || r.lat !== null;
  return {
    id: r.id,
    date: r.date === null ? null : String(r.date).slice(0, 10),
    datePrecision: r.date_precision,
    type: r.type,
    mode: r.mode,
    cameo: r.cameo,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    status: r.status,
    source: actorOf(row, 'source'),
    target: actorOf(row, 'target'),
    location: hasPlace
      ? { name: r.location_name, country: r.location_country, admin1: r.location_admin1, lat: num(r.lat), lon: num(r.lon), precision: r.location_precision }
      : null,
    mentions: Number(r.num_mentions),
    sources: Number(r.num_sources),
    articles: Number(r.num_articles),
    firstArticleId: r.first_article_id,
    ruleId: r.rule_id,
    dictionaryVersion: r.dictionary_version,
    provenance: r.provenance,
  };
}

export interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export interface MentionJson {
  id: string;
  eventId: string;
  articleId: string;
  article: ArticleRef | null;
  outlet: string | null;
  type: string;
  status: string;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  source: (ActorJson & { text: string | null }) | null;
  target: (ActorJson & { text: string | null }) | null;
  location: { name: string | null; country: string | null; text: string | null } | null;
  attribution: Attribution | null;
  evidence: Evidence[];
  /** Triggers, actors, place, date and speaker as offsets into the article text. */
  spans: TextSpan[];
  ruleId: string | null;
  dictionaryVersion: string | null;
}

export function mentionJson(m: StoredMention, article: ArticleRef | null): MentionJson {
  const r = m.row;
  const withText = (side: 'source' | 'target') => {
    const a = actorOf(r, side);
    return a ? { ...a, text: str(r[`${side}_text`]) } : null;
  };
  return {
    id: m.id,
    eventId: m.eventId,
    articleId: m.articleId,
    article,
    outlet: m.outlet,
    type: m.type,
    status: m.status,
    date: m.date === null ? null : String(m.date).slice(0, 10),
    datePrecision: str(r.date_precision),
    dateText: str(r.date_text),
    source: withText('source'),
    target: withText('target'),
    location: r.location_name == null && r.location_text == null
      ? null
      : { name: str(r.location_name), country: str(r.location_country), text: str(r.location_text) },
    attribution: m.attribution,
    evidence: m.evidence,
    spans: mentionSpans(m),
    ruleId: str(r.rule_id),
    dictionaryVersion: str(r.dictionary_version),
  };
}
