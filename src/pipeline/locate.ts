// Stage 4b — places in a sentence, minus names already used as actors: "Moscow" acting ("Moscow
// said") is the Russian government, "in Moscow" is a place; "Shanghai" inside "Shanghai Cooperation
// Organization" is part of an organisation's name.
import type { Location } from '../types.ts';
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import type { ActorMention } from '../actors/actorMentions.ts';
import { findPlaces } from '../places/placeMatcher.ts';

export function findPlacesIn(text: string, s: SentenceSpan, tokens: readonly Token[], mentions: readonly ActorMention[]): Location[] {
  const places = findPlaces(text, s.start, s.end);
  if (places.length === 0) return places;
  const taken = mentions
    .filter((m) => m.kind === 'actor' && !m.adjectival)
    .map((m) => [(tokens[m.tokenStart] as Token).start, (tokens[m.tokenEnd - 1] as Token).end] as const);
  return places.filter((p) => !taken.some(([a, b]) => p.start < b && a < p.end));
}
