// A list of events, each row a link to its detail: date, type, who did what to whom, where, status.
import { actorName, quadName, signed } from '../format.ts';
import { href } from '../router.ts';
import type { EventJson, EventRef } from '../types.ts';

export function EventTable({ events, testId }: { events: readonly EventJson[]; testId?: string }) {
  if (events.length === 0) return <p class="muted">No events.</p>;
  return (
    <table class="events" data-testid={testId}>
      <thead>
        <tr>
          <th>date</th>
          <th>type</th>
          <th>source → target</th>
          <th>place</th>
          <th>status</th>
          <th class="num">Goldstein</th>
          <th class="num">mentions</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} class={`quad-${e.quadClass}`}>
            <td class="nowrap">{e.date ?? '–'}</td>
            <td>
              <a href={href('event', {}, e.id)} title={quadName(e.quadClass)}>
                {e.type}
              </a>
              {e.mode ? <span class="muted"> {e.mode}</span> : null}
            </td>
            <td>
              {actorName(e.source)} → {actorName(e.target)}
            </td>
            <td>{e.location?.name ?? ''}</td>
            <td>
              <span class={`status status-${e.status}`}>{e.status}</span>
            </td>
            <td class="num">{signed(e.goldstein, 1)}</td>
            <td class="num">{e.mentions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The short references analytics return (a triangle edge's top events, a pattern's pairs). */
export function EventRefList({ refs }: { refs: readonly EventRef[] }) {
  if (refs.length === 0) return <p class="muted">No events in this window.</p>;
  return (
    <ul class="refs">
      {refs.map((r) => (
        <li key={r.id} class={`quad-${r.quadClass}`}>
          <a href={href('event', {}, r.id)}>
            {r.date} {r.type}
          </a>{' '}
          {r.source ?? '?'} → {r.target ?? '?'} <span class="muted">(Goldstein {signed(r.goldstein, 1)}, {r.mentions} mention{r.mentions === 1 ? '' : 's'}, {r.status})</span>
        </li>
      ))}
    </ul>
  );
}
