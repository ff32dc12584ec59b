// Shapes of the data files under dictionaries/ (see dictionaries/FORMAT.md).

export interface CountryEntry {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  seats: { text: string; sector: string }[];
  caseSensitive?: string[];
}

export interface OrganisationEntry {
  code: string;
  name: string;
  names: string[];
  kind: string;
  parent: string | null;
  country: string | null;
  sector: string | null;
  caseSensitive?: string[];
}

export interface PersonRole {
  country: string | null;
  org?: string | null;
  sector: string;
  office: string;
  title: string;
  from: string;
  to: string | null;
  paramount?: boolean;
}

export interface PersonEntry {
  id: string;
  name: string;
  aliases: string[];
  roles: PersonRole[];
}

export interface AgentEntry {
  terms: string[];
  sector: string;
  role?: string;
  office?: string;
}

export interface EventPattern {
  id: string;
  match: string;
  pos: 'VERB' | 'NOUN';
  cameo: string;
  mode: string | null;
  targetPreps?: string[];
  sourcePreps?: string[];
  symmetric?: boolean;
  requiresTarget?: boolean;
  needsPoliticalActor?: boolean;
  priority?: number;
  notFollowedBy?: string[];
  prepOnly?: boolean;
  noSecondObject?: boolean;
  notAfterObject?: string[];
  clauseNeeds?: string[];
  noModifierSource?: boolean;
  note?: string;
}

export interface EventPatternFile {
  type: string;
  notes?: string;
  patterns: EventPattern[];
}

export interface CameoEntry {
  name: string;
  goldstein: number;
}

/** Head words of noun phrases that never name an actor (dictionaries/actors/topicHeads.json). */
export interface TopicHeads {
  nonActors: string[];
  things: string[];
  happenings: string[];
  authored: string[];
}

export interface Dictionaries {
  version: string;
  countries: CountryEntry[];
  organisations: OrganisationEntry[];
  people: PersonEntry[];
  agents: AgentEntry[];
  topicHeads: TopicHeads;
  events: EventPatternFile[];
  cameo: Record<string, CameoEntry>;
}
