// Hand-built actors, events and articles for store and clustering tests: no dependence on the coder.
import type { Actor, CodedEvent, Location, PloverType, Status } from '../../src/types.ts';
import type { ArticleRecord } from '../../src/store/Store.ts';

const ACTORS: Record<string, Omit<Actor, 'text' | 'start' | 'end'>> = {
  putin: { id: 'putin', name: 'Vladimir Putin', country: 'RUS', org: null, sector: 'GOV', role: 'head of state' },
  kremlin: { id: 'RUS:GOV', name: 'Russia', country: 'RUS', org: null, sector: 'GOV', role: null },
  russia: { id: 'RUS', name: 'Russia', country: 'RUS', org: null, sector: null, role: null },
  xi: { id: 'xi', name: 'Xi Jinping', country: 'CHN', org: null, sector: 'GOV', role: 'head of state' },
  beijing: { id: 'CHN:GOV', name: 'China', country: 'CHN', org: null, sector: 'GOV', role: null },
  ukraine: { id: 'UKR', name: 'Ukraine', country: 'UKR', org: null, sector: null, role: null },
  ukrmil: { id: 'UKR:MIL', name: 'Ukraine', country: 'UKR', org: null, sector: 'MIL', role: null },
  rusmil: { id: 'RUS:MIL', name: 'Russia', country: 'RUS', org: null, sector: 'MIL', role: null },
  nato: { id: 'NATO', name: 'North Atlantic Treaty Organization', country: null, org: 'NATO', sector: null, role: null },
  eu: { id: 'EU', name: 'European Union', country: null, org: 'EU', sector: null, role: null },
};

export function actor(key: keyof typeof ACTORS | string, text = key): Actor {
  const a = ACTORS[key];
  if (!a) throw new Error(`no test actor ${key}`);
  return { ...a, text, start: 0, end: text.length };
}

const PLACES: Record<string, Omit<Location, 'text' | 'start' | 'end'>> = {
  tianjin: { name: 'Tianjin', country: 'CHN', admin1: 'Tianjin', lat: 39.13, lon: 117.2, precision: 'city' },
  china: { name: 'China', country: 'CHN', admin1: null, lat: null, lon: null, precision: 'country' },
  kharkiv: { name: 'Kharkiv', country: 'UKR', admin1: 'Kharkiv Oblast', lat: 49.99, lon: 36.23, precision: 'city' },
  moscow: { name: 'Moscow', country: 'RUS', admin1: 'Moscow', lat: 55.75, lon: 37.62, precision: 'city' },
};

export function place(key: string): Location {
  const p = PLACES[key];
  if (!p) throw new Error(`no test place ${key}`);
  return { ...p, text: p.name, start: 0, end: p.name.length };
}

const CAMEO: Record<string, [string, 1 | 2 | 3 | 4, number]> = {
  CONSULT: ['040', 1, 1],
  AGREE: ['057', 1, 8],
  COOPERATE: ['060', 2, 6],
  SANCTION: ['163', 3, -8],
  ASSAULT: ['190', 4, -10],
  ACCUSE: ['112', 3, -2],
  SUPPORT: ['051', 1, 3.5],
};

export interface EventSpec {
  type?: PloverType;
  source?: string | null;
  target?: string | null;
  date?: string | null;
  precision?: 'day' | 'week' | 'month' | 'year' | 'before';
  place?: string | null;
  status?: Status;
  text?: string;
  id?: string;
}

/** A CodedEvent with sensible defaults: "Putin met Xi on 2025-08-31". */
export function event(spec: EventSpec = {}): CodedEvent {
  const type = spec.type ?? 'CONSULT';
  const [cameo, quadClass, goldstein] = CAMEO[type] ?? ['040', 1, 1];
  const text = spec.text ?? 'Putin met Xi.';
  return {
    id: spec.id ?? 'ev1',
    articleId: null,
    type,
    mode: null,
    cameo,
    quadClass,
    goldstein,
    source: spec.source === null ? null : actor(spec.source ?? 'putin'),
    target: spec.target === null ? null : actor(spec.target ?? 'xi'),
    location: spec.place ? place(spec.place) : null,
    date: spec.date === null ? null : { value: spec.date ?? '2025-08-31', precision: spec.precision ?? 'day', text: '' },
    status: spec.status ?? 'asserted',
    attribution: null,
    evidence: [{ sentence: 0, text, start: 0, end: text.length, trigger: { text: 'met', start: 6, end: 9 }, ruleId: 'test.rule' }],
    ruleId: 'test.rule',
    dictionaryVersion: 'test',
  };
}

export function article(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: `https://example.org/${id}`,
    outlet: 'Example',
    title: `Title ${id}`,
    byline: null,
    published: '2025-09-01',
    language: 'en',
    text: `Text of ${id}.`,
    duplicateOf: null,
    duplicateKind: null,
    similarity: null,
    externalId: id,
    origin: `test:${id}`,
    coded: true,
    numEvents: 0,
    minhash: null,
    bands: [],
    runId: null,
    ...over,
  };
}
