// How numbers, dates, actors and classes read on screen, and the colours that mean the same thing in
// every chart: QuadClass 1–4 from light blue (verbal cooperation) to dark red (material conflict).
import type { ActorJson } from './types.ts';

export const QUADS = [
  { q: 1, name: 'Verbal cooperation', color: '#8ab8e0' },
  { q: 2, name: 'Material cooperation', color: '#2c6fad' },
  { q: 3, name: 'Verbal conflict', color: '#f0a04b' },
  { q: 4, name: 'Material conflict', color: '#c0392b' },
] as const;

export function quadName(q: number): string {
  return QUADS.find((x) => x.q === q)?.name ?? `QuadClass ${q}`;
}

export function signed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(digits)}`;
}

export function count(n: number): string {
  return n.toLocaleString('en');
}

export function actorName(a: ActorJson | null): string {
  if (!a) return '?';
  return a.name ?? a.id ?? a.country ?? a.org ?? '?';
}

export function actorDetail(a: ActorJson | null): string {
  if (!a) return '';
  return [a.country ?? a.org, a.role ?? a.sector].filter(Boolean).join(', ');
}

/** Unix seconds of a 'YYYY-MM-DD' day (what uPlot's time axis takes). */
export function seconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** Goldstein → red … grey … green, saturated at ±5 (most coded events sit between −2 and +4). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 5));
  if (t >= 0) return `rgb(${Math.round(140 - 110 * t)}, ${Math.round(140 + 20 * t)}, ${Math.round(140 - 80 * t)})`;
  return `rgb(${Math.round(140 + 80 * -t)}, ${Math.round(140 - 90 * -t)}, ${Math.round(140 - 90 * -t)})`;
}

/** Only links that leave for the web: an article's URL is untrusted input ('javascript:…'). */
export function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
