// Builds dictionaries/actors/people.json from the hand-kept tables in dictionaries/people/*.tsv.
//
//   npx tsx scripts/buildPeople.ts          validate, write the file and print counts
//   npx tsx scripts/buildPeople.ts --check  exit 1 when the committed file is out of date
//
// One table row is one role held for one tenure; a person with several roles has several rows, all
// with the same id (tables may be spread over files: "medvedev" is in russia.tsv only, "lagarde" in
// igo.tsv and france-germany.tsv). Columns, tab-separated, with this exact header line:
//
//   id  name  aliases  country  org  sector  office  title  from  to  paramount
//
// aliases are `;`-separated and merged over all rows of a person; `to` empty means still in office;
// paramount is 1 for whoever "the <country> leader" means on those dates (at most one per country
// and date: handover days may overlap by one day). Lines that are empty or start with # are skipped.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PersonEntry, PersonRole } from '../src/dictionaries/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const PEOPLE_DIR = resolve(here, '../dictionaries/people');
export const PEOPLE_PATH = resolve(here, '../dictionaries/actors/people.json');

export const HEADER = ['id', 'name', 'aliases', 'country', 'org', 'sector', 'office', 'title', 'from', 'to', 'paramount'] as const;

export const OFFICES = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'defence_minister',
  'minister',
  'aide',
  'spokesperson',
  'official',
  'opposition_leader',
  'military_chief',
  'intelligence_chief',
  'igo_head',
  'armed_group_leader',
] as const;

/** Sectors a person's role may carry (the codebook's actor sectors that fit office holders). */
export const SECTORS = ['GOV', 'MIL', 'SPY', 'LEG', 'OPP', 'JUD', 'REB', 'PRM'] as const;

export interface PeopleTable {
  /** File name, for messages. */
  file: string;
  text: string;
}

export interface BuildResult {
  people: PersonEntry[];
  errors: string[];
  rows: number;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO3_RE = /^[A-Z]{3}$/;
const ORG_RE = /^[A-Z][A-Z0-9]{1,11}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whole days from `a` to `b` (both ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function readPeopleTables(dir: string = PEOPLE_DIR): PeopleTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((file) => ({ file, text: readFileSync(resolve(dir, file), 'utf8') }));
}

interface Draft {
  id: string;
  name: string;
  aliases: string[];
  roles: PersonRole[];
  where: string;
}

/** Parses one table row into a role, pushing any problems to `errors`. */
function parseRow(cells: string[], where: string, errors: string[]): { id: string; name: string; aliases: string[]; role: PersonRole } | null {
  if (cells.length !== HEADER.length) {
    errors.push(`${where}: ${cells.length} columns, expected ${HEADER.length}`);
    return null;
  }
  const [id, name, aliases, country, org, sector, office, title, from, to, paramount] = cells.map((c) => c.trim()) as [
    string, string, string, string, string, string, string, string, string, string, string,
  ];
  const bad = (msg: string): void => void errors.push(`${where} (${id || '?'}): ${msg}`);
  if (!ID_RE.test(id)) bad(`id "${id}" is not a lower-case slug`);
  if (name === '') bad('empty name');
  if (country !== '' && !ISO3_RE.test(country)) bad(`country "${country}" is not ISO-3`);
  if (org !== '' && !ORG_RE.test(org)) bad(`org "${org}" is not an organisation code`);
  if (country === '' && org === '') bad('neither country nor org');
  if (!(SECTORS as readonly string[]).includes(sector)) bad(`sector "${sector}" not in ${SECTORS.join(', ')}`);
  if (!(OFFICES as readonly string[]).includes(office)) bad(`office "${office}" not in the office list`);
  if (title === '') bad('empty title');
  if (!isIsoDate(from)) bad(`from "${from}" is not an ISO date`);
  if (to !== '' && !isIsoDate(to)) bad(`to "${to}" is not an ISO date`);
  if (isIsoDate(from) && isIsoDate(to) && to < from) bad(`to ${to} is before from ${from}`);
  if (paramount !== '' && paramount !== '1') bad(`paramount "${paramount}" must be 1 or empty`);
  if (paramount === '1' && country === '') bad('paramount role without a country');
  const role: PersonRole = {
    country: country === '' ? null : country,
    ...(org !== '' ? { org } : {}),
    sector,
    office,
    title,
    from,
    to: to === '' ? null : to,
    ...(paramount === '1' ? { paramount: true } : {}),
  };
  const aliasList = aliases.split(';').map((a) => a.trim()).filter((a) => a !== '');
  return { id, name, aliases: aliasList, role };
}

/** Validates and merges the tables into people sorted by id; each person's roles sorted by start date. */
export function buildPeople(tables: readonly PeopleTable[]): BuildResult {
  const errors: string[] = [];
  const drafts = new Map<string, Draft>();
  const nameOwner = new Map<string, string>();
  let rows = 0;
  for (const { file, text } of tables) {
    const lines = text.split(/\r?\n/);
    if ((lines[0] ?? '') !== HEADER.join('\t')) {
      errors.push(`${file}:1: header must be "${HEADER.join('\\t')}"`);
      continue;
    }
    lines.forEach((line, i) => {
      if (i === 0 || line.trim() === '' || line.startsWith('#')) return;
      const where = `${file}:${i + 1}`;
      const row = parseRow(line.split('\t'), where, errors);
      if (row === null) return;
      rows++;
      const draft = drafts.get(row.id);
      if (draft === undefined) {
        const owner = nameOwner.get(row.name);
        if (owner !== undefined && owner !== row.id) errors.push(`${where}: name "${row.name}" already belongs to id ${owner}`);
        nameOwner.set(row.name, row.id);
        drafts.set(row.id, { id: row.id, name: row.name, aliases: [row.name, ...row.aliases], roles: [row.role], where });
        return;
      }
      if (draft.name !== row.name) errors.push(`${where}: id ${row.id} is "${draft.name}" at ${draft.where}, "${row.name}" here`);
      draft.aliases.push(...row.aliases);
      draft.roles.push(row.role);
    });
  }
  const people: PersonEntry[] = [...drafts.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({
      id: d.id,
      name: d.name,
      aliases: [...new Set(d.aliases)],
      roles: [...d.roles].sort((a, b) => a.from.localeCompare(b.from) || a.office.localeCompare(b.office) || a.title.localeCompare(b.title)),
    }));
  errors.push(...paramountOverlaps(people));
  return { people, errors, rows };
}

/** Two paramount roles of one country that overlap by more than the handover day. */
export function paramountOverlaps(people: readonly PersonEntry[], open: string = '2026-11-28'): string[] {
  const byCountry = new Map<string, { id: string; role: PersonRole }[]>();
  for (const p of people) {
    for (const role of p.roles) {
      if (!role.paramount || role.country === null) continue;
      const list = byCountry.get(role.country) ?? [];
      list.push({ id: p.id, role });
      byCountry.set(role.country, list);
    }
  }
  const out: string[] = [];
  for (const [country, list] of byCountry) {
    list.sort((a, b) => a.role.from.localeCompare(b.role.from));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a === undefined || b === undefined) continue;
        const end = (a.role.to ?? open) < (b.role.to ?? open) ? (a.role.to ?? open) : (b.role.to ?? open);
        const overlap = daysBetween(b.role.from, end);
        if (overlap >= 1) out.push(`${country}: paramount ${a.id} (${a.role.from}–${a.role.to ?? ''}) and ${b.id} (${b.role.from}–${b.role.to ?? ''}) overlap`);
      }
    }
  }
  return out;
}

/** One person per block, one role per line, so diffs show which tenure changed. */
export function formatPeople(people: readonly PersonEntry[]): string {
  const list = (xs: readonly string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  const blocks = people.map((p) => {
    const head = `  { "id": ${JSON.stringify(p.id)}, "name": ${JSON.stringify(p.name)}, "aliases": ${list(p.aliases)},`;
    const roles = p.roles.map((r) => {
      const fields = Object.entries(r).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `      { ${fields.join(', ')} }`;
    });
    return `${head}\n    "roles": [\n${roles.join(',\n')}\n    ] }`;
  });
  return `[\n${blocks.join(',\n')}\n]\n`;
}

export interface PeopleCounts {
  people: number;
  roles: number;
  paramount: number;
  byOffice: Record<string, number>;
  countries: number;
}

export function countPeople(people: readonly PersonEntry[]): PeopleCounts {
  const byOffice: Record<string, number> = {};
  const countries = new Set<string>();
  let roles = 0;
  let paramount = 0;
  for (const p of people) {
    for (const r of p.roles) {
      roles++;
      if (r.paramount) paramount++;
      byOffice[r.office] = (byOffice[r.office] ?? 0) + 1;
      countries.add(r.country ?? `org:${r.org ?? ''}`);
    }
  }
  return { people: people.length, roles, paramount, byOffice, countries: countries.size };
}

function main(): void {
  const tables = readPeopleTables();
  const { people, errors, rows } = buildPeople(tables);
  if (errors.length > 0) {
    for (const e of errors) console.error(e);
    console.error(`${errors.length} problem(s) in ${PEOPLE_DIR}: nothing written`);
    process.exitCode = 1;
    return;
  }
  const text = formatPeople(people);
  if (process.argv.includes('--check')) {
    const current = existsSync(PEOPLE_PATH) ? readFileSync(PEOPLE_PATH, 'utf8') : '';
    if (current !== text) {
      console.error(`${PEOPLE_PATH} is out of date: run npx tsx scripts/buildPeople.ts`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(PEOPLE_PATH, text);
  const c = countPeople(people);
  console.log(`read ${rows} rows from ${tables.length} tables`);
  console.log(`wrote ${c.people} people, ${c.roles} roles (${c.paramount} paramount) over ${c.countries} countries/orgs to ${PEOPLE_PATH}`);
  for (const [office, n] of Object.entries(c.byOffice).sort((a, b) => b[1] - a[1])) console.log(`  ${office.padEnd(20)} ${n}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
