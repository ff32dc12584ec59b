// Conversions between a coded event and the store's flat rows: the events row (cluster representative)
// and the event_mentions row (one mention, every CodedEvent field, evidence and attribution as JSON).
import type { Actor, CodedEvent } from '../types.ts';
import type { EventRow } from './schema.ts';

export type Row = Record<string, unknown>;

function actorFields(prefix: 'source' | 'target', a: Actor | null): Row {
  return {
    [`${prefix}_id`]: a?.id ?? null,
    [`${prefix}_name`]: a?.name ?? null,
    [`${prefix}_country`]: a?.country ?? null,
    [`${prefix}_org`]: a?.org ?? null,
    [`${prefix}_sector`]: a?.sector ?? null,
    [`${prefix}_role`]: a?.role ?? null,
  };
}

/** The events row a single coded event would make on its own. Events without a date take the article's. */
export function eventRowFromCoded(e: CodedEvent, id: string, articleId: string | null, published: string | null): EventRow {
  const loc = e.location;
  return {
    id,
    date: e.date?.value ?? published,
    date_precision: e.date?.precision ?? (published ? 'day' : null),
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    status: e.status,
    ...(actorFields('source', e.source) as Pick<EventRow, `source_${'id' | 'name' | 'country' | 'org' | 'sector' | 'role'}`>),
    ...(actorFields('target', e.target) as Pick<EventRow, `target_${'id' | 'name' | 'country' | 'org' | 'sector' | 'role'}`>),
    location_name: loc?.name ?? null,
    location_country: loc?.country ?? null,
    location_admin1: loc?.admin1 ?? null,
    lat: loc?.lat ?? null,
    lon: loc?.lon ?? null,
    location_precision: loc?.precision ?? null,
    num_mentions: 1,
    num_sources: 1,
    num_articles: 1,
    first_article_id: articleId,
    rule_id: e.ruleId,
    dictionary_version: e.dictionaryVersion,
    provenance: 'coded',
  };
}

/** The event_mentions row of one mention. */
export function mentionRow(
  e: CodedEvent,
  m: { id: string; eventId: string; articleId: string; outlet: string | null; published: string | null },
): Row {
  const span = (prefix: string, s: { text: string; start: number; end: number } | null): Row => ({
    [`${prefix}_text`]: s?.text ?? null,
    [`${prefix}_start`]: s?.start ?? null,
    [`${prefix}_end`]: s?.end ?? null,
  });
  return {
    id: m.id,
    event_id: m.eventId,
    article_id: m.articleId,
    outlet: m.outlet,
    article_published: m.published,
    coder_event_id: e.id,
    type: e.type,
    mode: e.mode,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    status: e.status,
    ...actorFields('source', e.source),
    ...span('source', e.source),
    ...actorFields('target', e.target),
    ...span('target', e.target),
    location_name: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    location_admin1: e.location?.admin1 ?? null,
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
    location_precision: e.location?.precision ?? null,
    ...span('location', e.location),
    date: e.date?.value ?? m.published,
    date_precision: e.date?.precision ?? (m.published ? 'day' : null),
    date_text: e.date?.text ?? null,
    attribution: e.attribution ? JSON.stringify(e.attribution) : null,
    evidence: JSON.stringify(e.evidence),
    rule_id: e.ruleId,
    dictionary_version: e.dictionaryVersion,
  };
}
