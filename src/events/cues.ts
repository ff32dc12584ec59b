// Cue lists for status, attribution and commentary, loaded from dictionaries/cues.json and compiled
// into token-sequence sets once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR } from '../dictionaries/load.ts';
import type { Token } from '../text/tokenise.ts';

type CueName = 'sportsWords' | 'verbalConflictVerbs' | 'denialVerbs' | 'nonEventNouns' | 'intransitiveTriggers' | 'negation' | 'future' | 'hedge' | 'hypothetical' | 'generic' | 'historical' | 'speechVerbs' | 'hedgingSpeechVerbs' | 'channelNouns' | 'commentaryOpeners' | 'commentaryVerbs' | 'commentaryModals' | 'commentaryStarters' | 'courtWords' | 'firmNameWords' | 'questionOpeners' | 'verbalProtestWords' | 'hedgingFrames';

export interface CueSet {
  /** First token → list of full token sequences starting with it. */
  byFirst: Map<string, string[][]>;
}

export type Cues = Record<CueName, CueSet>;

let cached: Cues | null = null;

export function loadCues(): Cues {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(DICTIONARY_DIR, 'cues.json'), 'utf8')) as Record<string, unknown>;
  const out = {} as Cues;
  for (const [name, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) continue;
    const byFirst = new Map<string, string[][]>();
    for (const phrase of list as string[]) {
      const words = phrase.toLowerCase().replace(/n't/g, " n't").replace(/'ll/g, " 'll").split(/\s+/).filter(Boolean);
      const first = words[0] as string;
      const l = byFirst.get(first) ?? [];
      l.push(words);
      byFirst.set(first, l);
    }
    out[name as CueName] = { byFirst };
  }
  cached = out;
  return out;
}

/** Length of the cue starting at token k (matching lower form or lemma), or 0. */
export function cueAt(set: CueSet, tokens: readonly Token[], k: number, limit: number): number {
  const t = tokens[k];
  if (!t) return 0;
  const lists = set.byFirst.get(t.lower) ?? set.byFirst.get(t.lemma);
  if (!lists) return 0;
  let best = 0;
  for (const words of lists) {
    if (k + words.length > limit) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      const tk = tokens[k + w] as Token;
      if (tk.lower !== words[w] && tk.lemma !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) best = Math.max(best, words.length);
  }
  return best;
}

/** First token index in [from, to) where a cue of `set` starts, or -1. */
export function findCue(set: CueSet, tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (cueAt(set, tokens, k, to) > 0) return k;
  return -1;
}
