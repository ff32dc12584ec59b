// One readable line per event: type, source → target, where, when, status, rule.
import type { Actor, CodedEvent } from '../types.ts';

export function actorLabel(a: Actor | null): string {
  if (!a) return '—';
  const code = [a.country ?? a.org ?? '?', a.sector].filter(Boolean).join('/');
  return a.id.includes(':') || a.id === a.country || a.id === a.org ? `${a.name} (${code})` : `${a.name} (${code})`;
}

export function formatEventLine(e: CodedEvent): string {
  const where = e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '—';
  const when = e.date ? `${e.date.precision === 'before' ? 'before ' : ''}${e.date.value}${e.date.precision !== 'day' && e.date.precision !== 'before' ? ` (${e.date.precision})` : ''}` : '—';
  const who = e.attribution?.speaker ? ` per ${e.attribution.speaker.name}` : '';
  return [
    `${e.type}${e.mode ? `/${e.mode}` : ''} ${e.cameo}`.padEnd(22),
    `${actorLabel(e.source)} → ${actorLabel(e.target)}`.padEnd(56),
    `@ ${where}`.padEnd(24),
    when.padEnd(22),
    `[${e.status}${who}]`.padEnd(24),
    e.ruleId,
  ].join(' ');
}
