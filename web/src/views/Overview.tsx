// Overview: how big the corpus is, how events spread over time (stacked by QuadClass), the busiest
// dyads (each a link to its dyad view) and the latest events.
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { useApi } from '../api.ts';
import { bars, Chart } from '../components/Chart.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { Status } from '../components/Status.tsx';
import { count, QUADS, seconds, signed } from '../format.ts';
import { href } from '../router.ts';
import type { QuadCounts, StatsResponse } from '../types.ts';

/** The x value of a time axis as the day it stands for, for legends. */
export const dayLabel = (_u: uPlot, v: number | null) => (v === null ? '–' : new Date(v * 1000).toISOString().slice(0, 10));

/** Cumulative series (all quads, 1–3, 1–2, 1) drawn over each other read as one stacked bar. */
export function stackedQuadChart(starts: string[], byQuad: QuadCounts[], height: number, title?: string): { options: Omit<uPlot.Options, 'width'>; data: uPlot.AlignedData } {
  const x = starts.map(seconds);
  const layers = [4, 3, 2, 1].map((top) => byQuad.map((c) => [1, 2, 3, 4].filter((q) => q <= top).reduce((s, q) => s + c[q as 1 | 2 | 3 | 4], 0)));
  const raw = (q: 1 | 2 | 3 | 4) => byQuad.map((c) => c[q]);
  const series: uPlot.Series[] = [
    { value: dayLabel },
    ...[4, 3, 2, 1].map((q) => {
      const quad = QUADS[q - 1] as (typeof QUADS)[number];
      const values = raw(q as 1 | 2 | 3 | 4);
      return {
        label: quad.name,
        fill: quad.color,
        stroke: quad.color,
        width: 0,
        paths: bars,
        points: { show: false },
        // The legend shows this quad's own count, not the running total the bar is drawn to.
        value: (_u: uPlot, _v: number | null, _s: number, i: number | null) => (i === null ? '–' : String(values[i] ?? 0)),
      } satisfies uPlot.Series;
    }),
  ];
  return {
    options: {
      ...(title ? { title } : {}),
      height,
      series,
      axes: [{}, { label: 'events', size: 50 }],
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] } },
      legend: { live: true },
    },
    data: [x, ...layers] as uPlot.AlignedData,
  };
}

export function Overview() {
  const { data, error, loading } = useApi<StatsResponse>('/api/stats?by=month&top=10');
  const chart = useMemo(() => {
    if (!data) return null;
    const b = data.eventsOverTime.buckets;
    return stackedQuadChart(b.map((x) => x.start), b.map((x) => x.byQuad), 260);
  }, [data]);
  if (!data) return <Status loading={loading} error={error} />;
  const c = data.corpus;
  return (
    <section data-testid="overview">
      <h1>Overview</h1>
      <div class="cards">
        <Card label="articles" value={count(c.articles)} note={`${count(c.exactDuplicates + c.nearDuplicates)} duplicates, ${count(c.nonEnglish)} not English`} />
        <Card label="events" value={count(c.events)} note={`from ${count(c.mentions)} mentions`} />
        <Card label="actors" value={count(c.actors)} note={`${count(c.sentences)} sentences read`} />
        <Card label="period" value={c.firstEventDate ? `${c.firstEventDate.slice(0, 7)} – ${(c.lastEventDate ?? '').slice(0, 7)}` : '–'} note={`${count(c.runs)} ingest runs`} />
      </div>
      <h2>Events per month</h2>
      <p class="muted">{data.eventsOverTime.counted}, stacked by QuadClass.</p>
      {chart && data.eventsOverTime.buckets.length > 0 ? <Chart {...chart} testId="overview-chart" /> : <p class="muted">No dated events yet.</p>}
      <div class="columns">
        <div>
          <h2>Top dyads</h2>
          <table class="dyads" data-testid="top-dyads">
            <thead>
              <tr>
                <th>dyad</th>
                <th class="num">events</th>
                <th>cooperation : conflict</th>
                <th class="num">Goldstein</th>
              </tr>
            </thead>
            <tbody>
              {data.topDyads.map((d) => (
                <tr key={`${d.a}-${d.b}`}>
                  <td>
                    <a href={href('dyad', { a: d.a, b: d.b })}>
                      {d.a} – {d.b}
                    </a>
                  </td>
                  <td class="num">{d.events}</td>
                  <td>
                    <CoopBar coop={d.coop} conflict={d.conflict} />
                  </td>
                  <td class="num">{signed(d.goldsteinMean, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h2>Latest events</h2>
          <EventTable events={data.latest} testId="latest-events" />
          <p>
            <a href={href('events')}>All events →</a>
          </p>
        </div>
      </div>
    </section>
  );
}

function Card({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div class="card">
      <div class="card-value">{value}</div>
      <div class="card-label">{label}</div>
      <div class="muted">{note}</div>
    </div>
  );
}

export function CoopBar({ coop, conflict }: { coop: number; conflict: number }) {
  const total = Math.max(1, coop + conflict);
  return (
    <span class="coopbar" title={`${coop} cooperative, ${conflict} conflictual`}>
      <span class="coop" style={{ width: `${(100 * coop) / total}%` }} />
      <span class="conflict" style={{ width: `${(100 * conflict) / total}%` }} />
      <span class="coopbar-text">
        {coop} : {conflict}
      </span>
    </span>
  );
}
