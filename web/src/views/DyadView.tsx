// Dyad view: A–B over time. Top: Goldstein mean per bucket with the segment means and change points
// found by PELT; bottom: events per bucket stacked by QuadClass. Clicking a bucket lists its events.
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { apiUrl, useApi } from '../api.ts';
import { ActorInput, formValues } from '../components/ActorInput.tsx';
import { Chart, stepped } from '../components/Chart.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { Status } from '../components/Status.tsx';
import { seconds, signed } from '../format.ts';
import { href, navigate, type Route } from '../router.ts';
import type { ChangePointResult, DyadSeries, EventsResponse } from '../types.ts';
import { dayLabel, stackedQuadChart } from './Overview.tsx';

export function DyadView({ route }: { route: Route }) {
  const p = route.params;
  const a = p.a || 'RUS';
  const b = p.b || 'CHN';
  const by = p.by || 'month';
  const directed = p.directed === 'true';
  const q = { a, b, by, directed, from: p.from, to: p.to };
  const series = useApi<DyadSeries>(apiUrl('/api/dyads', q));
  const changes = useApi<ChangePointResult>(apiUrl('/api/changepoints', q));
  const at = p.at ?? null;
  const bucket = series.data?.buckets.find((x) => x.start === at) ?? null;
  const events = useApi<EventsResponse>(
    bucket ? apiUrl('/api/events', { dyad: `${a}${directed ? '>' : '-'}${b}`, from: bucket.start, to: bucket.end, counted: true, limit: 500 }) : null,
  );
  const select = (start: string) => navigate(href('dyad', { ...p, a, b, by, at: start }));

  const charts = useMemo(() => (series.data ? dyadCharts(series.data, changes.data) : null), [series.data, changes.data]);
  const onCreate = (u: uPlot) => {
    u.over.addEventListener('click', () => {
      const i = u.cursor.idx;
      const start = i == null ? undefined : series.data?.buckets[i]?.start;
      if (start) select(start);
    });
  };

  return (
    <section data-testid="dyad-view">
      <h1>
        Dyad {a} {directed ? '→' : '–'} {b}
      </h1>
      <form
        key={JSON.stringify(q)}
        class="controls"
        onSubmit={(e) => {
          e.preventDefault();
          const v = formValues(e.currentTarget);
          navigate(href('dyad', { a: v.a, b: v.b, by: v.by, directed: v.directed ? 'true' : undefined, from: v.from, to: v.to }));
        }}
      >
        <ActorInput name="a" label="A" value={a} />
        <ActorInput name="b" label="B" value={b} />
        <label>
          per{' '}
          <select name="by">
            {['day', 'week', 'month'].map((u) => (
              <option key={u} value={u} selected={u === by}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="directed" value="true" defaultChecked={directed} /> only A → B
        </label>
        <label>
          from <input name="from" type="date" defaultValue={p.from ?? ''} />
        </label>
        <label>
          to <input name="to" type="date" defaultValue={p.to ?? ''} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status loading={series.loading} error={series.error ?? changes.error} />
      {series.data && charts ? (
        series.data.totals.events === 0 ? (
          <p class="muted">No counted events between {a} and {b}.</p>
        ) : (
          <>
            <Summary s={series.data} c={changes.data} />
            <Chart {...charts.goldstein} onCreate={onCreate} testId="dyad-goldstein" />
            <Chart {...charts.quads} onCreate={onCreate} testId="dyad-quads" />
            <p class="muted">Click a {by} to list its events; drag across a chart to zoom, double-click to zoom out.</p>
          </>
        )
      ) : null}
      {bucket ? (
        <div data-testid="bucket-events">
          <h2>
            {bucket.start} – {bucket.end}: {bucket.events} event{bucket.events === 1 ? '' : 's'}
            {bucket.goldsteinMean !== null ? `, Goldstein mean ${signed(bucket.goldsteinMean)}` : ''}
          </h2>
          <Status loading={events.loading} error={events.error} />
          {events.data ? <EventTable events={events.data.events} /> : null}
        </div>
      ) : null}
    </section>
  );
}

function Summary({ s, c }: { s: DyadSeries; c: ChangePointResult | null }) {
  const t = s.totals;
  return (
    <div class="summary">
      <p>
        <strong>{t.events}</strong> counted events ({s.statuses === 'all' ? 'all statuses' : s.statuses.join(', ')}), Goldstein mean{' '}
        <strong>{signed(t.goldsteinMean)}</strong>, net cooperation <strong>{signed(t.netCooperation)}</strong>.
      </p>
      {c ? (
        c.changes.length === 0 ? (
          <p class="muted" data-testid="change-points">
            No change point in the Goldstein mean ({c.series.length} {s.by}s with events, PELT).
          </p>
        ) : (
          <ul data-testid="change-points">
            {c.changes.map((x) => (
              <li key={x.date}>
                Change point <strong>{x.date}</strong>: mean {signed(x.before)} → {signed(x.after)} ({signed(x.delta)})
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function dyadCharts(s: DyadSeries, c: ChangePointResult | null) {
  const starts = s.buckets.map((b) => b.start);
  const x = starts.map(seconds);
  const mean = s.buckets.map((b) => b.goldsteinMean);
  // The segment mean that holds at each bucket: a step line from each segment's start to the next's.
  const segs = c?.segments ?? [];
  const segMean = starts.map((d) => {
    let m: number | null = null;
    for (const g of segs) if (g.start <= d) m = g.mean;
    return segs.length > 0 && d <= (segs[segs.length - 1]?.end ?? '') ? m : null;
  });
  const changeXs = (c?.changes ?? []).map((ch) => seconds(ch.date));
  const markChanges: uPlot.Plugin = {
    hooks: {
      draw: [
        (u) => {
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = '#8e44ad';
          ctx.lineWidth = 2 * devicePixelRatio;
          ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
          for (const cx of changeXs) {
            const px = u.valToPos(cx, 'x', true);
            ctx.beginPath();
            ctx.moveTo(px, u.bbox.top);
            ctx.lineTo(px, u.bbox.top + u.bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
  const goldstein = {
    options: {
      title: 'Goldstein mean per bucket (−10 conflict … +10 cooperation); dashed: change points',
      height: 220,
      plugins: [markChanges],
      series: [
        { value: dayLabel },
        // Empty buckets break the line: a quiet stretch is not a trend.
        { label: 'Goldstein mean', stroke: '#2c3e50', width: 1.5, spanGaps: false, points: { show: true, size: 6, fill: '#2c3e50' }, value: (_u: uPlot, v: number | null) => signed(v) },
        { label: 'segment mean', stroke: '#8e44ad', width: 2, dash: [4, 2], paths: stepped, points: { show: false }, value: (_u: uPlot, v: number | null) => signed(v) },
      ],
      axes: [{}, { label: 'Goldstein', size: 50 }],
      scales: { x: { time: true }, y: { range: (_u: uPlot, min: number, max: number) => [Math.min(-1, Math.floor(min - 0.5)), Math.max(1, Math.ceil(max + 0.5))] as uPlot.Range.MinMax } },
    } satisfies Omit<uPlot.Options, 'width'>,
    data: [x, mean, segMean] as uPlot.AlignedData,
  };
  const quads = stackedQuadChart(starts, s.buckets.map((b) => b.byQuad), 200, 'Events per bucket by QuadClass');
  return { goldstein, quads };
}
