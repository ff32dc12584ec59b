import type { Location } from '../types.ts';
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import type { ActorMention } from '../actors/actorMentions.ts';
export function findPlacesIn(_text: string, _s: SentenceSpan, _tokens: readonly Token[], _mentions: readonly ActorMention[]): Location[] {
  return [];
}
