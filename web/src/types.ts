// The API's JSON, typed from the server code that produces it (type-only imports: nothing of the
// server is bundled).
export type { EventJson, MentionJson, ActorJson, ArticleRef } from '../../src/api/eventJson.ts';
export type { TextSpan, SpanKind } from '../../src/api/articleSpans.ts';
export type { DyadSeries, DyadBucket, TriangleResult, TriangleWindow, TriangleEdge, ChangePointResult, EventRef } from '../../src/analysis/index.ts';
export type { CodeResult, CodedEvent, Evidence } from '../../src/types.ts';
import type { EventJson, MentionJson } from '../../src/api/eventJson.ts';
import type { TextSpan } from '../../src/api/articleSpans.ts';
import type { StoreStats } from '../../src/store/Store.ts';

export interface QuadCounts {
  1: number;
  2: number;
  3: number;
  4: number;
}

export interface StatsResponse {
  corpus: StoreStats;
  eventsOverTime: { by: string; counted: string; buckets: { start: string; events: number; byQuad: QuadCounts }[] };
  topDyads: { a: string; b: string; events: number; coop: number; conflict: number; goldsteinMean: number }[];
  latest: EventJson[];
}

export interface EventsResponse {
  total: number;
  events: EventJson[];
  nextCursor: string | null;
}

export interface EventDetailResponse {
  event: EventJson;
  mentions: MentionJson[];
  imported: { format: string; sourceUrl: string | null; sourceRef: string | null } | null;
}

export interface ArticleResponse {
  article: {
    id: string;
    title: string | null;
    url: string | null;
    outlet: string | null;
    published: string | null;
    byline: string | null;
    language: string;
    coded: boolean;
    numEvents: number;
    duplicateOf: string | null;
    duplicateKind: string | null;
    similarity: number | null;
  };
  text: string;
  sentences: { index: number; start: number; end: number; commentary: boolean }[];
  spans: TextSpan[];
  mentions: Omit<MentionJson, 'spans' | 'article'>[];
}

export interface PlacesResponse {
  places: { name: string | null; country: string | null; precision: string | null; lat: number; lon: number; events: number; coop: number; conflict: number; goldsteinMean: number }[];
}

export interface ActorsResponse {
  actors: { selector: string; kind: string; name: string | null; events: number }[];
}
