// What a mention points at in its article, as character offsets into the stored article text: the
// trigger of each evidence sentence, source and target, the place, the date words and the speaker of an
// attribution. The store keeps actor/place offsets as columns and triggers inside the evidence JSON; the
// date keeps only its words, so they are looked up inside the evidence sentence ("on Tuesday").
import type { StoredMention } from '../store/Store.ts';

export type SpanKind = 'trigger' | 'actor' | 'place' | 'date' | 'speaker';

export interface TextSpan {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  /** What the span was read as: "Sergei Lavrov (RUS, foreign minister)", "CONSULT", "2024-04-09". */
  label: string;
  /** Events (clusters) and mentions that use this span. */
  eventIds: string[];
  mentionIds: string[];
}

function columnSpan(r: Record<string, unknown>, prefix: string): { start: number; end: number; text: string } | null {
  const start = r[`${prefix}_start`];
  const end = r[`${prefix}_end`];
  if (typeof start !== 'number' || typeof end !== 'number' || end <= start) return null;
  return { start, end, text: String(r[`${prefix}_text`] ?? '') };
}

function actorLabel(r: Record<string, unknown>, side: string): string {
  const name = r[`${side}_name`] ?? r[`${side}_id`] ?? '?';
  const extra = [r[`${side}_country`] ?? r[`${side}_org`], r[`${side}_role`] ?? r[`${side}_sector`]].filter((x) => x != null);
  return extra.length > 0 ? `${String(name)} (${extra.join(', ')})` : String(name);
}

/** The spans of one mention (not merged). */
export function mentionSpans(m: StoredMention): TextSpan[] {
  const r = m.row;
  const out: TextSpan[] = [];
  const add = (kind: SpanKind, s: { start: number; end: number; text: string } | null, label: string) => {
    if (s) out.push({ kind, start: s.start, end: s.end, text: s.text, label, eventIds: [m.eventId], mentionIds: [m.id] });
  };
  for (const ev of m.evidence) add('trigger', ev.trigger, `${m.type} (${ev.ruleId})`);
  add('actor', columnSpan(r, 'source'), `source: ${actorLabel(r, 'source')}`);
  add('actor', columnSpan(r, 'target'), `target: ${actorLabel(r, 'target')}`);
  add('place', columnSpan(r, 'location'), `place: ${String(r.location_name ?? '')}`);
  const dateText = typeof r.date_text === 'string' ? r.date_text : '';
  if (dateText !== '') {
    for (const ev of m.evidence) {
      const at = ev.text.indexOf(dateText);
      if (at >= 0) {
        add('date', { start: ev.start + at, end: ev.start + at + dateText.length, text: dateText }, `date: ${m.date ?? '?'} (${String(r.date_precision ?? '')})`);
        break;
      }
    }
  }
  const speaker = m.attribution?.speaker;
  if (speaker && speaker.end > speaker.start) add('speaker', speaker, `speaker: ${speaker.name}${m.attribution?.channel ? ` via ${m.attribution.channel}` : ''}`);
  return out;
}

/** Every mention's spans, one entry per (kind, start, end), inside a text of `length` characters. */
export function mergeSpans(mentions: readonly StoredMention[], length: number): TextSpan[] {
  const byKey = new Map<string, TextSpan>();
  for (const m of mentions) {
    for (const s of mentionSpans(m)) {
      if (s.start < 0 || s.end > length) continue;
      const key = `${s.kind}:${s.start}:${s.end}`;
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, s);
        continue;
      }
      for (const id of s.eventIds) if (!seen.eventIds.includes(id)) seen.eventIds.push(id);
      for (const id of s.mentionIds) if (!seen.mentionIds.includes(id)) seen.mentionIds.push(id);
      if (!seen.label.includes(s.label)) seen.label += `; ${s.label}`;
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
}
