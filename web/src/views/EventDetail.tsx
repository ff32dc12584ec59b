// Event detail: what was coded and the evidence for it. One block per mention: the article it came from,
// its status and attribution, the rule that fired, and the sentence(s) with trigger, actors, place and
// date marked.
import { useApi } from '../api.ts';
import { Highlighted, Legend, type Mark } from '../components/Highlighted.tsx';
import { Status } from '../components/Status.tsx';
import { actorDetail, actorName, quadName, safeUrl, signed } from '../format.ts';
import { href } from '../router.ts';
import type { EventDetailResponse, MentionJson } from '../types.ts';

export function EventDetail({ id }: { id: string }) {
  const { data, error, loading } = useApi<EventDetailResponse>(`/api/events/${encodeURIComponent(id)}`);
  if (!data) return <Status loading={loading} error={error} />;
  const e = data.event;
  return (
    <section data-testid="event-detail">
      <h1>
        {e.type} <span class="muted">CAMEO {e.cameo}</span>
      </h1>
      <p class="headline">
        <strong>{actorName(e.source)}</strong> <span class="muted">{actorDetail(e.source)}</span> → <strong>{actorName(e.target)}</strong>{' '}
        <span class="muted">{actorDetail(e.target)}</span>
      </p>
      <dl class="facts">
        <dt>date</dt>
        <dd>
          {e.date ?? '–'} <span class="muted">({e.datePrecision ?? 'no precision'})</span>
        </dd>
        <dt>status</dt>
        <dd>
          <span class={`status status-${e.status}`} data-testid="event-status">
            {e.status}
          </span>
        </dd>
        <dt>QuadClass</dt>
        <dd class={`quad-${e.quadClass}`}>
          {e.quadClass} · {quadName(e.quadClass)}
        </dd>
        <dt>Goldstein</dt>
        <dd>{signed(e.goldstein, 1)}</dd>
        <dt>place</dt>
        <dd>{e.location ? `${e.location.name ?? '?'} (${[e.location.country, e.location.precision].filter(Boolean).join(', ')})` : '–'}</dd>
        <dt>mode</dt>
        <dd>{e.mode ?? '–'}</dd>
        <dt>reported by</dt>
        <dd>
          {e.mentions} mention{e.mentions === 1 ? '' : 's'} in {e.articles} article{e.articles === 1 ? '' : 's'} from {e.sources} source{e.sources === 1 ? '' : 's'}
        </dd>
        <dt>rule</dt>
        <dd>
          <code>{e.ruleId ?? '–'}</code> <span class="muted">dictionaries {e.dictionaryVersion ?? '–'}</span>
        </dd>
        <dt>provenance</dt>
        <dd>{e.provenance}</dd>
      </dl>
      {data.imported ? (
        <p class="muted">
          Imported from {data.imported.format}
          {data.imported.sourceRef ? ` (${data.imported.sourceRef})` : ''}.{' '}
          {safeUrl(data.imported.sourceUrl) ? (
            <a href={safeUrl(data.imported.sourceUrl) as string} rel="noopener noreferrer" target="_blank">
              source
            </a>
          ) : null}
        </p>
      ) : null}
      <h2>Evidence</h2>
      <Legend />
      {data.mentions.length === 0 ? <p class="muted">No mentions stored (an imported event).</p> : null}
      {data.mentions.map((m) => (
        <MentionBlock key={m.id} m={m} />
      ))}
    </section>
  );
}

function MentionBlock({ m }: { m: MentionJson }) {
  const marks: Mark[] = m.spans.map((s) => ({ kind: s.kind, start: s.start, end: s.end, label: s.label }));
  const url = safeUrl(m.article?.url ?? null);
  return (
    <article class="mention" data-testid="mention">
      <header>
        <a href={href('article', {}, m.articleId)}>{m.article?.title ?? m.articleId}</a>
        <span class="muted">
          {' '}
          · {m.article?.outlet ?? m.outlet ?? 'unknown outlet'} · {m.article?.published ?? 'undated'}
        </span>
        {url ? (
          <>
            {' '}
            ·{' '}
            <a href={url} rel="noopener noreferrer" target="_blank">
              original
            </a>
          </>
        ) : null}
      </header>
      <ReadAs m={m} />
      {m.evidence.map((ev) => (
        <blockquote key={ev.sentence} class="evidence" data-testid="evidence">
          <Highlighted text={ev.text} offset={ev.start} marks={marks} />
        </blockquote>
      ))}
      <p class="meta" data-testid="mention-meta">
        status <span class={`status status-${m.status}`}>{m.status}</span>
        {m.attribution ? (
          <>
            {' '}
            · attributed to <strong>{m.attribution.speaker?.name ?? 'unnamed source'}</strong>
            {m.attribution.channel ? ` via ${m.attribution.channel}` : ''}
          </>
        ) : (
          ' · no attribution'
        )}
        {' '}
        · date {m.date ?? '–'} {m.dateText ? `(“${m.dateText}”)` : '(from the article)'} · rule <code>{m.ruleId ?? '–'}</code>
      </p>
    </article>
  );
}

/** How the words became actors: “The two leaders” → Xi Jinping, Vladimir Putin. */
function ReadAs({ m }: { m: MentionJson }) {
  const sides = [m.source, m.target].filter((a): a is NonNullable<typeof a> => a !== null && a.text !== null);
  if (sides.length === 0) return null;
  return (
    <p class="meta" data-testid="read-as">
      read as:{' '}
      {sides.map((a, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          {a === m.source ? 'source ' : 'target '}“{a.text}” → <strong>{actorName(a)}</strong>
          {actorDetail(a) ? ` (${actorDetail(a)})` : ''}
        </span>
      ))}
      {m.location?.text ? (
        <span>
          ; place “{m.location.text}” → <strong>{m.location.name}</strong>
          {m.location.country ? ` (${m.location.country})` : ''}
        </span>
      ) : null}
    </p>
  );
}
