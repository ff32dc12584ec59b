// Attribution: who says so, and through what channel.
//   "Yuri Ushakov, Putin's foreign policy aide, confirmed to Russian media that …" → Ushakov, "Russian media"
//   "…, the Kremlin said in a statement."  → the Kremlin, "a statement"
//   "According to state media, …"          → state media
import type { Token } from '../text/tokenise.ts';
import type { ActorMention } from '../actors/actorMentions.ts';
import { subjectOf, type SentenceActors } from './arguments.ts';
import { cueAt, type Cues } from './cues.ts';

export interface AttributionScope {
  speaker: ActorMention | null;
  channel: string | null;
  /** Token of the speech verb. */
  verb: number;
  /** Events whose trigger lies in [from, to) are reported by this speaker. */
  from: number;
  to: number;
  /** The speech verb hedges ("claimed", "alleged"). */
  hedging: boolean;
  /** The speech verb denies ("Moscow denied that …"): what it covers did not happen, per the speaker. */
  negating: boolean;
}

export function findAttributions(tokens: readonly Token[], sStart: number, sEnd: number, text: string, actors: SentenceActors, cues: Cues): AttributionScope[] {
  const out: AttributionScope[] = [];
  for (let k = sStart; k < sEnd; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'according' && (tokens[k + 1] as Token | undefined)?.lower === 'to') {
      const m = actors.byStart.get(skipDet(tokens, k + 2, sEnd));
      const channel = phraseUntil(tokens, k + 2, sEnd, text);
      out.push({ speaker: m ?? null, channel: m ? null : channel, verb: k, from: sStart, to: sEnd, hedging: false, negating: false });
      continue;
    }
    const negating = cueAt(cues.denialVerbs, tokens, k, sEnd) > 0;
    // wink tags a closing "…, a new book claims." as a plural noun.
    const verbish = t.pos === 'VERB' || (t.pos === 'NOUN' && endsSentence(tokens, k + 1, sEnd));
    if (!verbish || cueAt(cues.speechVerbs, tokens, k, sEnd) === 0 && cueAt(cues.hedgingSpeechVerbs, tokens, k, sEnd) === 0 && !negating) continue;
    const hedging = cueAt(cues.hedgingSpeechVerbs, tokens, k, sEnd) > 0;
    let speaker: ActorMention | null = subjectOf(tokens, k, sStart, actors)[0] ?? null;
    let speakerAfter = false;
    if (!speaker) {
      const after = actors.byStart.get(skipDet(tokens, k + 1, sEnd));
      if (after) {
        speaker = after;
        speakerAfter = true;
      }
    }
    // Post-posed: "…, said Peskov." / "…, Peskov said." — the reported content comes first.
    const postposed = speakerAfter
      ? k > sStart && (tokens[k - 1] as Token).lower === ','
      : speaker !== null && speaker.tokenStart > sStart && (tokens[speaker.tokenStart - 1] as Token).lower === ',';
    const channel = channelAfter(tokens, k + 1, sEnd, text, cues);
    // "Blair promised Brown he would stand down, a new book claims.": a speech verb closing the sentence
    // after a comma-set source the dictionaries do not hold still reports what comes before the comma.
    const closing = !postposed && endsSentence(tokens, k + 1, sEnd) ? lastComma(tokens, sStart, k) : -1;
    if (closing > sStart) out.push({ speaker: null, channel, verb: k, from: sStart, to: closing, hedging, negating });
    else if (postposed) out.push({ speaker, channel, verb: k, from: sStart, to: speaker ? Math.min(speaker.tokenStart, k) : k, hedging, negating });
    else out.push({ speaker, channel, verb: k, from: k + 1, to: sEnd, hedging, negating });
  }
  return out;
}

function endsSentence(tokens: readonly Token[], from: number, sEnd: number): boolean {
  for (let k = from; k < sEnd; k++) if ((tokens[k] as Token).pos !== 'PUNCT') return false;
  return true;
}

/** The last comma in [from, to) with no verb after it: ", a new book about the chancellor claims". */
function lastComma(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    const t = tokens[k] as Token;
    // ", despite Labour claims": a prepositional phrase is no source.
    if (t.lower === ',') return ['ADP', 'SCONJ'].includes((tokens[k + 1] as Token | undefined)?.pos ?? '') ? -1 : k;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

function skipDet(tokens: readonly Token[], k: number, sEnd: number): number {
  while (k < sEnd && ['the', 'a', 'an'].includes((tokens[k] as Token).lower)) k++;
  return k;
}

/** "to Russian media", "told reporters", "in a statement", "on state television". */
function channelAfter(tokens: readonly Token[], from: number, sEnd: number, text: string, cues: Cues): string | null {
  for (let k = from; k < sEnd && k < from + 8; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || t.lower === ',' || t.lower === '.') break;
    if (cueAt(cues.channelNouns, tokens, k, sEnd) > 0 || (t.lemma === 'medium' && t.lower === 'media')) {
      // Channel phrase: from the token after the preposition (or the verb) to the channel noun.
      let s = k;
      while (s > from && !['to', 'in', 'on', 'during', 'at', 'told', 'via'].includes((tokens[s - 1] as Token).lower)) s--;
      const first = tokens[s] as Token;
      return text.slice(first.start, t.end);
    }
  }
  return null;
}

function phraseUntil(tokens: readonly Token[], from: number, sEnd: number, text: string): string | null {
  let k = from;
  while (k < sEnd && ![',', '.', ';', 'that'].includes((tokens[k] as Token).lower)) k++;
  if (k === from) return null;
  return text.slice((tokens[from] as Token).start, (tokens[k - 1] as Token).end);
}
