// The people dictionary (dictionaries/actors/people.json, built from dictionaries/people/*.tsv by
// scripts/buildPeople.ts) against dictionaries/FORMAT.md: shapes, offices, tenures, one paramount
// leader per country and date, and spot checks of who held an office on a date.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPeople, formatPeople, HEADER, OFFICES, PEOPLE_PATH, readPeopleTables, SECTORS } from '../../scripts/buildPeople.ts';
import { buildOfficeIndex } from '../../src/actors/tenure.ts';
import type { PersonEntry } from '../../src/dictionaries/types.ts';

const ACTORS = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries/actors');
const people = JSON.parse(readFileSync(PEOPLE_PATH, 'utf8')) as PersonEntry[];
const orgCodes = new Set((JSON.parse(readFileSync(resolve(ACTORS, 'organisations.json'), 'utf8')) as { code: string }[]).map((o) => o.code));
const roles = people.flatMap((p) => p.roles.map((role) => ({ id: p.id, role })));
const offices = buildOfficeIndex(people);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (s: string): boolean => ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const dayMs = 86_400_000;

describe('people.json', () => {
  it('holds at least 450 person-roles', () => {
    expect(roles.length).toBeGreaterThanOrEqual(450);
  });

  it('has unique, slug-shaped ids, sorted', () => {
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('gives every person a name, aliases that start with the name, and at least one role', () => {
    for (const p of people) {
      expect(Object.keys(p).sort(), p.id).toEqual(['aliases', 'id', 'name', 'roles']);
      expect(p.name.trim(), p.id).not.toBe('');
      expect(p.aliases[0], p.id).toBe(p.name);
      expect(new Set(p.aliases).size, p.id).toBe(p.aliases.length);
      expect(p.roles.length, p.id).toBeGreaterThan(0);
    }
  });

  it('shapes every role as FORMAT.md says', () => {
    const allowed = new Set(['country', 'org', 'sector', 'office', 'title', 'from', 'to', 'paramount']);
    for (const { id, role } of roles) {
      for (const k of Object.keys(role)) expect(allowed.has(k), `${id}: key ${k}`).toBe(true);
      if (role.country === null) {
        expect(typeof role.org, `${id}: IGO role needs org`).toBe('string');
      } else {
        expect(role.country, id).toMatch(/^[A-Z]{3}$/);
      }
      if (role.org !== undefined && role.org !== null) expect(orgCodes.has(role.org), `${id}: org ${role.org}`).toBe(true);
      expect(SECTORS as readonly string[], id).toContain(role.sector);
      expect(OFFICES as readonly string[], `${id}: office ${role.office}`).toContain(role.office);
      expect(role.title.trim(), id).not.toBe('');
      if (role.paramount !== undefined) expect(role.paramount, id).toBe(true);
      if (role.paramount) expect(role.country, `${id}: paramount needs a country`).not.toBeNull();
    }
  });

  it('has real ISO dates with from ≤ to', () => {
    for (const { id, role } of roles) {
      expect(isRealDate(role.from), `${id}: from ${role.from}`).toBe(true);
      if (role.to !== null) {
        expect(isRealDate(role.to), `${id}: to ${role.to}`).toBe(true);
        expect(role.from <= role.to, `${id}: ${role.from} > ${role.to}`).toBe(true);
      }
    }
  });

  it('has at most one paramount leader per country on any date (handover days may share one day)', () => {
    const open = Date.parse('2026-11-28T00:00:00Z');
    const span = (from: string, to: string | null): [number, number] => [Date.parse(`${from}T00:00:00Z`), to === null ? open : Date.parse(`${to}T00:00:00Z`)];
    const paramount = roles.filter((r) => r.role.paramount);
    const clashes: string[] = [];
    for (let i = 0; i < paramount.length; i++) {
      for (let j = i + 1; j < paramount.length; j++) {
        const a = paramount[i];
        const b = paramount[j];
        if (a === undefined || b === undefined || a.role.country !== b.role.country) continue;
        const [a0, a1] = span(a.role.from, a.role.to);
        const [b0, b1] = span(b.role.from, b.role.to);
        const sharedDays = (Math.min(a1, b1) - Math.max(a0, b0)) / dayMs + 1;
        if (sharedDays > 1) clashes.push(`${a.role.country}: ${a.id} ${a.role.from} / ${b.id} ${b.role.from}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('who held an office on a date', () => {
  const cases: [country: string, office: string, date: string, id: string][] = [
    ['USA', 'head_of_state', '2019-06-01', 'trump'],
    ['USA', 'head_of_state', '2022-06-01', 'biden'],
    ['USA', 'head_of_state', '2025-09-01', 'trump'],
    ['RUS', 'head_of_state', '2010-01-01', 'medvedev'],
    ['RUS', 'head_of_state', '2025-09-01', 'putin'],
    ['GBR', 'head_of_government', '2023-01-01', 'sunak'],
    ['DEU', 'head_of_government', '2025-09-01', 'merz'],
    ['JPN', 'head_of_government', '2025-11-01', 'takaichi'],
    ['CHN', 'foreign_minister', '2025-09-01', 'wang-yi'],
    // Further recent changes.
    ['RUS', 'head_of_government', '2010-01-01', 'putin'],
    ['RUS', 'defence_minister', '2024-06-01', 'belousov'],
    ['CHN', 'foreign_minister', '2023-03-01', 'qin-gang'],
    ['CAN', 'head_of_government', '2025-06-01', 'carney'],
    ['KOR', 'head_of_state', '2025-09-01', 'lee-jae-myung'],
    ['JPN', 'head_of_government', '2025-01-01', 'ishiba'],
    ['GBR', 'head_of_government', '2024-09-01', 'starmer'],
    ['GBR', 'foreign_minister', '2025-10-01', 'cooper'],
    ['FRA', 'head_of_government', '2025-11-01', 'lecornu'],
    ['IRN', 'head_of_government', '2025-01-01', 'pezeshkian'],
    ['IRN', 'foreign_minister', '2025-01-01', 'araghchi'],
    ['MEX', 'head_of_state', '2025-01-01', 'sheinbaum'],
    ['IDN', 'head_of_state', '2025-01-01', 'prabowo'],
    ['POL', 'head_of_state', '2025-09-01', 'nawrocki'],
    ['UKR', 'foreign_minister', '2025-01-01', 'sybiha'],
    ['UKR', 'military_chief', '2023-01-01', 'zaluzhny'],
    ['SYR', 'head_of_state', '2020-01-01', 'assad'],
    ['SYR', 'head_of_state', '2025-06-01', 'al-sharaa'],
    ['SDN', 'armed_group_leader', '2024-01-01', 'hemedti'],
    ['USA', 'foreign_minister', '2025-06-01', 'rubio'],
    ['USA', 'spokesperson', '2025-06-01', 'leavitt'],
    ['NATO', 'igo_head', '2025-01-01', 'rutte'],
    ['EU', 'foreign_minister', '2025-01-01', 'kallas'],
    ['UN', 'igo_head', '2020-01-01', 'guterres'],
    ['IAEA', 'igo_head', '2025-01-01', 'grossi'],
    ['WHO', 'igo_head', '2025-01-01', 'tedros'],
  ];
  it.each(cases)('%s %s on %s is %s', (country, office, date, id) => {
    expect(offices.holders(country, office, date).map((p) => p.id)).toEqual([id]);
  });

  // Offices with several holders at once (the EU's two presidents; an armed group's leader and deputy).
  const among: [country: string, office: string, date: string, id: string][] = [
    ['EU', 'igo_head', '2025-01-01', 'von-der-leyen'],
    ['EU', 'igo_head', '2025-01-01', 'costa'],
    ['LBN', 'armed_group_leader', '2020-01-01', 'nasrallah'],
    ['LBN', 'armed_group_leader', '2025-01-01', 'qassem'],
    ['PSE', 'armed_group_leader', '2023-10-07', 'sinwar'],
    ['YEM', 'armed_group_leader', '2024-01-01', 'abdul-malik-al-houthi'],
  ];
  it.each(among)('%s %s on %s includes %s', (country, office, date, id) => {
    expect(offices.holders(country, office, date).map((p) => p.id)).toContain(id);
  });

  const paramount: [country: string, date: string, id: string][] = [
    ['RUS', '2010-01-01', 'medvedev'],
    ['CHN', '2025-09-01', 'xi-jinping'],
    ['SAU', '2023-01-01', 'mbs'],
    ['SAU', '2020-01-01', 'king-salman'],
    ['IRN', '2025-01-01', 'khamenei'],
    ['PRK', '2025-01-01', 'kim-jong-un'],
    ['ISR', '2025-01-01', 'netanyahu'],
    ['IND', '2025-01-01', 'modi'],
    ['TUR', '2025-01-01', 'erdogan'],
    ['AFG', '2025-01-01', 'akhundzada'],
  ];
  it.each(paramount)('the %s leader on %s is %s', (country, date, id) => {
    expect(offices.holders(country, 'paramount', date).map((p) => p.id)).toEqual([id]);
  });

  it('knows a head of state or government of every G20 member on sample dates', () => {
    const g20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR', 'TUR', 'GBR', 'USA'];
    const missing: string[] = [];
    for (const date of ['2001-06-01', '2005-06-01', '2015-06-01', '2025-09-01']) {
      for (const c of g20) {
        const held = [...offices.holders(c, 'head_of_state', date), ...offices.holders(c, 'head_of_government', date)];
        if (held.length === 0) missing.push(`${c} ${date}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('dictionaries/people/*.tsv', () => {
  const tables = readPeopleTables();

  it('are short tables with the agreed header', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const lines = t.text.split('\n').filter((l) => l !== '');
      expect(lines[0], t.file).toBe(HEADER.join('\t'));
      expect(lines.length, t.file).toBeLessThanOrEqual(120);
    }
  });

  it('build without errors into exactly the committed people.json', () => {
    const { people: built, errors } = buildPeople(tables);
    expect(errors).toEqual([]);
    expect(readFileSync(PEOPLE_PATH, 'utf8')).toBe(formatPeople(built));
  });
});
