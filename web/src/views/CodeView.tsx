// "Code your own text": POST /api/code and show each event with its evidence marked, as the coder saw
// it. Nothing is stored.
import { useState } from 'preact/hooks';
import { ApiError, postJson } from '../api.ts';
import { Highlighted, Legend, type Mark } from '../components/Highlighted.tsx';
import { Status } from '../components/Status.tsx';
import { actorDetail, actorName, quadName, signed } from '../format.ts';
import type { CodedEvent, CodeResult } from '../types.ts';

const EXAMPLE =
  'Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday. ' +
  'The European Union imposed new sanctions on Russia on Friday, the Kremlin said.';

/** Offsets of everything an event points at in the coded text. */
function marksOf(e: CodedEvent): Mark[] {
  const marks: Mark[] = [];
  for (const ev of e.evidence) marks.push({ kind: 'trigger', start: ev.trigger.start, end: ev.trigger.end, label: `${e.type} (${ev.ruleId})` });
  if (e.source) marks.push({ kind: 'actor', start: e.source.start, end: e.source.end, label: `source: ${e.source.name}` });
  if (e.target) marks.push({ kind: 'actor', start: e.target.start, end: e.target.end, label: `target: ${e.target.name}` });
  if (e.location) marks.push({ kind: 'place', start: e.location.start, end: e.location.end, label: `place: ${e.location.name}` });
  const speaker = e.attribution?.speaker;
  if (speaker) marks.push({ kind: 'speaker', start: speaker.start, end: speaker.end, label: `speaker: ${speaker.name}` });
  if (e.date?.text) {
    for (const ev of e.evidence) {
      const at = ev.text.indexOf(e.date.text);
      if (at >= 0) {
        marks.push({ kind: 'date', start: ev.start + at, end: ev.start + at + e.date.text.length, label: `date: ${e.date.value}` });
        break;
      }
    }
  }
  return marks;
}

export function CodeView() {
  const [result, setResult] = useState<CodeResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (form: HTMLFormElement) => {
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
    const date = (form.elements.namedItem('date') as HTMLInputElement).value;
    setBusy(true);
    setError(null);
    try {
      setResult(await postJson<CodeResult>('/api/code', { text, ...(date ? { date } : {}) }));
    } catch (e) {
      setResult(null);
      setError(e instanceof ApiError ? e : new ApiError(0, 'E_NETWORK', String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="code-view">
      <h1>Code your own text</h1>
      <p class="muted">The text is coded by the same pipeline as the corpus and then forgotten: nothing is stored.</p>
      <form
        class="code-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <textarea name="text" rows={7} defaultValue={EXAMPLE} data-testid="code-text" maxLength={200_000} />
        <div class="controls">
          <label>
            article date <input name="date" type="date" data-testid="code-date" />
          </label>
          <button type="submit" disabled={busy} data-testid="code-submit">
            {busy ? 'Coding…' : 'Code'}
          </button>
        </div>
      </form>
      <Status loading={false} error={error} />
      {result ? (
        <div data-testid="code-result">
          {result.warnings.map((w) => (
            <p key={w.code} class="note">
              {w.message}
            </p>
          ))}
          <h2>
            {result.events.length} event{result.events.length === 1 ? '' : 's'}
          </h2>
          <Legend />
          {result.events.map((e) => (
            <article key={e.id} class={`mention quad-${e.quadClass}`} data-testid="coded-event">
              <header>
                <strong>{e.type}</strong> <span class="muted">CAMEO {e.cameo} · {quadName(e.quadClass)} · Goldstein {signed(e.goldstein, 1)}</span>
                <br />
                {actorName(e.source)} <span class="muted">{actorDetail(e.source)}</span> → {actorName(e.target)} <span class="muted">{actorDetail(e.target)}</span>
              </header>
              {e.evidence.map((ev) => (
                <blockquote key={ev.sentence} class="evidence">
                  <Highlighted text={ev.text} offset={ev.start} marks={marksOf(e)} />
                </blockquote>
              ))}
              <p class="meta">
                status <span class={`status status-${e.status}`}>{e.status}</span> · date {e.date ? `${e.date.value} (${e.date.precision})` : '–'} · place{' '}
                {e.location?.name ?? '–'} · rule <code>{e.ruleId}</code>
                {e.attribution ? ` · attributed to ${e.attribution.speaker?.name ?? 'unnamed'}${e.attribution.channel ? ` via ${e.attribution.channel}` : ''}` : ''}
              </p>
            </article>
          ))}
        </div>
      ) : null}
    </section>
  );
}
