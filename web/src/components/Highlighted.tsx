// Text with annotations marked. The text is untrusted (it came from the web), so it only ever becomes
// text nodes: strings as children, never innerHTML. Overlapping spans are cut at every boundary and each
// piece carries the kinds of all spans covering it.
import type { SpanKind } from '../types.ts';

export interface Mark {
  kind: SpanKind;
  start: number;
  end: number;
  label: string;
  eventId?: string | undefined;
}

const ORDER: SpanKind[] = ['trigger', 'actor', 'place', 'date', 'speaker'];

interface Props {
  text: string;
  /** Offset of `text` in the coordinates the marks use (a sentence inside its article). */
  offset?: number;
  marks: readonly Mark[];
  onMarkClick?: (m: Mark) => void;
}

export function Highlighted({ text, offset = 0, marks, onMarkClick }: Props) {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - offset), end: Math.min(text.length, m.end - offset) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const piece = text.slice(a, b);
    const over = inside.filter((m) => m.start <= a && m.end >= b);
    if (over.length === 0) {
      pieces.push(piece);
      continue;
    }
    const kinds = ORDER.filter((k) => over.some((m) => m.kind === k));
    const first = over.find((m) => m.eventId) ?? over[0];
    pieces.push(
      <mark
        key={a}
        class={kinds.map((k) => `hl-${k}`).join(' ')}
        data-kinds={kinds.join(' ')}
        title={[...new Set(over.map((m) => m.label))].join('\n')}
        onClick={onMarkClick && first ? () => onMarkClick(first) : undefined}
      >
        {piece}
      </mark>,
    );
  }
  return <>{pieces}</>;
}

export function Legend({ counts }: { counts?: Partial<Record<SpanKind, number>> }) {
  return (
    <p class="legend">
      {ORDER.map((k) => (
        <span key={k}>
          <mark class={`hl-${k}`}>{k}</mark>
          {counts ? ` ${counts[k] ?? 0}` : ''}
        </span>
      ))}
    </p>
  );
}
