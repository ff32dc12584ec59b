// Actor selectors for values read back from the events table, so every dyad or actor the API lists can
// be passed straight back to /api/dyads, /api/triangles or /api/events (?actor=).
import { formatActorSelector, type ActorSelector } from '../analysis/actorSelector.ts';

/** SQL naming one side of an event as an explicit selector: 'country:RUS', 'org:NATO', 'id:putin'. */
export function sideSelectorSql(side: 'source' | 'target'): string {
  return `CASE WHEN ${side}_country IS NOT NULL THEN 'country:' || ${side}_country
    WHEN ${side}_org IS NOT NULL THEN 'org:' || ${side}_org
    WHEN ${side}_id IS NOT NULL THEN 'id:' || ${side}_id END`;
}

/** 'country:RUS' → 'RUS', 'org:NATO' → 'NATO', 'id:putin' → 'putin' (the shortest form that reads back the same). */
export function shortSelector(explicit: string): string {
  const colon = explicit.indexOf(':');
  const kind = explicit.slice(0, colon);
  const value = explicit.slice(colon + 1);
  let sel: ActorSelector;
  if (kind === 'country') sel = { kind: 'country', country: value };
  else if (kind === 'org') sel = { kind: 'org', org: value };
  else sel = { kind: 'id', id: value };
  return formatActorSelector(sel);
}
