// The dashboard shell: navigation and one view per hash route. The map (and its world geometry) is
// loaded only when opened.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ActorOptions } from './components/ActorInput.tsx';
import { href, useRoute, type Route } from './router.ts';
import { ArticleView } from './views/ArticleView.tsx';
import { CodeView } from './views/CodeView.tsx';
import { DyadView } from './views/DyadView.tsx';
import { EventDetail } from './views/EventDetail.tsx';
import { EventsView } from './views/EventsView.tsx';
import { Overview } from './views/Overview.tsx';
import { TriangleView } from './views/TriangleView.tsx';

const NAV = [
  ['overview', 'Overview'],
  ['dyad', 'Dyads'],
  ['triangle', 'Triangle'],
  ['map', 'Map'],
  ['events', 'Events'],
  ['code', 'Code a text'],
] as const;

function LazyMap({ route }: { route: Route }) {
  const [View, setView] = useState<ComponentType<{ route: Route }> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./views/MapView.tsx').then(
      (m) => setView(() => m.default),
      (e: unknown) => setFailed(String(e)),
    );
  }, []);
  if (failed) return <p class="error">The map could not be loaded: {failed}</p>;
  return View ? <View route={route} /> : <p class="muted">Loading the map…</p>;
}

function Page({ route }: { route: Route }) {
  switch (route.view) {
    case 'overview':
      return <Overview />;
    case 'dyad':
      return <DyadView route={route} />;
    case 'triangle':
      return <TriangleView route={route} />;
    case 'map':
      return <LazyMap route={route} />;
    case 'events':
      return <EventsView route={route} />;
    case 'event':
      return route.id ? <EventDetail id={route.id} /> : <EventsView route={route} />;
    case 'article':
      return route.id ? <ArticleView id={route.id} /> : <p class="error">No article id in the address.</p>;
    case 'code':
      return <CodeView />;
    default:
      return (
        <p class="error">
          No view “{route.view}”. <a href={href('overview')}>Overview</a>
        </p>
      );
  }
}

export function App() {
  const route = useRoute();
  useEffect(() => window.scrollTo(0, 0), [route.view, route.id]);
  return (
    <>
      <header class="top">
        <a class="brand" href={href('overview')}>
          Entente
        </a>
        <nav>
          {NAV.map(([view, label]) => (
            <a key={view} href={href(view)} class={route.view === view ? 'active' : ''}>
              {label}
            </a>
          ))}
        </nav>
        <a class="api-link" href="/api/openapi.json">
          API
        </a>
      </header>
      <main>
        <Page route={route} />
      </main>
      <ActorOptions />
    </>
  );
}
