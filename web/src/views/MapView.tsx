// Map: where events happened, one circle per place (area ∝ events, colour = Goldstein mean), on world
// geometry shipped in the world-atlas package (no tile server, works offline). Loaded on demand, so the
// geometry is not in the main bundle.
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { apiUrl, useApi } from '../api.ts';
import { ActorInput, formValues } from '../components/ActorInput.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { Status } from '../components/Status.tsx';
import { goldsteinColor, signed } from '../format.ts';
import { href, navigate, type Route } from '../router.ts';
import type { EventsResponse, PlacesResponse } from '../types.ts';

const W = 960;
const H = 500;

function useWorld() {
  return useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [W - 4, H - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    return {
      projection,
      sphere: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
      countries: countries.features.map((f) => ({ id: String(f.id ?? (f.properties as { name?: string } | null)?.name), d: path(f) ?? '' })),
    };
  }, []);
}

export default function MapView({ route }: { route: Route }) {
  const p = route.params;
  const { data, error, loading } = useApi<PlacesResponse>(apiUrl('/api/places', { from: p.from, to: p.to, actor: p.actor, type: p.type }));
  const geo = useWorld();
  const [picked, setPicked] = useState<string | null>(null);
  const events = useApi<EventsResponse>(picked ? apiUrl('/api/events', { place: picked, from: p.from, to: p.to, actor: p.actor, type: p.type, limit: 50 }) : null);
  const places = data?.places ?? [];
  const max = Math.max(1, ...places.map((x) => x.events));
  const labelled = new Set(places.slice(0, 8).map((x) => x.name));

  return (
    <section data-testid="map-view">
      <h1>Map</h1>
      <form
        key={JSON.stringify(p)}
        class="controls"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(href('map', formValues(e.currentTarget)));
        }}
      >
        <ActorInput name="actor" label="actor" value={p.actor} />
        <label>
          types <input name="type" defaultValue={p.type ?? ''} placeholder="ASSAULT,PROTEST" size={16} />
        </label>
        <label>
          from <input name="from" type="date" defaultValue={p.from ?? ''} />
        </label>
        <label>
          to <input name="to" type="date" defaultValue={p.to ?? ''} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status loading={loading} error={error} />
      {data ? (
        <p class="muted">
          {places.length} places, {places.reduce((s, x) => s + x.events, 0)} located events. Circle area: events; colour: Goldstein mean (red conflict, green
          cooperation). Click a circle for its events.
        </p>
      ) : null}
      <svg class="map" viewBox={`0 0 ${W} ${H}`} data-testid="map-svg">
        <path d={geo.sphere} class="sphere" />
        <path d={geo.graticule} class="graticule" />
        {geo.countries.map((c) => (
          <path key={c.id} d={c.d} class="country" />
        ))}
        {places.map((x) => {
          const xy = geo.projection([x.lon, x.lat]);
          if (!xy) return null;
          const r = 3 + 14 * Math.sqrt(x.events / max);
          return (
            <g key={`${x.name}|${x.country}|${x.lat}`} class={`place${picked === x.name ? ' picked' : ''}`} onClick={() => setPicked(x.name)}>
              <circle cx={xy[0]} cy={xy[1]} r={r} fill={goldsteinColor(x.goldsteinMean)}>
                <title>
                  {x.name ?? '?'} ({x.country ?? '?'}, {x.precision}): {x.events} events, Goldstein mean {signed(x.goldsteinMean, 1)}
                </title>
              </circle>
              {labelled.has(x.name) ? (
                <text x={xy[0] + r + 3} y={xy[1] + 4} class="place-label">
                  {x.name}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {picked ? (
        <div data-testid="place-events">
          <h2>Events in {picked}</h2>
          <Status loading={events.loading} error={events.error} />
          {events.data ? <EventTable events={events.data.events} /> : null}
          <a href={href('events', { place: picked })}>In the event table →</a>
        </div>
      ) : null}
    </section>
  );
}
