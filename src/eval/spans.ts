// Character-span helpers shared by the scorers. Spans are end-exclusive, as in src/types.ts.

export interface CharSpan {
  start: number;
  end: number;
}

/** True when the two spans share at least one character. */
export function spansOverlap(a: CharSpan, b: CharSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Number of characters the two spans share. */
export function overlapLength(a: CharSpan, b: CharSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const LEADING_DETERMINER = /^(?:the|a|an)\s+/i;
const TRAILING_PUNCTUATION = /[\s,.;:!?"'”’)]+$/u;
const LEADING_SPACE_OR_QUOTE = /^[\s"'“‘(]+/u;

/**
 * Narrows a span of `text` to its core for matching: drops leading "the/a/an", quotes and spaces and
 * trailing punctuation. "the Kremlin," and "Kremlin" then match; "the Ruritanian government's offer"
 * keeps its possessive, since that is a different (larger) span.
 */
export function trimSpan(text: string, span: CharSpan): CharSpan {
  let { start, end } = span;
  for (;;) {
    const piece = text.slice(start, end);
    const lead = LEADING_SPACE_OR_QUOTE.exec(piece) ?? LEADING_DETERMINER.exec(piece);
    if (!lead || lead[0].length >= piece.length) break;
    start += lead[0].length;
  }
  const trail = TRAILING_PUNCTUATION.exec(text.slice(start, end));
  if (trail && trail[0].length < end - start) end -= trail[0].length;
  return { start, end };
}
