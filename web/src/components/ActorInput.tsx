// An actor selector box with suggestions from /api/actors (the selectors that occur in the store).
import { useApi } from '../api.ts';
import type { ActorsResponse } from '../types.ts';

export function ActorOptions() {
  const { data } = useApi<ActorsResponse>('/api/actors?limit=200');
  return (
    <datalist id="actor-options">
      {data?.actors.map((a) => (
        <option key={a.selector} value={a.selector}>
          {a.name ? `${a.name} · ` : ''}
          {a.events} events
        </option>
      ))}
    </datalist>
  );
}

interface Props {
  name: string;
  label: string;
  value: string | undefined;
}

export function ActorInput({ name, label, value }: Props) {
  return (
    <label>
      {label}{' '}
      <input name={name} list="actor-options" defaultValue={value ?? ''} size={10} placeholder="RUS, NATO, putin" spellcheck={false} />
    </label>
  );
}

/** The named fields of a submitted form, as strings. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => {
    if (typeof v === 'string') out[k] = out[k] ? `${out[k]},${v.trim()}` : v.trim();
  });
  return out;
}
