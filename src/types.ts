// The data model every stage, store and exporter shares. Mirrors schema/event.schema.json.

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE',
  'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export const STATUSES = [
  'asserted', 'reported', 'hedged', 'negated', 'future', 'hypothetical', 'historical', 'generic',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses counted by analytics unless the caller asks for all. */
export const COUNTED_STATUSES: readonly Status[] = ['asserted', 'reported', 'historical'];

export type QuadClass = 1 | 2 | 3 | 4;

/** A character span into the *input* text (JS string indices, end exclusive). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Actor extends Span {
  /** Canonical name: "Vladimir Putin", "Russia", "North Atlantic Treaty Organization". */
  name: string;
  /** ISO 3166-1 alpha-3, or null for organisations without a country. */
  country: string | null;
  /** Organisation/bloc code: UN, EU, NATO, SCO, WST, NGO, … or null. */
  org: string | null;
  /** PLOVER sector code: GOV, MIL, REB, COP, JUD, LEG, OPP, CVL, JRN, BUS, … or null when unknown. */
  sector: string | null;
  /** Office or role, e.g. "head of state", "foreign minister", "aide"; null for collective actors. */
  role: string | null;
  /** Stable actor id: a person id ("putin"), an org code, or "RUS:GOV"-style code for collective actors. */
  id: string;
}

export type LocationPrecision = 'city' | 'admin1' | 'country' | 'region';

export interface Location extends Span {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: LocationPrecision;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'before';

export interface EventDate {
  /** ISO date (YYYY-MM-DD); for month/year precision the first day of the period; for `before` the bound. */
  value: string;
  precision: DatePrecision;
  /** The words the date came from, or "" when it defaults to the article date. */
  text: string;
}

export interface Attribution {
  speaker: Actor | null;
  /** How the claim reached us: "Russian media", "a statement", "state television", … */
  channel: string | null;
}

export interface Evidence {
  /** Sentence index within the document. */
  sentence: number;
  /** The sentence text (as in the input). */
  text: string;
  /** Sentence span in the input. */
  start: number;
  end: number;
  trigger: Span;
  ruleId: string;
}

export interface CodedEvent {
  id: string;
  articleId: string | null;
  type: PloverType;
  mode: string | null;
  /** CAMEO code as a string ("040", "1823"). */
  cameo: string;
  quadClass: QuadClass;
  goldstein: number;
  source: Actor | null;
  target: Actor | null;
  location: Location | null;
  date: EventDate | null;
  status: Status;
  attribution: Attribution | null;
  evidence: Evidence[];
  ruleId: string;
  dictionaryVersion: string;
}

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
  /** True when the sentence is commentary/opinion rather than a report of events. */
  commentary: boolean;
}

export interface Warning {
  code: string;
  message: string;
}

export interface CodeOptions {
  /** Publication date of the article (YYYY-MM-DD or Date). Relative dates resolve against it. */
  date?: string | Date;
  articleId?: string;
  title?: string;
}

export interface CodeResult {
  events: CodedEvent[];
  sentences: SentenceInfo[];
  warnings: Warning[];
}
