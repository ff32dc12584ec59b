// Compiles the actor dictionaries (countries, seats of power, organisations, people, agents, titles)
// into one token trie, built once. Names are tokenised by wink itself so "al-Shabab", "U.S." and
// "Putin's" split exactly as they will in running text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_DIR } from '../dictionaries/load.ts';
import type { Dictionaries, OrganisationEntry, PersonEntry } from '../dictionaries/types.ts';
import { nlp } from '../text/tokenise.ts';

export type LexKind = 'country' | 'demonym' | 'capital' | 'seat' | 'org' | 'person' | 'agent';

export interface LexEntry {
  kind: LexKind;
  /** Country code, org code or person id; '' for agents. */
  code: string;
  sector: string | null;
  role: string | null;
  /** For title words: the office they name ("head_of_state", "paramount", …). */
  office: string | null;
  /** The exact surface form required, when matching must respect case ("US", "May"). */
  exact: string | null;
  /** True for plural agent words ("leaders", "troops"). */
  plural: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexEntry[];
}

export interface ActorLexicon {
  root: TrieNode;
  countries: Map<string, { name: string }>;
  organisations: Map<string, OrganisationEntry>;
  people: Map<string, PersonEntry>;
  /** Country code → capital names (lower case), for telling a metonym from a place. */
  maxDepth: number;
}

/** Single-word person aliases that are also ordinary words: only matched inside a longer name. */
const RISKY_SURNAMES = new Set(['may', 'rice', 'brown', 'bush', 'king', 'young', 'white', 'black', 'green', 'rich', 'hope', 'long', 'little', 'price', 'mark', 'bill', 'chance', 'love', 'wang', 'li', 'kim', 'lee', 'park', 'ma', 'hu', 'he', 'yang', 'zhang', 'chen', 'liu', 'singh', 'khan', 'ali', 'said', 'costa']);

interface Surface {
  text: string;
  entry: LexEntry;
}

export function compileActorLexicon(dicts: Dictionaries): ActorLexicon {
  const surfaces: Surface[] = [];
  const add = (text: string, entry: Omit<LexEntry, 'exact' | 'plural'> & { exact?: string | null; plural?: boolean }): void => {
    if (text.trim() === '') return;
    surfaces.push({ text, entry: { exact: null, plural: false, ...entry } });
  };
  const countries = new Map<string, { name: string }>();
  for (const c of dicts.countries) {
    countries.set(c.code, { name: c.name });
    const exact = new Set(c.caseSensitive ?? []);
    const base = { code: c.code, role: null, office: null };
    for (const n of uniq([c.name, ...c.names])) add(n, { ...base, kind: 'country', sector: null, exact: exact.has(n) ? n : null });
    for (const d of uniq(c.demonyms)) add(d, { ...base, kind: 'demonym', sector: null, exact: exact.has(d) ? d : null, plural: /s$/.test(d) && !/ss$/.test(d) });
    for (const cap of uniq(c.capitals)) add(cap, { ...base, kind: 'capital', sector: 'GOV', exact: exact.has(cap) ? cap : null });
    for (const s of c.seats) add(s.text, { ...base, kind: 'seat', sector: s.sector, exact: exact.has(s.text) ? s.text : null });
  }
  const organisations = new Map<string, OrganisationEntry>();
  for (const o of dicts.organisations) {
    organisations.set(o.code, o);
    const exact = new Set(o.caseSensitive ?? []);
    for (const n of uniq([o.name, ...o.names])) {
      // Acronyms ("IS", "AU", "WHO") only match in capitals.
      const isAcronym = n.length <= 5 && n === n.toUpperCase() && /[A-Z]/.test(n);
      add(n, { kind: 'org', code: o.code, sector: o.sector, role: null, office: null, exact: exact.has(n) || isAcronym ? n : null });
    }
  }
  const people = new Map<string, PersonEntry>();
  for (const p of dicts.people) {
    people.set(p.id, p);
    // "George W. Bush" is also written "George W Bush".
    const variants = [p.name, ...p.aliases].flatMap((a) => (/\b[A-Z]\.(\s|$)/.test(a) ? [a, a.replace(/\b([A-Z])\.(?=\s|$)/g, '$1')] : [a]));
    for (const a of uniq(variants)) {
      const single = !/\s/.test(a);
      if (single && RISKY_SURNAMES.has(a.toLowerCase())) continue;
      // Names must be capitalised in running text ("Putin", not "putin").
      add(a, { kind: 'person', code: p.id, sector: null, role: null, office: null, exact: a });
    }
  }
  for (const ag of dicts.agents) {
    for (const t of uniq(ag.terms)) {
      add(t, { kind: 'agent', code: '', sector: ag.sector, role: ag.role ?? null, office: ag.office ?? null, plural: /s$/.test(t) && !/ss$/.test(t) });
    }
  }
  const offices = readOffices();
  for (const o of offices) {
    for (const t of o.terms) {
      add(t, { kind: 'agent', code: '', sector: 'GOV', role: o.office.replace(/_/g, ' '), office: o.office, plural: /s$/.test(t) && !/ss$/.test(t) });
    }
  }

  const root: TrieNode = { next: new Map(), entries: [] };
  let maxDepth = 0;
  const tokenised = tokeniseNames(surfaces.map((s) => s.text));
  surfaces.forEach((s, k) => {
    const toks = tokenised[k] as string[];
    if (toks.length === 0) return;
    maxDepth = Math.max(maxDepth, toks.length);
    let node = root;
    for (const t of toks) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    const entry = s.entry.exact !== null ? { ...s.entry, exact: toks.join('\u0000') } : s.entry;
    // Titles (office words) override plain agent entries for the same words.
    if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
  });
  return { root, countries, organisations, people, maxDepth };
}

function sameEntry(a: LexEntry, b: LexEntry): boolean {
  return a.kind === b.kind && a.code === b.code && a.sector === b.sector && a.office === b.office && a.exact === b.exact;
}

function readOffices(): { terms: string[]; office: string }[] {
  const raw = JSON.parse(readFileSync(join(DICTIONARY_DIR, 'actors/offices.json'), 'utf8')) as {
    titles: { terms: string[]; office: string }[];
  };
  return raw.titles;
}

function uniq(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => typeof x === 'string' && x.trim() !== ''))];
}

/** Tokenise many short names in one wink call: names are joined by line breaks. */
function tokeniseNames(names: string[]): string[][] {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(names.map((n) => n.replace(/\s+/g, ' ').trim()).join('\n'));
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const out: string[][] = [[]];
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as string;
    if (types[k] === 'tabCRLF' || v.includes('\n')) {
      const breaks = (v.match(/\n/g) ?? []).length || 1;
      for (let b = 0; b < breaks; b++) out.push([]);
      continue;
    }
    if (v.trim() === '') continue;
    (out[out.length - 1] as string[]).push(v);
  }
  if (out.length !== names.length) {
    // Fall back to one call per name if wink merged or split lines unexpectedly.
    return names.map((n) => (engine.readDoc(n).tokens().out(its.value) as string[]).filter((v) => v.trim() !== ''));
  }
  return out;
}

export interface LexMatch {
  /** Token range [start, end) within the document tokens. */
  start: number;
  end: number;
  entries: LexEntry[];
}

/** Longest match of the trie starting at token index `at` (null when nothing matches). */
export function matchAt(lex: ActorLexicon, tokens: readonly { text: string; lower: string }[], at: number, limit: number): LexMatch | null {
  let node: TrieNode | undefined = lex.root;
  let best: LexMatch | null = null;
  for (let k = at; k < limit && k - at < lex.maxDepth; k++) {
    node = node.next.get((tokens[k] as { lower: string }).lower);
    if (!node) break;
    if (node.entries.length > 0) {
      let ok = node.entries;
      if (node.entries.some((e) => e.exact !== null)) {
        // Only build the surface form when some reading is case-sensitive ("US", "May").
        let surface = (tokens[at] as { text: string }).text;
        for (let j = at + 1; j <= k; j++) surface += `\u0000${(tokens[j] as { text: string }).text}`;
        ok = node.entries.filter((e) => e.exact === null || e.exact === surface);
      }
      if (ok.length > 0) best = { start: at, end: k + 1, entries: ok };
    }
  }
  return best;
}
