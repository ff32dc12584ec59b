// Loads every dictionary file once. The version in manifest.json is stamped on every coded event.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EntenteError } from '../errors.ts';
import { PLOVER_TYPES } from '../types.ts';
import type { Dictionaries, EventPatternFile, TopicHeads } from './types.ts';

const here = dirname(fileURLToPath(import.meta.url));
// ENTENTE_DICTIONARY_DIR lets a user run with their own edited copy of the dictionaries.
export const DICTIONARY_DIR = process.env.ENTENTE_DICTIONARY_DIR ?? resolve(here, '../../dictionaries');

function readJson<T>(path: string): T {
  if (!existsSync(path)) throw new EntenteError('E_DICTIONARY', `dictionary file missing: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new EntenteError('E_DICTIONARY', `dictionary file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Word lists with the wrong shape are named, not left to fail later as a crash. */
function readTopicHeads(path: string): TopicHeads {
  const raw = readJson<Record<string, unknown>>(path);
  const lists = {} as TopicHeads;
  for (const k of ['nonActors', 'things', 'happenings', 'authored'] as const) {
    const v = raw[k];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string')) {
      throw new EntenteError('E_DICTIONARY', `dictionary file ${path}: "${k}" must be a list of words`);
    }
    lists[k] = v.map((w: string) => w.toLowerCase());
  }
  return lists;
}

let cached: Dictionaries | null = null;

export function loadDictionaries(dir = DICTIONARY_DIR): Dictionaries {
  if (cached && dir === DICTIONARY_DIR) return cached;
  const eventsDir = join(dir, 'events');
  const events = readdirSync(eventsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<EventPatternFile>(join(eventsDir, f)))
    .filter((f) => (PLOVER_TYPES as readonly string[]).includes(f.type));
  const dictionaries: Dictionaries = {
    version: readJson<{ version: string }>(join(dir, 'manifest.json')).version,
    countries: readJson(join(dir, 'actors/countries.json')),
    organisations: readJson(join(dir, 'actors/organisations.json')),
    people: readJson(join(dir, 'actors/people.json')),
    agents: readJson(join(dir, 'actors/agents.json')),
    topicHeads: readTopicHeads(join(dir, 'actors/topicHeads.json')),
    events,
    cameo: readJson(join(dir, 'cameo.json')),
  };
  if (dir === DICTIONARY_DIR) cached = dictionaries;
  return dictionaries;
}
