// Compiles the event patterns (dictionaries/events/*.json) once into a lookup keyed by first word,
// so finding triggers costs one Map lookup per token.
import type { Dictionaries, EventPattern } from '../dictionaries/types.ts';
import type { PloverType, QuadClass } from '../types.ts';
import { EntenteError } from '../errors.ts';

export interface CompiledPattern {
  id: string;
  type: PloverType;
  pos: 'VERB' | 'NOUN';
  /** Words of the pattern; '~' is a gap of 0–4 tokens. */
  words: string[];
  /** Index into `words` of the head word (first for verbs, last for nouns). */
  head: number;
  cameo: string;
  mode: string | null;
  goldstein: number;
  quadClass: QuadClass;
  targetPreps: string[];
  sourcePreps: string[];
  symmetric: boolean;
  requiresTarget: boolean;
  needsPoliticalActor: boolean;
  priority: number;
  /** The match does not count when the next token is one of these ("call" + "for"). */
  notFollowedBy: ReadonlySet<string>;
  /** The target comes only through a preposition ("fired … at X"), never as the direct object. */
  prepOnly: boolean;
  /** Not this event when the object is followed by a second noun phrase ("called X a liar"). */
  noSecondObject: boolean;
  /** Not this event when the first word after the object phrase is one of these ("warned X against …"). */
  notAfterObject: ReadonlySet<string>;
  /** With a reported clause after the object ("warned X that …"), the clause must hold one of these ("would"). */
  clauseNeeds: ReadonlySet<string>;
  /** NOUN patterns: a name modifying the noun is where it happens, not its source ("a US lawsuit"). */
  noModifierSource: boolean;
}

export interface PatternLexicon {
  byFirstWord: Map<string, CompiledPattern[]>;
  count: number;
}

/** Entente's QuadClass mapping (DOMAIN.md): 01 → 1 (pentacode 0 reported as 1); 02–05 → 1; 06–08 → 2; 09–13, 16 → 3; 14, 15, 17–20 → 4. */
export function quadClassOfCameo(cameo: string): QuadClass {
  const root = Number(cameo.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root === 16) return 3;
  return 4;
}

export function goldsteinOf(cameo: string, table: Dictionaries['cameo']): number {
  for (let len = cameo.length; len >= 2; len--) {
    const hit = table[cameo.slice(0, len)] ?? (len === 2 ? table[`${cameo.slice(0, 2)}0`] : undefined);
    if (hit) return hit.goldstein;
  }
  throw new EntenteError('E_DICTIONARY', `CAMEO code ${cameo} is not in cameo.json`);
}

// "in" marks where, not whom: "attacks in Riyadh" (the place is the event's location).
const DEFAULT_NOUN_TARGET_PREPS = ['of', 'with', 'against', 'on', 'to', 'between', 'into'];

export function compilePatterns(dicts: Dictionaries): PatternLexicon {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  let count = 0;
  const ids = new Set<string>();
  for (const file of dicts.events) {
    for (const p of file.patterns) {
      if (ids.has(p.id)) throw new EntenteError('E_DICTIONARY', `duplicate pattern id ${p.id}`);
      ids.add(p.id);
      const compiled = compileOne(p, file.type as PloverType, dicts);
      const first = compiled.words[0] as string;
      const list = byFirstWord.get(first) ?? [];
      list.push(compiled);
      byFirstWord.set(first, list);
      count++;
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.priority - a.priority || b.words.length - a.words.length);
  return { byFirstWord, count };
}

function compileOne(p: EventPattern, type: PloverType, dicts: Dictionaries): CompiledPattern {
  // wink splits "cease-fire" into cease / - / fire: split hyphenated pattern words the same way.
  const words = p.match
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .flatMap((w) => (w.length > 1 && w.includes('-') ? w.split(/(-)/).filter(Boolean) : [w]));
  return {
    id: p.id,
    type,
    pos: p.pos,
    words,
    head: p.pos === 'VERB' ? 0 : lastWordIndex(words),
    cameo: p.cameo,
    mode: p.mode ?? null,
    goldstein: goldsteinOf(p.cameo, dicts.cameo),
    quadClass: quadClassOfCameo(p.cameo),
    targetPreps: p.targetPreps ?? (p.pos === 'NOUN' ? DEFAULT_NOUN_TARGET_PREPS : []),
    sourcePreps: p.sourcePreps ?? ['by'],
    symmetric: p.symmetric ?? false,
    requiresTarget: p.requiresTarget ?? false,
    needsPoliticalActor: p.needsPoliticalActor ?? false,
    priority: p.priority ?? 0,
    notFollowedBy: wordSet(p, 'notFollowedBy'),
    prepOnly: p.prepOnly ?? false,
    noSecondObject: p.noSecondObject ?? false,
    notAfterObject: wordSet(p, 'notAfterObject'),
    clauseNeeds: wordSet(p, 'clauseNeeds'),
    noModifierSource: p.noModifierSource ?? false,
  };
}

/** A word-list field as a lower-cased set; an edited dictionary with the wrong shape is named, not a crash. */
function wordSet(p: EventPattern, field: 'notFollowedBy' | 'notAfterObject' | 'clauseNeeds'): ReadonlySet<string> {
  const v: unknown = p[field];
  if (v === undefined) return new Set();
  if (!Array.isArray(v) || !v.every((w) => typeof w === 'string')) {
    throw new EntenteError('E_DICTIONARY', `pattern ${p.id}: ${field} must be a list of words`);
  }
  return new Set(v.map((w: string) => w.toLowerCase()));
}

function lastWordIndex(words: string[]): number {
  for (let k = words.length - 1; k >= 0; k--) if (words[k] !== '~') return k;
  return 0;
}
