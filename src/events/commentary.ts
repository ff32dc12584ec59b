// Commentary detection: opinion and analysis sentences ("This shift marks…", "For international
// observers, …", "Washington can no longer…") report no new event. Their events keep only a
// non-counted status (refine stage), so analytics never count opinion as fact.
import type { Token, SentenceSpan } from '../text/tokenise.ts';
import { cueAt, findCue, type Cues, type CueSet } from './cues.ts';

export function isCommentary(tokens: readonly Token[], s: SentenceSpan, cues: Cues): boolean {
  if (s.headline) return false;
  const from = s.tokenStart;
  const to = s.tokenEnd;
  if (cueAt(cues.commentaryOpeners, tokens, from, to) > 0) return true;
  if (findCue(cues.commentaryModals, tokens, from, to) >= 0) return true;
  // An evaluative verb in the present tense as the sentence's verb: "… suggests that …", "… marks …".
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') continue;
    // Finite forms only ("suggests", "marks"): "signaling" in a participle clause is not the main verb.
    if (!isExactCue(cues.commentaryVerbs, t.lower) && cueAt(cues.commentaryVerbs, tokens, k, to) < 2) continue;
    const prev = tokens[k - 1] as Token;
    // "to signal", "would mean": infinitives and modal forms are not the evaluative main verb.
    if (prev.lower === 'to' || prev.pos === 'AUX') continue;
    if (t.pos === 'NOUN' && !/s$/.test(t.lower)) continue;
    return true;
  }
  return false;
}

function isExactCue(set: CueSet, word: string): boolean {
  return (set.byFirst.get(word) ?? []).some((w) => w.length === 1);
}
