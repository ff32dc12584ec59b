// Hash routing: '#/dyad?a=RUS&b=CHN' → {view: 'dyad', id: null, params: {a: 'RUS', b: 'CHN'}}. The hash
// keeps every view linkable and the server needs no routes for the dashboard.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: string;
  id: string | null;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] ?? 'overview', id: parts[1] ?? null, params: Object.fromEntries(new URLSearchParams(query)) };
}

/** '#/events' + {actor: 'RUS'} → '#/events?actor=RUS' (empty values dropped). */
export function href(view: string, params: Record<string, string | number | undefined | null> = {}, id?: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${view}${id !== undefined ? `/${encodeURIComponent(id)}` : ''}${s ? `?${s}` : ''}`;
}

export function navigate(to: string): void {
  window.location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
