// Triangle view: three actors (default RUS–CHN–USA) over sliding windows. The slider picks a window;
// the diagram shows its signed edges and Dittmer class; the strip below shows the class of every
// window; clicking an edge lists its most salient events in that window.
import { useEffect, useState } from 'preact/hooks';
import { describeDittmer } from '../../../src/analysis/dittmer.ts';
import { apiUrl, useApi } from '../api.ts';
import { ActorInput, formValues } from '../components/ActorInput.tsx';
import { EventRefList } from '../components/EventTable.tsx';
import { Status } from '../components/Status.tsx';
import { signed } from '../format.ts';
import { href, navigate, type Route } from '../router.ts';
import type { TriangleResult, TriangleWindow } from '../types.ts';
import { TriangleDiagram } from './TriangleDiagram.tsx';

/** Dashboard defaults: wider windows than the library's 30d/5 events, so a small corpus still has signs. */
const DEFAULTS = { a: 'RUS', b: 'CHN', c: 'USA', window: '90d', step: '14d', minEvents: '3', threshold: '0.1' };

const CLASS_COLOR: Record<string, string> = {
  'menage-a-trois': '#1e8449',
  'romantic-triangle': '#e67e22',
  'stable-marriage': '#2874a6',
  'unit-veto': '#c0392b',
  indeterminate: '#d5d8dc',
};

/** The latest window with a class, else the latest window. */
function defaultWindow(r: TriangleResult): number {
  for (let i = r.windows.length - 1; i >= 0; i--) if (r.windows[i]?.dittmer.kind !== 'indeterminate') return i;
  return Math.max(0, r.windows.length - 1);
}

export function TriangleView({ route }: { route: Route }) {
  const p = { ...DEFAULTS, ...route.params };
  const query = { a: p.a, b: p.b, c: p.c, window: p.window, step: p.step, minEvents: p.minEvents, threshold: p.threshold, from: route.params.from, to: route.params.to, topEvents: 5 };
  const { data, error, loading } = useApi<TriangleResult>(apiUrl('/api/triangles', query));
  const [index, setIndex] = useState<number | null>(null);
  const [edge, setEdge] = useState<number | null>(null);
  useEffect(() => {
    if (!data) return;
    const fromHash = route.params.w === undefined ? NaN : Number(route.params.w);
    setIndex(Number.isInteger(fromHash) && fromHash >= 0 && fromHash < data.windows.length ? fromHash : defaultWindow(data));
  }, [data]);
  const choose = (i: number) => {
    setIndex(i);
    // Keep the window in the address without a navigation (nothing to refetch).
    history.replaceState(null, '', href('triangle', { ...route.params, w: i }));
  };
  const w: TriangleWindow | null = data && index !== null ? (data.windows[index] ?? null) : null;

  return (
    <section data-testid="triangle-view">
      <h1>Strategic triangle</h1>
      <form
        key={JSON.stringify(query)}
        class="controls"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('triangle', formValues(e.currentTarget)));
        }}
      >
        <ActorInput name="a" label="A" value={p.a} />
        <ActorInput name="b" label="B" value={p.b} />
        <ActorInput name="c" label="C" value={p.c} />
        <label>
          window <input name="window" defaultValue={p.window} size={4} />
        </label>
        <label>
          step <input name="step" defaultValue={p.step} size={4} />
        </label>
        <label title="fewer events on an edge in a window: no sign">
          min events <input name="minEvents" type="number" min={0} defaultValue={p.minEvents} style={{ width: '4em' }} />
        </label>
        <label title="net cooperation beyond ± this gives an edge its sign">
          threshold <input name="threshold" defaultValue={p.threshold} size={4} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status loading={loading} error={error} />
      {data && data.windows.length === 0 ? <p class="muted">No counted events among {data.actors.join(', ')}.</p> : null}
      {data && w && index !== null ? (
        <>
          <div class="slider">
            <input
              type="range"
              min={0}
              max={data.windows.length - 1}
              value={index}
              onInput={(e) => choose(Number((e.currentTarget as HTMLInputElement).value))}
              aria-label="window"
              data-testid="window-slider"
            />
            <span data-testid="window-label">
              window {index + 1} of {data.windows.length}: <strong>{w.start}</strong> – <strong>{w.end}</strong>
            </span>
          </div>
          <ClassStrip r={data} index={index} onPick={choose} />
          <div class="columns">
            <div>
              <TriangleDiagram actors={data.actors} window={w} selected={edge} onSelect={setEdge} label={describeDittmer(w.dittmer)} />
            </div>
            <div>
              <h2 data-testid="dittmer-class">{describeDittmer(w.dittmer)}</h2>
              <p>
                Structural balance: <strong>{w.balance}</strong>. Edges are signed by net cooperation beyond ±{data.threshold}; fewer than {data.minEvents} events
                leave an edge unsigned (dashed).
              </p>
              <table class="edges">
                <tbody>
                  {w.edges.map((e, k) => (
                    <tr key={k} class={edge === k ? 'selected' : ''}>
                      <td>
                        <button type="button" class="linklike" onClick={() => setEdge(k)} data-testid={`edge-${k}`}>
                          {e.pair[0]} – {e.pair[1]}
                        </button>
                      </td>
                      <td>{e.sign === 'insufficient' ? 'too few events' : `sign ${e.sign === '-' ? '−' : e.sign}`}</td>
                      <td class="num">{e.events} ev.</td>
                      <td class="num">{e.coop} coop / {e.conflict} conflict</td>
                      <td class="num">index {signed(e.netCooperation)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {edge !== null ? <EdgeEvents w={w} k={edge} /> : <p class="muted">Click an edge to see its top events.</p>}
            </div>
          </div>
          <Transitions r={data} />
        </>
      ) : null}
    </section>
  );
}

function EdgeEvents({ w, k }: { w: TriangleWindow; k: number }) {
  const e = w.edges[k];
  if (!e) return null;
  return (
    <div data-testid="edge-events">
      <h3>
        Top events {e.pair[0]} – {e.pair[1]}, {w.start} – {w.end}
      </h3>
      <EventRefList refs={e.topEvents} />
      <a href={href('events', { dyad: `${e.pair[0]}-${e.pair[1]}`, from: w.start, to: w.end, counted: 'true' })}>All {e.events} events of this edge in the window →</a>
    </div>
  );
}

function ClassStrip({ r, index, onPick }: { r: TriangleResult; index: number; onPick: (i: number) => void }) {
  return (
    <div class="strip" data-testid="class-strip">
      {r.windows.map((w, i) => (
        <button
          type="button"
          key={w.start}
          class={i === index ? 'current' : ''}
          style={{ background: CLASS_COLOR[w.dittmer.kind] ?? '#ccc' }}
          title={`${w.start} – ${w.end}: ${describeDittmer(w.dittmer)}`}
          onClick={() => onPick(i)}
        />
      ))}
      <div class="strip-legend">
        <span>
          {r.windows[0]?.start} … {r.windows[r.windows.length - 1]?.end}
        </span>
        {Object.entries(CLASS_COLOR).map(([k, c]) => (
          <span key={k}>
            <i style={{ background: c }} /> {k.replace(/-/g, ' ')}
          </span>
        ))}
      </div>
    </div>
  );
}

function Transitions({ r }: { r: TriangleResult }) {
  const shown = r.transitions.filter((t) => t.before.kind !== t.after.kind || t.changedEdges.length > 0).slice(-12);
  if (shown.length === 0) return null;
  return (
    <>
      <h2>Changes between windows</h2>
      <ul class="transitions">
        {shown.map((t) => (
          <li key={t.to}>
            <strong>{t.to}</strong>: {describeDittmer(t.before)} → {describeDittmer(t.after)}
            {t.changedEdges.length > 0 ? <span class="muted"> ({t.changedEdges.map((e) => `${e.pair.join('–')} ${e.before}→${e.after}`).join(', ')})</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
