// Talking to the API: JSON in and out, errors as ApiError with the server's code and field, and the
// bearer token (needed when the server listens beyond loopback) kept for the browser session.
import { useEffect, useState } from 'preact/hooks';

const TOKEN_KEY = 'entente.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function headers(json: boolean): HeadersInit {
  const h: Record<string, string> = { accept: 'application/json' };
  if (json) h['content-type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) h.authorization = `Bearer ${token}`;
  return h;
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** '/api/events' + {actor: 'RUS', q: ''} → '/api/events?actor=RUS' (empty values dropped). */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function handle<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; field?: string } } | null;
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? res.statusText, e?.field);
  }
  return body as T;
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return handle<T>(await fetch(url, { headers: headers(false), signal }));
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return handle<T>(await fetch(url, { method: 'POST', headers: headers(true), body: JSON.stringify(body) }));
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** GET `url` whenever it changes (null: nothing to load). */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: url !== null });
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    getJson<T>(url, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        const err = e instanceof ApiError ? e : new ApiError(0, 'E_NETWORK', e instanceof Error ? e.message : String(e));
        setState({ data: null, error: err, loading: false });
      },
    );
    return () => ctl.abort();
  }, [url]);
  return state;
}
