// Refine — within-document coreference. Resolves "he", "they", "their", "the two leaders" to actors
// seen earlier in the document:
//   "Putin met Xi on Sunday. The two leaders discussed …" → the two leaders = {Putin, Xi}
//   "Peskov said he …"                                  → he = Peskov
// Memory is the ordered list of resolved actors; pronouns look back at most two sentences.
import type { Actor } from '../../types.ts';
import type { ActorMention } from '../../actors/actorMentions.ts';

interface Seen {
  actor: Actor;
  sentence: number;
  /** One person named by an office or agent word ("the UK's top judge"), not by name. */
  official: boolean;
}

// Head words of a singular agent phrase that names one person ("the top judge", "a senior official").
const HUMAN_HEAD = /(man|woman|judge|official|minister|chief|leader|president|secretary|ambassador|envoy|commander|general|officer|mayor|governor|chairman|director|aide|adviser|advisor)$/;
const PERSON_GROUP = new Set(['leaders', 'presidents', 'men', 'ministers', 'delegations']);

export class CoreferenceMemory {
  private readonly seen: Seen[] = [];
  /** The last coordinated pair used as an argument ("Putin and Xi met"), for "they". */
  private lastPair: Actor[] = [];
  private lastPairSentence = -Infinity;
  /**
   * Sentences whose subject is a name the dictionaries do not hold ("Yukos is suing …", "Mr Jackson, who
   * …"): the next sentence's "it"/"he" most likely means that unknown name, not a known actor beside it.
   */
  private readonly unknownSubject = new Set<number>();
  /** Sentences where "he"/"she"/"it" stayed unresolved: a chain about an unknown referent. */
  private readonly unresolvedPronoun = new Set<number>();

  noteUnknownSubject(sentence: number): void {
    this.unknownSubject.add(sentence);
  }

  remember(m: ActorMention, sentence: number): void {
    if (m.actor && !m.adjectival && (m.actor.country || m.actor.org)) {
      const official = !isPerson(m.actor) && !m.plural && m.members.length === 0 && m.actor.sector !== null && (m.actor.role !== null || HUMAN_HEAD.test(m.word));
      this.seen.push({ actor: m.actor, sentence, official });
    }
  }

  rememberPair(actors: Actor[], sentence: number): void {
    if (actors.length >= 2) {
      this.lastPair = actors.slice(0, 2);
      this.lastPairSentence = sentence;
    }
  }

  /** The last pair, while it is at most three sentences back ("Putin and Xi met … Their meeting"). */
  private recentPair(sentence: number): Actor[] {
    return sentence - this.lastPairSentence <= 3 ? this.lastPair : [];
  }

  /** Fills `members` (groups, "they") or `actor` (he/she) of an unresolved mention; false if unresolvable. */
  resolve(m: ActorMention, sentence: number, span: { text: string; start: number; end: number }): boolean {
    if (m.kind === 'group') {
      const wantPeople = PERSON_GROUP.has(m.word);
      const picked: Actor[] = [];
      for (let k = this.seen.length - 1; k >= 0 && picked.length < 2; k--) {
        const a = (this.seen[k] as Seen).actor;
        if (wantPeople && !isPerson(a)) continue;
        if (!wantPeople && isPerson(a)) continue;
        if (picked.some((p) => sameEntity(p, a))) continue;
        picked.unshift(a);
      }
      // "the two leaders": prefer heads of state/government over aides mentioned in between.
      if (m.word === 'leaders' || m.word === 'presidents') {
        const leaders: Actor[] = [];
        for (let k = this.seen.length - 1; k >= 0 && leaders.length < 2; k--) {
          const a = (this.seen[k] as Seen).actor;
          if (isPerson(a) && isLeader(a) && !leaders.some((p) => sameEntity(p, a))) leaders.unshift(a);
        }
        if (leaders.length === 2) picked.splice(0, picked.length, ...leaders);
      }
      // "the two sides", "both countries": states and organisations, not the firms named in between
      // ("The US and the EU … Boeing said … the two sides agreed" = the US and the EU).
      if (!wantPeople && picked.some(isFirm)) {
        const political: Actor[] = [];
        for (let k = this.seen.length - 1; k >= 0 && political.length < 2; k--) {
          const a = (this.seen[k] as Seen).actor;
          if (!isPerson(a) && !isFirm(a) && !political.some((p) => sameEntity(p, a))) political.unshift(a);
        }
        if (political.length === 2) picked.splice(0, picked.length, ...political);
      }
      const pair = this.recentPair(sentence);
      // "The US filed a complaint against the EU with the WTO … both sides agreed": the two sides are the
      // last pair of states or organisations that acted on each other, not a forum named beside them.
      const statePair = !wantPeople && pair.length === 2 && !pair.some(isPerson) && !pair.some(isFirm);
      if ((picked.length < 2 || statePair) && pair.length === 2) picked.splice(0, picked.length, ...pair);
      if (picked.length < 2) return false;
      m.members = picked.map((a) => ({ ...a, ...span }));
      m.actor = m.members[0] ?? null;
      return true;
    }
    if (m.kind === 'pronoun') {
      if (m.plural) {
        const pair = this.recentPair(sentence);
        if (pair.length < 2) return false;
        m.members = pair.map((a) => ({ ...a, ...span }));
        m.actor = m.members[0] ?? null;
        return true;
      }
      // "its" refers to a country or organisation, "he/she" to a person. Salience first: the first such
      // actor of the current sentence (usually its subject: "Peskov said he …"), else the first of the
      // previous sentence ("Blair met Bush. He said …"). "him"/"her" never take the current sentence's
      // first person, who cannot be their own object ("Blair praised him").
      const wantPerson = m.word !== 'its' && m.word !== 'it';
      const objectCase = m.word === 'him' || m.word === 'her';
      const fits = (a: Actor): boolean => isPerson(a) === wantPerson;
      const here = this.seen.filter((x) => x.sentence === sentence && fits(x.actor));
      const before = this.seen.filter((x) => x.sentence === sentence - 1 && fits(x.actor));
      let pick: Seen | undefined;
      // A chain about an unknown name: "Mr Jackson, who … . In a letter he wrote … . He criticised …".
      const unknownBefore = this.unknownSubject.has(sentence - 1) || (this.unresolvedPronoun.has(sentence - 1) && m.word !== 'its' && m.word !== 'it');
      if (objectCase) pick = here.length > 1 ? here[here.length - 1] : before[0];
      // "While saying he admired Mr Blair, he criticised …": the second "he" is the first one, still unknown.
      else if (this.unresolvedPronoun.has(sentence) && m.word !== 'its' && m.word !== 'it') pick = undefined;
      else pick = here[0] ?? (unknownBefore ? undefined : before[0]);
      // "The Pakistani president met Tony Blair …, on his first visit": an office holder named first in
      // the sentence is more salient than a person named after him.
      if (!objectCase && wantPerson && pick && pick.sentence === sentence) {
        const official = this.seen.find((x) => x.sentence === sentence && x.official);
        if (official && this.seen.indexOf(official) < this.seen.indexOf(pick)) pick = official;
      }
      // "The UK's top judge has revealed he has clashed with ministers": with no named person in the
      // sentence, an office holder named by his office is "he".
      if (!pick && wantPerson && !objectCase) pick = this.seen.find((x) => x.sentence === sentence && x.official);
      if (pick) {
        m.actor = { ...pick.actor, ...span };
        return true;
      }
      if (['he', 'she', 'it'].includes(m.word)) this.unresolvedPronoun.add(sentence);
    }
    return false;
  }
}

export function isPerson(a: Actor): boolean {
  return !a.id.includes(':') && a.id === a.id.toLowerCase() && /[a-z]/.test(a.id);
}

export function sameEntity(a: Actor, b: Actor): boolean {
  return a.id === b.id;
}

function isFirm(a: Actor): boolean {
  return a.sector === 'BUS';
}

function isLeader(a: Actor): boolean {
  return a.role !== null && /head of|paramount|leader|igo head|president|prime minister/.test(a.role);
}
