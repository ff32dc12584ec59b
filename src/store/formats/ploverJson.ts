// PLOVER-style JSON: one object per event, with the field names of the PLOVER event data format
// (event, mode, context, source/target as lists of actors with actorText/code/sector, eventText,
// eventLoc) and Entente's additions (status, counts, provenance, every mention's evidence).
import type { EventRow } from '../schema.ts';
import type { StoredMention } from '../Store.ts';
import { cameoActorCode } from './actorCodes.ts';

export interface ArticleInfo {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

function actor(e: EventRow, side: 'source' | 'target', text: string | null): Record<string, unknown>[] {
  if (e[`${side}_id`] === null && e[`${side}_country`] === null && e[`${side}_org`] === null) return [];
  return [
    {
      actorText: text ?? e[`${side}_name`],
      code: cameoActorCode(e[`${side}_country`], e[`${side}_org`], e[`${side}_sector`]),
      id: e[`${side}_id`],
      name: e[`${side}_name`],
      country: e[`${side}_country`],
      org: e[`${side}_org`],
      sector: e[`${side}_sector`],
      role: e[`${side}_role`],
    },
  ];
}

export function toPloverJson(e: EventRow, mentions: readonly StoredMention[], articles: ReadonlyMap<string, ArticleInfo>): Record<string, unknown> {
  const first = mentions[0];
  const firstEvidence = first?.evidence[0];
  return {
    id: e.id,
    date: e.date,
    datePrecision: e.date_precision,
    event: e.type,
    mode: e.mode,
    context: [],
    status: e.status,
    cameo: e.cameo,
    quadClass: e.quad_class,
    goldstein: e.goldstein,
    source: actor(e, 'source', (first?.row.source_text as string | null) ?? null),
    target: actor(e, 'target', (first?.row.target_text as string | null) ?? null),
    eventText: firstEvidence?.trigger.text ?? null,
    eventLoc:
      e.location_name === null
        ? null
        : { name: e.location_name, country: e.location_country, admin1: e.location_admin1, lat: e.lat, lon: e.lon, precision: e.location_precision },
    numMentions: e.num_mentions,
    numSources: e.num_sources,
    numArticles: e.num_articles,
    provenance: e.provenance,
    ruleId: e.rule_id,
    dictionaryVersion: e.dictionary_version,
    mentions: mentions.map((m) => {
      const a = articles.get(m.articleId);
      return {
        articleId: m.articleId,
        url: a?.url ?? null,
        outlet: a?.outlet ?? m.outlet,
        title: a?.title ?? null,
        published: a?.published ?? null,
        status: m.status,
        date: m.date,
        attribution: m.attribution,
        evidence: m.evidence,
      };
    }),
  };
}
