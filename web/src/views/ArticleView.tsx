// Article reader: the stored text with every annotation of every event coded in it marked; clicking a
// mark opens its event. The text is untrusted and rendered as text nodes only (Highlighted).
import { useApi } from '../api.ts';
import { Highlighted, Legend, type Mark } from '../components/Highlighted.tsx';
import { Status } from '../components/Status.tsx';
import { safeUrl } from '../format.ts';
import { href, navigate } from '../router.ts';
import type { ArticleResponse, SpanKind } from '../types.ts';

export function ArticleView({ id }: { id: string }) {
  const { data, error, loading } = useApi<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`);
  if (!data) return <Status loading={loading} error={error} />;
  const a = data.article;
  const marks: Mark[] = data.spans.map((s) => ({ kind: s.kind, start: s.start, end: s.end, label: s.label, eventId: s.eventIds[0] }));
  const counts: Partial<Record<SpanKind, number>> = {};
  for (const s of data.spans) counts[s.kind] = (counts[s.kind] ?? 0) + 1;
  const url = safeUrl(a.url);
  const events = [...new Map(data.mentions.map((m) => [m.eventId, m])).values()];
  return (
    <section data-testid="article-view">
      <h1 data-testid="article-title">{a.title ?? '(untitled)'}</h1>
      <p class="muted">
        {a.outlet ?? 'unknown outlet'} · {a.published ?? 'undated'} · language {a.language}
        {a.byline ? ` · ${a.byline}` : ''}
        {url ? (
          <>
            {' '}
            ·{' '}
            <a href={url} rel="noopener noreferrer" target="_blank">
              original
            </a>
          </>
        ) : null}
      </p>
      {a.duplicateOf ? (
        <p class="note">
          A {a.duplicateKind} duplicate{a.similarity !== null ? ` (similarity ${a.similarity.toFixed(2)})` : ''} of <a href={href('article', {}, a.duplicateOf)}>another article</a>,
          where its events are coded.
        </p>
      ) : !a.coded ? (
        <p class="note">Stored but not coded (language {a.language}).</p>
      ) : null}
      <Legend counts={counts} />
      <div class="article-text" data-testid="article-text">
        <Highlighted text={data.text} marks={marks} onMarkClick={(m) => m.eventId && navigate(href('event', {}, m.eventId))} />
      </div>
      <h2>
        {events.length} event{events.length === 1 ? '' : 's'} coded here
      </h2>
      <ul class="refs">
        {events.map((m) => (
          <li key={m.eventId}>
            <a href={href('event', {}, m.eventId)}>{m.type}</a> {m.source?.name ?? m.source?.id ?? '?'} → {m.target?.name ?? m.target?.id ?? '?'}{' '}
            <span class="muted">
              ({m.status}, {m.date ?? 'undated'}, rule {m.ruleId})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
