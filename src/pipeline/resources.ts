// Everything the pipeline compiles from the dictionaries, built once per process (lazy).
import { loadDictionaries } from '../dictionaries/load.ts';
import type { Dictionaries } from '../dictionaries/types.ts';
import { compileActorLexicon, type ActorLexicon } from '../actors/actorLexicon.ts';
import { buildOfficeIndex, type OfficeIndex } from '../actors/tenure.ts';
import { compilePatterns, type PatternLexicon } from '../events/patternLexicon.ts';
import { loadCues, type Cues } from '../events/cues.ts';

export interface Resources {
  dictionaries: Dictionaries;
  actors: ActorLexicon;
  offices: OfficeIndex;
  patterns: PatternLexicon;
  cues: Cues;
}

let cached: Resources | null = null;

export function resources(): Resources {
  if (cached) return cached;
  const dictionaries = loadDictionaries();
  cached = {
    dictionaries,
    actors: compileActorLexicon(dictionaries),
    offices: buildOfficeIndex(dictionaries.people),
    patterns: compilePatterns(dictionaries),
    cues: loadCues(),
  };
  return cached;
}
