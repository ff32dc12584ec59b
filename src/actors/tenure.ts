// Tenure-aware person resolution: the article's date picks the office a person held
// ("Medvedev" in 2010 is Russia's president; in 2015 its prime minister), and picks who holds an office
// ("the US president" on 2019-06-01 is Trump, on 2022-06-01 Biden).
import type { PersonEntry, PersonRole } from '../dictionaries/types.ts';

export function activeRole(person: PersonEntry, date: string | null): PersonRole | null {
  if (person.roles.length === 0) return null;
  if (date === null) {
    // No date: the most prominent role (paramount first, then the latest).
    return [...person.roles].sort((a, b) => Number(b.paramount ?? false) - Number(a.paramount ?? false) || b.from.localeCompare(a.from))[0] ?? null;
  }
  const active = person.roles.filter((r) => r.from <= date && (r.to === null || date <= r.to));
  if (active.length > 0) {
    return active.sort((a, b) => Number(b.paramount ?? false) - Number(a.paramount ?? false) || rank(a.office) - rank(b.office))[0] ?? null;
  }
  return null;
}

/** The last role held before `date`, for former officials (coded as elites, ELI). */
export function formerRole(person: PersonEntry, date: string): PersonRole | null {
  const past = person.roles.filter((r) => r.to !== null && r.to < date).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''));
  return past[0] ?? null;
}

const OFFICE_RANK = ['head_of_state', 'head_of_government', 'igo_head', 'foreign_minister', 'defence_minister', 'military_chief', 'armed_group_leader'];
function rank(office: string): number {
  const r = OFFICE_RANK.indexOf(office);
  return r === -1 ? 99 : r;
}

export interface OfficeIndex {
  /** People holding `office` for `country` (or org) on `date`; office 'paramount' means the top leader. */
  holders(country: string, office: string, date: string): PersonEntry[];
  /** People whose role title ends with `title` ("president", "crown prince") for `country` on `date`. */
  holdersByTitle(country: string, title: string, date: string): PersonEntry[];
}

export function buildOfficeIndex(peopleIn: Iterable<PersonEntry>): OfficeIndex {
  const people2 = [...peopleIn];
  const people = people2;
  const byKey = new Map<string, { person: PersonEntry; role: PersonRole }[]>();
  const push = (key: string, v: { person: PersonEntry; role: PersonRole }): void => {
    const list = byKey.get(key) ?? [];
    list.push(v);
    byKey.set(key, list);
  };
  for (const person of people) {
    for (const role of person.roles) {
      const owner = role.country ?? role.org ?? '';
      push(`${owner}|${role.office}`, { person, role });
      if (role.paramount) push(`${owner}|paramount`, { person, role });
    }
  }
  const byOwner = new Map<string, { person: PersonEntry; role: PersonRole }[]>();
  for (const person of people2) {
    for (const role of person.roles) {
      const owner = role.country ?? role.org ?? '';
      const list = byOwner.get(owner) ?? [];
      list.push({ person, role });
      byOwner.set(owner, list);
    }
  }
  return {
    holdersByTitle(country, title, date) {
      const t = title.toLowerCase().replace(/s$/, '');
      const exact: PersonEntry[] = [];
      const suffix: PersonEntry[] = [];
      for (const { person, role } of byOwner.get(country) ?? []) {
        if (role.from > date || (role.to !== null && date > role.to)) continue;
        const rt = role.title.toLowerCase();
        // "president" is the President before the First Vice President.
        if (rt === t && !exact.includes(person)) exact.push(person);
        else if (rt.endsWith(` ${t}`) && !suffix.includes(person)) suffix.push(person);
      }
      return exact.length > 0 ? exact : suffix;
    },
    holders(country, office, date) {
      const list = byKey.get(`${country}|${office}`) ?? [];
      const seen = new Set<string>();
      const out: PersonEntry[] = [];
      for (const { person, role } of list) {
        if (role.from <= date && (role.to === null || date <= role.to) && !seen.has(person.id)) {
          seen.add(person.id);
          out.push(person);
        }
      }
      return out;
    },
  };
}
