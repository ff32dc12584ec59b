// One assertion helper for actor resolution: expectActor(phrase, expected, date?, sentence?).
//
// Without a sentence the phrase is put in a neutral carrier ("On Monday, <phrase> said it was ready.")
// and resolved by the actor stage alone (findActorMentions). With a sentence (which must contain the
// phrase) the whole pipeline codes it and the actor is read from the events, for phrases whose country
// only a place can give ("riot police in Paris"). On failure every mention (or event) is printed.
//
// Expected values are written compactly:
//   'USA/MIL'            country USA, sector MIL        'USA/-'   country USA, no sector
//   '@UNHCR'             org UNHCR (no country)         '@EU/GOV' org EU, sector GOV
//   'RUS/GOV=putin'      … and the actor id             '=putin'  the id only
//   'RUS/GOV=medvedev#head of state'                    … and the role (office) on the date
//   '-/COP'              no country or org yet, sector COP ("riot police" with no place)
//   'RUS/GOV+USA/GOV'    a phrase standing for several actors (coordination)
//   null                 no actor at all ("us", "in Moscow")
import { expect } from 'vitest';
import { normalise } from '../../src/text/normalise.ts';
import { tokenise } from '../../src/text/tokenise.ts';
import { findActorMentions, type ActorMention } from '../../src/actors/actorMentions.ts';
import { resources } from '../../src/pipeline/resources.ts';
import { code } from '../../src/pipeline/code.ts';
import type { Actor } from '../../src/types.ts';

export const DEFAULT_ACTOR_DATE = '2025-09-01';

export interface ExpectedActor {
  country?: string | null;
  org?: string | null;
  sector?: string | null;
  id?: string;
  role?: string | null;
}

interface Found {
  actor: Actor;
  members: Actor[];
}

/** 'RUS/GOV=putin#head of state' → { country: 'RUS', org: null, sector: 'GOV', id: 'putin', role: 'head of state' }. */
export function parseExpected(full: string): ExpectedActor {
  const [spec = '', role] = full.split('#');
  const [owner = '', id] = spec.split('=');
  const out: ExpectedActor = {};
  if (owner !== '') {
    const [who = '', sector] = owner.split('/');
    if (who === '-') {
      out.country = null;
      out.org = null;
    } else if (who.startsWith('@')) {
      out.org = who.slice(1);
      out.country = null;
    } else {
      out.country = who;
      out.org = null;
    }
    if (sector !== undefined) out.sector = sector === '-' ? null : sector;
  }
  if (id !== undefined) out.id = id;
  if (role !== undefined) out.role = role;
  return out;
}

function pick(a: Actor, want: ExpectedActor): ExpectedActor {
  const got: ExpectedActor = {};
  if ('country' in want) got.country = a.country;
  if ('org' in want) got.org = a.org;
  if ('sector' in want) got.sector = a.sector;
  if ('id' in want) got.id = a.id;
  if ('role' in want) got.role = a.role;
  return got;
}

function show(a: Actor): string {
  return `"${a.text}" ${a.country ?? '-'}|${a.org ?? '-'}|${a.sector ?? '-'} id=${a.id}${a.role ? ` role=${a.role}` : ''}`;
}

function describeMentions(mentions: readonly ActorMention[]): string {
  if (mentions.length === 0) return '    (no mentions)';
  return mentions
    .map((m) => {
      const members = m.members.length > 0 ? ` members=[${m.members.map(show).join(', ')}]` : '';
      return `    ${m.kind}${m.actor ? ` ${show(m.actor)}` : ` "${m.word}"`}${m.adjectival ? ' (adjectival)' : ''}${members}`;
    })
    .join('\n');
}

/** The mentions the actor stage finds for `phrase` in a neutral carrier sentence. */
function resolveAlone(phrase: string, date: string): { found: Found[]; trace: string } {
  const sentence = `On Monday, ${phrase} said it was ready.`;
  const from = sentence.indexOf(phrase);
  const to = from + phrase.length;
  const norm = normalise(sentence);
  const { tokens, sentences } = tokenise(norm.text);
  const r = resources();
  const mentions = sentences.flatMap((s) => findActorMentions(tokens, s, norm.text, { lex: r.actors, offices: r.offices, date }));
  const found: Found[] = [];
  for (const m of mentions) {
    if (m.kind !== 'actor' || !m.actor) continue;
    if (m.actor.start < to && from < m.actor.end) found.push({ actor: m.actor, members: m.members });
  }
  return { found, trace: `  in: ${sentence}\n  mentions:\n${describeMentions(mentions)}` };
}

/** The actors the whole pipeline puts on events, for the phrase inside `sentence`. */
function resolveInSentence(phrase: string, sentence: string, date: string): { found: Found[]; trace: string } {
  const from = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  expect(from, `"${phrase}" is not in "${sentence}"`).toBeGreaterThanOrEqual(0);
  const to = from + phrase.length;
  const events = code(sentence, { date }).events;
  const actors = new Map<string, Actor>();
  for (const e of events) {
    for (const a of [e.source, e.target]) if (a && a.start < to && from < a.end) actors.set(`${a.id}@${a.start}`, a);
  }
  const list = [...actors.values()];
  const found: Found[] = list.length > 1 ? [{ actor: list[0] as Actor, members: list }] : list.map((a) => ({ actor: a, members: [] }));
  const trace = events.length === 0
    ? '    (no events)'
    : events.map((e) => `    ${e.type} ${e.source ? show(e.source) : '-'} → ${e.target ? show(e.target) : '-'}`).join('\n');
  return { found, trace: `  in: ${sentence}\n  events:\n${trace}` };
}

/**
 * `phrase` resolves to `expected` on `date` (the article date, for titles and tenures). When several
 * mentions overlap the phrase ("Sudan's Rapid Support Forces"), the one ending where the phrase ends
 * (its head) is checked.
 */
export function expectActor(phrase: string, expected: string | null, date: string = DEFAULT_ACTOR_DATE, sentence?: string): void {
  const { found, trace } = sentence === undefined ? resolveAlone(phrase, date) : resolveInSentence(phrase, sentence, date);
  const why = `"${phrase}" on ${date}, expected ${expected ?? 'no actor'}\n${trace}`;
  if (expected === null) {
    expect(found.map((f) => show(f.actor)), why).toEqual([]);
    return;
  }
  expect(found.length, why).toBeGreaterThan(0);
  const phraseEnd = sentence === undefined ? `On Monday, ${phrase}`.length : sentence.toLowerCase().indexOf(phrase.toLowerCase()) + phrase.length;
  const head = found.find((f) => f.actor.end === phraseEnd) ?? (found[found.length - 1] as Found);
  const parts = expected.split('+');
  if (parts.length > 1) {
    const wants = parts.map(parseExpected);
    const got = head.members.map((m, k) => pick(m, wants[k] ?? {}));
    expect(got, why).toEqual(wants);
    return;
  }
  const want = parseExpected(expected);
  expect(pick(head.actor, want), why).toEqual(want);
}
