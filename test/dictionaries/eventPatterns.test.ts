// The event trigger dictionary (dictionaries/events/*.json) and the CAMEO table (dictionaries/cameo.json)
// are data every coded event is traced back to, so their shape and their mapping to PLOVER types, modes
// and CAMEO roots are checked here rather than discovered as odd output later.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../src/types.ts';
import type { PloverType } from '../../src/types.ts';

interface Pattern {
  id: string;
  match: string;
  pos: string;
  cameo: string;
  mode: string | null;
  targetPreps: string[];
  sourcePreps?: string[];
  symmetric?: boolean;
  requiresTarget?: boolean;
  needsPoliticalActor?: boolean;
  prepOnly?: boolean;
  noSecondObject?: boolean;
  priority?: number;
  notFollowedBy?: string[];
  notAfterObject?: string[];
  clauseNeeds?: string[];
  noModifierSource?: boolean;
  note?: string;
}

interface PatternFile {
  type: string;
  notes?: string;
  patterns: Pattern[];
}

interface CameoEntry {
  name: string;
  goldstein: number;
}

const DICT_DIR = new URL('../../dictionaries/', import.meta.url);
const EVENTS_DIR = new URL('events/', DICT_DIR);
const DOMAIN_MD = new URL('../../../shared/DOMAIN.md', import.meta.url);

/** PLOVER 2.0 modes per type, as DOMAIN.md lists them ("—" = no modes: mode must be null). */
const MODES: Record<PloverType, readonly string[]> = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: [
    'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
  ],
};

/**
 * CAMEO code prefixes a type may use. Verbal yielding (CONCEDE) and material yielding (RETREAT) split the
 * 08 root; 116 (find guilty) is SANCTION's convict mode; 191 (blockade) is COERCE's restrict mode;
 * 1712 (destroy property) and 175 (violent repression) are ASSAULT's destroy and crowd-control modes.
 */
const ROOTS: Record<PloverType, readonly string[]> = {
  AGREE: ['03', '057'],
  CONSULT: ['04'],
  SUPPORT: ['018', '050', '051', '052', '053', '054'],
  CONCEDE: ['055', '056', '080', '083'],
  COOPERATE: ['06'],
  AID: ['07'],
  RETREAT: ['081', '082', '084', '085', '086', '087', '0831'],
  REQUEST: ['02', '10'],
  ACCUSE: ['09', '11'],
  REJECT: ['12'],
  THREATEN: ['13'],
  PROTEST: ['14'],
  SANCTION: ['16', '116'],
  MOBILIZE: ['15'],
  COERCE: ['17', '191'],
  ASSAULT: ['18', '19', '20', '1712', '175'],
};

/** Root-level Goldstein values (DOMAIN.md, "CAMEO root codes with Goldstein values"). */
const ROOT_GOLDSTEIN: Record<string, number> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -6, '14': -6.5, '15': -7.2, '16': -4, '17': -7, '18': -9, '19': -10, '20': -10,
};

/** Spot values of the standard CAMEO Goldstein table for sub-codes. */
const SUBCODE_GOLDSTEIN: [string, number][] = [
  ['010', 0], ['020', 3], ['030', 4], ['036', 4], ['040', 1], ['042', 1.9], ['043', 2.8], ['046', 7],
  ['051', 3.4], ['057', 8], ['061', 6.4], ['070', 7], ['080', 5], ['090', -2], ['100', -5], ['110', -2],
  ['111', -2], ['112', -2], ['120', -4], ['130', -4.4], ['138', -7], ['140', -6.5], ['150', -7.2],
  ['160', -4], ['163', -8], ['170', -7], ['173', -5], ['180', -9], ['190', -10], ['195', -10], ['200', -10],
];

/** Overlaps the priorities must settle: [winner id, loser id] on a shared token. */
const PRECEDENCE: [string, string][] = [
  ['agree.strike-deal', 'assault.strike'],
  ['request.call-for', 'consult.call'],
  ['request.call-on', 'consult.call'],
  ['mobilize.call-up-reservists', 'consult.call'],
  ['retreat.call-off-strike', 'consult.call'],
  ['protest.go-on-strike', 'assault.strike-n'],
  ['protest.general-strike', 'assault.strike-n'],
  ['concede.meet-demands', 'consult.meet'],
  ['threaten.threaten-sanctions', 'sanction.impose-sanctions'],
  ['threaten.threaten-to-pull-out', 'sanction.pull-out-of-treaty'],
  ['reject.refuse-to-lift', 'retreat.lift-sanctions'],
  ['request.call-for-ceasefire', 'retreat.ceasefire'],
  ['aid.deploy-peacekeepers', 'mobilize.deploy'],
  ['sanction.withdraw-ambassador', 'retreat.withdraw'],
  ['coerce.cyber-attack', 'assault.attack-n'],
  ['accuse.hit-out-at', 'assault.hit'],
];

const ALLOWED_KEYS = new Set([
  'id', 'match', 'pos', 'cameo', 'mode', 'targetPreps', 'sourcePreps', 'symmetric', 'requiresTarget',
  'needsPoliticalActor', 'priority', 'notFollowedBy', 'notAfterObject', 'note', 'prepOnly', 'noSecondObject', 'clauseNeeds', 'noModifierSource',
]);
const WORD = /^[a-z0-9][a-z0-9'.-]*$/;

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

const files = new Map<PloverType, PatternFile>(
  PLOVER_TYPES.map((type) => [type, readJson<PatternFile>(new URL(`${type.toLowerCase()}.json`, EVENTS_DIR))]),
);
const cameo = readJson<Record<string, CameoEntry>>(new URL('cameo.json', DICT_DIR));
const all: { type: PloverType; p: Pattern }[] = [...files].flatMap(([type, f]) => f.patterns.map((p) => ({ type, p })));
const byId = new Map(all.map(({ type, p }) => [p.id, { type, p }]));

/** Lists every pattern failing `check` as "id: reason", so one failure shows all offenders at once. */
function offenders(check: (p: Pattern, type: PloverType) => string | null): string[] {
  return all.flatMap(({ type, p }) => {
    const why = check(p, type);
    return why === null ? [] : [`${p.id}: ${why}`];
  });
}

describe('event pattern files', () => {
  it('has exactly one file per PLOVER type, named after it and holding that type', () => {
    const names = readdirSync(EVENTS_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(names).toEqual(PLOVER_TYPES.map((t) => `${t.toLowerCase()}.json`).sort());
    for (const [type, f] of files) {
      expect(f.type, `${type.toLowerCase()}.json`).toBe(type);
      expect(Array.isArray(f.patterns)).toBe(true);
      expect(f.patterns.length, type).toBeGreaterThan(0);
      if (f.notes !== undefined) expect(typeof f.notes).toBe('string');
    }
  });

  it('holds at least 600 patterns', () => {
    expect(all.length).toBeGreaterThanOrEqual(600);
  });

  it('gives every pattern a unique id prefixed with its type', () => {
    const seen = new Set<string>();
    const dupes = all.filter(({ p }) => (seen.has(p.id) ? true : (seen.add(p.id), false))).map(({ p }) => p.id);
    expect(dupes).toEqual([]);
    expect(offenders((p, type) => (p.id.startsWith(`${type.toLowerCase()}.`) && p.id.length > type.length + 1 ? null : 'prefix'))).toEqual([]);
  });

  it('never lists the same match and pos twice (the engine could not choose between them)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { p } of all) {
      const key = `${p.pos} ${p.match}`;
      const before = seen.get(key);
      if (before !== undefined) dupes.push(`${p.id} repeats ${before}`);
      seen.set(key, p.id);
    }
    expect(dupes).toEqual([]);
  });

  it('uses only documented fields, with the right shapes', () => {
    expect(offenders((p) => {
      const unknown = Object.keys(p).filter((k) => !ALLOWED_KEYS.has(k));
      if (unknown.length > 0) return `unknown field(s) ${unknown.join(', ')}`;
      if (p.pos !== 'VERB' && p.pos !== 'NOUN') return `pos ${p.pos}`;
      if (!Array.isArray(p.targetPreps) || !p.targetPreps.every((w) => WORD.test(w))) return 'targetPreps';
      if (p.sourcePreps !== undefined && !(Array.isArray(p.sourcePreps) && p.sourcePreps.every((w) => WORD.test(w)))) return 'sourcePreps';
      if (p.notFollowedBy !== undefined && !(Array.isArray(p.notFollowedBy) && p.notFollowedBy.every((w) => WORD.test(w)))) return 'notFollowedBy';
      if (p.notAfterObject !== undefined && !(Array.isArray(p.notAfterObject) && p.notAfterObject.every((w) => WORD.test(w)))) return 'notAfterObject';
      if (p.clauseNeeds !== undefined && !(Array.isArray(p.clauseNeeds) && p.clauseNeeds.every((w) => WORD.test(w)))) return 'clauseNeeds';
      for (const k of ['symmetric', 'requiresTarget', 'needsPoliticalActor', 'prepOnly', 'noSecondObject', 'noModifierSource'] as const) {
        if (p[k] !== undefined && typeof p[k] !== 'boolean') return k;
      }
      if (p.priority !== undefined && !Number.isInteger(p.priority)) return 'priority';
      if (p.note !== undefined && (typeof p.note !== 'string' || p.note === '')) return 'note';
      return null;
    })).toEqual([]);
  });

  it('writes match as lower-case words, with "~" only between words', () => {
    expect(offenders((p) => {
      if (typeof p.match !== 'string' || p.match.trim() === '') return 'empty match';
      if (p.match !== p.match.toLowerCase()) return 'not lower case';
      const words = p.match.split(' ');
      if (words.some((w) => w === '')) return 'extra spaces';
      if (words[0] === '~' || words[words.length - 1] === '~') return '"~" at an end';
      if (words.some((w, i) => w === '~' && words[i + 1] === '~')) return '"~ ~"';
      const bad = words.filter((w) => w !== '~' && !WORD.test(w));
      return bad.length > 0 ? `bad word(s) ${bad.join(', ')}` : null;
    })).toEqual([]);
  });

  it('maps every pattern to a CAMEO code in cameo.json, under a root of its type', () => {
    expect(offenders((p, type) => {
      if (!/^\d{3,4}$/.test(p.cameo)) return `cameo ${p.cameo} is not a 3- or 4-digit code`;
      if (!(p.cameo in cameo)) return `cameo ${p.cameo} missing from cameo.json`;
      return ROOTS[type].some((r) => p.cameo.startsWith(r)) ? null : `cameo ${p.cameo} is not under ${ROOTS[type].join('/')}`;
    })).toEqual([]);
  });

  it('uses only the modes DOMAIN.md gives the type (null where it gives none)', () => {
    expect(offenders((p, type) => {
      if (p.mode === null) return null;
      return MODES[type].includes(p.mode) ? null : `mode ${String(p.mode)} not allowed for ${type}`;
    })).toEqual([]);
  });

  it('covers every mode of every type at least once', () => {
    const missing = PLOVER_TYPES.flatMap((type) =>
      MODES[type].filter((m) => !(files.get(type) as PatternFile).patterns.some((p) => p.mode === m)).map((m) => `${type}/${m}`));
    expect(missing).toEqual([]);
  });

  it('requires a recipient on every COOPERATE, AID and SANCTION pattern', () => {
    expect(offenders((p, type) => (['COOPERATE', 'AID', 'SANCTION'].includes(type) && p.requiresTarget !== true ? 'requiresTarget' : null))).toEqual([]);
  });

  it('marks the core symmetric relations as symmetric', () => {
    for (const id of ['consult.meet', 'consult.talks', 'consult.hold-talks', 'agree.sign-agreement', 'cooperate.cooperate']) {
      expect(byId.get(id)?.p.symmetric, id).toBe(true);
    }
  });

  it('settles known overlaps by priority', () => {
    for (const [winner, loser] of PRECEDENCE) {
      const w = byId.get(winner);
      const l = byId.get(loser);
      expect(w, winner).toBeDefined();
      expect(l, loser).toBeDefined();
      expect(w?.p.priority ?? 0, `${winner} over ${loser}`).toBeGreaterThan(l?.p.priority ?? 0);
    }
  });

  it('keeps plain "call" a phone call only, and "call for"/"call on" requests', () => {
    const call = byId.get('consult.call')?.p;
    expect(call).toMatchObject({ match: 'call', pos: 'VERB', mode: 'phone', targetPreps: [] });
    expect(byId.get('request.call-for')?.type).toBe('REQUEST');
    expect(byId.get('request.call-on')?.type).toBe('REQUEST');
  });
});

describe('cameo.json', () => {
  const codes = Object.keys(cameo);

  it('keys are CAMEO codes written as CAMEO writes them', () => {
    expect(codes.filter((c) => !/^\d{2,4}$/.test(c))).toEqual([]);
  });

  it('gives every code a name and a Goldstein value in [-10, 10]', () => {
    const bad = Object.entries(cameo).filter(([, e]) =>
      typeof e.name !== 'string' || e.name.trim() === '' || typeof e.goldstein !== 'number' ||
      !Number.isFinite(e.goldstein) || e.goldstein < -10 || e.goldstein > 10);
    expect(bad.map(([c]) => c)).toEqual([]);
  });

  it('holds the twenty roots with DOMAIN.md Goldstein values', () => {
    for (const [root, g] of Object.entries(ROOT_GOLDSTEIN)) {
      expect(cameo[root]?.goldstein, root).toBe(g);
      expect(cameo[`${root}0`], `${root}0`).toBeDefined();
    }
    expect(codes.filter((c) => c.length === 2).sort()).toEqual(Object.keys(ROOT_GOLDSTEIN).sort());
  });

  it('holds the standard Goldstein value of sampled sub-codes', () => {
    for (const [code, g] of SUBCODE_GOLDSTEIN) expect(cameo[code]?.goldstein, code).toBe(g);
  });

  it('nests every code under a parent that exists', () => {
    expect(codes.filter((c) => c.length > 2 && !(c.slice(0, c.length - 1) in cameo) && !(c.slice(0, 2) in cameo))).toEqual([]);
    expect(codes.filter((c) => c.length === 4 && !(c.slice(0, 3) in cameo))).toEqual([]);
  });

  it('covers the full 1.1b3 codebook (149 three-digit and 147 four-digit codes)', () => {
    expect(codes.filter((c) => c.length === 3).length).toBeGreaterThanOrEqual(149);
    expect(codes.filter((c) => c.length === 4).length).toBeGreaterThanOrEqual(147);
  });
});

// DOMAIN.md lives in the shared folder next to the checkout; where it is absent the cross-check is skipped.
const hasDomain = existsSync(DOMAIN_MD);
if (!hasDomain) console.warn(`eventPatterns: DOMAIN.md cross-check skipped, ${fileURLToPath(DOMAIN_MD)} not found`);

describe.skipIf(!hasDomain)('tables above agree with DOMAIN.md', () => {
  const text = hasDomain ? readFileSync(DOMAIN_MD, 'utf8') : '';

  it('modes per PLOVER type', () => {
    const fromDoc: Partial<Record<string, string[]>> = {};
    for (const line of text.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const type = cells[2];
      const modes = cells[3];
      if (type === undefined || modes === undefined || !(PLOVER_TYPES as readonly string[]).includes(type)) continue;
      const list = (modes.split(';')[0] as string).replace(/\(.*?\)/g, '').trim();
      fromDoc[type] = list.startsWith('—') ? [] : list.split(',').map((m) => m.trim()).filter((m) => m !== '');
    }
    for (const type of PLOVER_TYPES) expect(fromDoc[type], type).toEqual([...MODES[type]]);
  });

  it('root Goldstein values', () => {
    const section = text.split('## CAMEO root codes')[1]?.split('QuadClass')[0] ?? '';
    const fromDoc: Record<string, number> = {};
    for (const part of section.replace(/\n/g, ' ').split('·')) {
      // "20 unconventional mass violence −10. Goldstein runs …": the value ends at the first full stop.
      const m = /(\d{2})\s.*?\s([−-]?\d+(?:\.\d+)?)\s*$/.exec((part.split(/\.\s/)[0] as string).trim());
      if (m) fromDoc[m[1] as string] = Number((m[2] as string).replace('−', '-'));
    }
    expect(fromDoc).toEqual(ROOT_GOLDSTEIN);
  });
});

describe('compiling an edited pattern file', () => {
  it('names the pattern and field when a word list has the wrong shape (E_DICTIONARY, not a crash)', async () => {
    const { loadDictionaries } = await import('../../src/dictionaries/load.ts');
    const { compilePatterns } = await import('../../src/events/patternLexicon.ts');
    const dicts = loadDictionaries();
    const file = dicts.events[0] as (typeof dicts.events)[number];
    const bad = { ...(file.patterns[0] as (typeof file.patterns)[number]), notAfterObject: 'against' as unknown as string[] };
    const edited = { ...dicts, events: [{ ...file, patterns: [bad] }] };
    expect(() => compilePatterns(edited)).toThrow(expect.objectContaining({ code: 'E_DICTIONARY', message: expect.stringContaining(`pattern ${bad.id}: notAfterObject`) }));
  });
});

describe('loading an edited dictionary directory', () => {
  it('refuses topic heads of the wrong shape with E_DICTIONARY naming the file and list', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadDictionaries } = await import('../../src/dictionaries/load.ts');
    const dir = mkdtempSync(join(tmpdir(), 'entente-dict-'));
    try {
      cpSync(fileURLToPath(new URL('../../dictionaries', import.meta.url)), dir, { recursive: true });
      expect(loadDictionaries(dir).topicHeads.authored).toContain('plans');
      writeFileSync(join(dir, 'actors/topicHeads.json'), JSON.stringify({ nonActors: [], things: 'system', happenings: [], authored: [] }));
      expect(() => loadDictionaries(dir)).toThrow(expect.objectContaining({ code: 'E_DICTIONARY', message: expect.stringContaining('"things" must be a list of words') }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
