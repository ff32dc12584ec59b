// Stage 4c — dates. Finds date expressions in a sentence and resolves them against the article's date
// (DOMAIN.md): "Sunday" = the most recent Sunday on or before the article date; "last week" has week
// precision; "in 2022" year precision; "earlier"/"recent" give only a bound ('before').
// chrono-node does the parsing; it runs only on sentences that a cheap regex says may hold a date.
import * as chrono from 'chrono-node';
import type { DatePrecision, EventDate } from '../types.ts';

export interface DateMention extends EventDate {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** True for expressions pointing forward ("next week", "tomorrow"). */
  future: boolean;
}

const MAYBE_DATE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\byesterday\b|\btoday\b|\btomorrow\b|\btonight\b|\b(?:last|next|this|past|coming)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b|\bago\b|\b(?:19|20)\d\d\b|\d{4}-\d{2}-\d{2}/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "in 2022", "since 2014", and years modifying a noun: "Russia's 2022 invasion", "the 2014 annexation".
const YEAR = /(?:\b(?:in|since|during|by|until|of|from|early|late|mid-?|the|its|their)\s+|'s\s+)((?:19|20)\d\d)\b/gi;

export function findDates(text: string, start: number, end: number, reference: string | null): DateMention[] {
  const s = text.slice(start, end);
  if (!MAYBE_DATE.test(s)) return [];
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date();
  const out: DateMention[] = [];
  // chrono is slow: a sentence whose only date-like words are years needs only the year rule below.
  const onlyYears = !MAYBE_DATE.test(s.replace(/\b(?:19|20)\d\d\b/g, ''));
  for (const r of onlyYears ? [] : chrono.parse(s, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const mention = fromChrono(r, ref, reference, /\blast\s+$/i.test(s.slice(Math.max(0, r.index - 10), r.index)));
    if (mention) out.push({ ...mention, start: start + r.index, end: start + r.index + r.text.length });
  }
  // Bare years chrono leaves alone: "in 2022", "since 2014".
  for (const m of s.matchAll(YEAR)) {
    const yStart = start + (m.index ?? 0) + (m[0].length - (m[1] as string).length);
    if (out.some((d) => d.start <= yStart && yStart < d.end)) continue;
    const y = m[1] as string;
    out.push({ value: `${y}-01-01`, precision: 'year', text: y, start: yStart, end: yStart + 4, future: reference !== null && y > reference.slice(0, 4) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function fromChrono(r: chrono.ParsedResult, ref: Date, reference: string | null, afterLast = false): EventDate & { future: boolean } | null {
  const c = r.start;
  const known = {
    weekday: c.isCertain('weekday') ? 1 : undefined,
    day: c.isCertain('day') ? 1 : undefined,
    month: c.isCertain('month') ? 1 : undefined,
    year: c.isCertain('year') ? 1 : undefined,
  };
  const lower = r.text.toLowerCase();
  const explicitFuture = /\b(next|tomorrow|coming|upcoming)\b/.test(lower);
  const yearGiven = c.isCertain('year');
  let future = explicitFuture || (reference !== null && yearGiven && iso(r.start.date()) > reference);
  // A weekday alone: most recent on or before the article date (or the next one after "next").
  if (known.weekday !== undefined && known.day === undefined && !/ago/.test(lower)) {
    const wd = WEEKDAYS.findIndex((w) => lower.includes(w));
    if (wd >= 0) {
      const d = new Date(ref);
      const back = (d.getUTCDay() - wd + 7) % 7;
      d.setUTCDate(d.getUTCDate() + (/\bnext\b/.test(lower) ? (wd - d.getUTCDay() + 7) % 7 || 7 : -back));
      return { value: iso(d), precision: 'day', text: r.text, future: /\bnext\b/.test(lower) };
    }
  }
  let precision: DatePrecision;
  if (/\bweek\b/.test(lower)) precision = 'week';
  else if (known.day !== undefined || /yesterday|today|tonight|tomorrow|ago/.test(lower)) precision = 'day';
  else if (known.month !== undefined) precision = 'month';
  else if (known.year !== undefined) precision = 'year';
  else return null;
  let value = iso(r.start.date());
  if (precision === 'month') value = `${value.slice(0, 7)}-01`;
  if (precision === 'year') value = `${value.slice(0, 4)}-01-01`;
  // "in August" said on 2025-09-01 means August 2025, never a future August.
  // "Last April, Argentina signed …" in an undated text: against today, still a past April.
  const past = reference ?? (afterLast || /\blast\b/.test(lower) ? iso(ref) : null);
  if (precision === 'month' && known.year === undefined && past && value > past && !explicitFuture) {
    value = `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
  }
  if (!explicitFuture && !yearGiven && reference !== null && value > reference && precision === 'day' && /ago|yesterday/.test(lower) === false) {
    future = true; // "on 15 September" said on 1 September
  }
  return { value, precision, text: r.text, future };
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
