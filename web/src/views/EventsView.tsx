// Event table: the API's filters as a form (kept in the address, so a filtered table is a link), the
// matching events page by page.
import { useEffect, useState } from 'preact/hooks';
import { apiUrl, ApiError, getJson } from '../api.ts';
import { ActorInput, formValues } from '../components/ActorInput.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { Status } from '../components/Status.tsx';
import { count } from '../format.ts';
import { href, navigate, type Route } from '../router.ts';
import type { EventJson, EventsResponse } from '../types.ts';

const FILTERS = ['actor', 'country', 'dyad', 'type', 'quad', 'status', 'from', 'to', 'place', 'q', 'counted', 'sort'] as const;

const SORTS = [
  ['-date', 'latest first'],
  ['date', 'oldest first'],
  ['goldstein', 'most conflictual'],
  ['-goldstein', 'most cooperative'],
  ['-mentions', 'most mentioned'],
] as const;

export function EventsView({ route }: { route: Route }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, route.params[k]]).filter(([, v]) => v));
  const base = apiUrl('/api/events', { ...filters, limit: 50 });
  const [rows, setRows] = useState<EventJson[]>([]);
  const [page, setPage] = useState<{ total: number; next: string | null } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async (cursor: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const r = await getJson<EventsResponse>(cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base);
      setRows((old) => (cursor ? [...old, ...r.events] : r.events));
      setPage({ total: r.total, next: r.nextCursor });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'E_NETWORK', String(e)));
      setRows([]);
      setPage(null);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, [base]);

  const v = (k: string) => route.params[k] ?? '';
  return (
    <section data-testid="events-view">
      <h1>Events</h1>
      <form
        key={base}
        class="controls filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('events', formValues(e.currentTarget)));
        }}
      >
        <ActorInput name="actor" label="actor" value={v('actor')} />
        <label>
          country <input name="country" defaultValue={v('country')} size={4} placeholder="UKR" />
        </label>
        <label>
          dyad <input name="dyad" defaultValue={v('dyad')} size={10} placeholder="RUS-CHN" />
        </label>
        <label>
          types <input name="type" defaultValue={v('type')} size={14} placeholder="CONSULT,AGREE" />
        </label>
        <label>
          QuadClass <input name="quad" defaultValue={v('quad')} size={5} placeholder="3,4" />
        </label>
        <label>
          status <input name="status" defaultValue={v('status')} size={12} placeholder="asserted" />
        </label>
        <label>
          from <input name="from" type="date" defaultValue={v('from')} />
        </label>
        <label>
          to <input name="to" type="date" defaultValue={v('to')} />
        </label>
        <label>
          place <input name="place" defaultValue={v('place')} size={10} />
        </label>
        <label>
          text <input name="q" defaultValue={v('q')} size={12} placeholder="words" />
        </label>
        <label title="only what the relations views count: asserted/reported/historical, dated">
          <input type="checkbox" name="counted" value="true" defaultChecked={v('counted') === 'true'} /> counted only
        </label>
        <label>
          sort{' '}
          <select name="sort">
            {SORTS.map(([value, label]) => (
              <option key={value} value={value} selected={value === (v('sort') || '-date')}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button> <a href={href('events')}>clear</a>
      </form>
      <Status loading={loading && rows.length === 0} error={error} />
      {page ? (
        <p class="muted" data-testid="events-total">
          {count(page.total)} event{page.total === 1 ? '' : 's'} match; showing {rows.length}.
        </p>
      ) : null}
      {page ? <EventTable events={rows} testId="events-table" /> : null}
      {page?.next ? (
        <button type="button" disabled={loading} onClick={() => void load(page.next)}>
          More
        </button>
      ) : null}
    </section>
  );
}
