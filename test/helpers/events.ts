// One assertion helper per domain idea (STYLE.md): expectEvent / expectNoEvent / expectActor.
// On failure they print every event the coder produced, so a broken rule is easy to see.
import { expect } from 'vitest';
import { code } from '../../src/index.ts';
import type { CodedEvent, Status } from '../../src/types.ts';

export interface ExpectedEvent {
  type?: string;
  /** Country code, org code or actor id of the source/target ("RUS", "putin", "NATO"). */
  source?: string;
  target?: string;
  status?: Status;
  /** Accept the pair in either direction. */
  either?: boolean;
}

const DEFAULT_DATE = '2025-09-01';

function matchesActor(a: CodedEvent['source'], want: string | undefined): boolean {
  if (want === undefined) return true;
  if (!a) return false;
  return a.id === want || a.country === want || a.org === want || `${a.country}:${a.sector}` === want;
}

function matches(e: CodedEvent, want: ExpectedEvent): boolean {
  if (want.type && e.type !== want.type) return false;
  if (want.status && e.status !== want.status) return false;
  const forward = matchesActor(e.source, want.source) && matchesActor(e.target, want.target);
  const backward = want.either === true && matchesActor(e.source, want.target) && matchesActor(e.target, want.source);
  return forward || backward;
}

export function describeEvents(events: CodedEvent[]): string {
  if (events.length === 0) return '(no events)';
  return events
    .map((e) => `${e.type} ${e.source?.id ?? '-'}(${e.source?.country ?? e.source?.org ?? '?'}) → ${e.target?.id ?? '-'}(${e.target?.country ?? e.target?.org ?? '?'}) [${e.status}] ${e.ruleId} "${e.evidence[0]?.trigger.text}"`)
    .join('\n');
}

export function codeText(text: string, date = DEFAULT_DATE): CodedEvent[] {
  return code(text, { date }).events;
}

export function expectEvent(text: string, want: ExpectedEvent, date = DEFAULT_DATE): CodedEvent {
  const events = codeText(text, date);
  const hit = events.find((e) => matches(e, want));
  expect(hit, `expected ${JSON.stringify(want)} in "${text}"\ngot:\n${describeEvents(events)}`).toBeDefined();
  return hit as CodedEvent;
}

/** No event at all, or (with `want`) no event matching it. Statuses outside `counted` can be allowed. */
export function expectNoEvent(text: string, want: ExpectedEvent = {}, date = DEFAULT_DATE): void {
  const events = codeText(text, date);
  const hits = events.filter((e) => matches(e, want));
  expect(hits, `expected no ${JSON.stringify(want)} in "${text}"\ngot:\n${describeEvents(hits)}`).toHaveLength(0);
}
