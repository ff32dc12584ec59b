// Calendar arithmetic for analytics on whole UTC days. A day is an integer: days since 1970-01-01
// (a Thursday), so windows, buckets and permutations work on plain numbers and typed arrays.
import { EntenteError } from '../errors.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type BucketUnit = 'day' | 'week' | 'month';
export const BUCKET_UNITS: readonly BucketUnit[] = ['day', 'week', 'month'];

/** 'YYYY-MM-DD' → day number, or null when the string is not a real calendar date. */
export function tryDayOf(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // '2024-02-30' rolls over to March in Date.UTC; reject it instead.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Day number of a date that came from the database (always well formed). */
export function dayOf(iso: string): number {
  const d = tryDayOf(iso.slice(0, 10));
  if (d === null) throw new EntenteError('E_STORE_QUERY', `unexpected date value from the store: ${iso}`);
  return d;
}

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Validate a user-supplied date option ('YYYY-MM-DD'); `option` names it in the error. */
export function parseDateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (tryDayOf(value) === null) {
    throw new EntenteError('E_USAGE', `${option}: expected a date as YYYY-MM-DD, got '${value}'`, { option, value });
  }
  return value;
}

/** Validate a from/to pair: each a date, and from ≤ to. */
export function parseDateRange(
  from: string | undefined,
  to: string | undefined,
  names: [string, string] = ['from', 'to'],
): { from: string | undefined; to: string | undefined } {
  const f = parseDateOption(from, names[0]);
  const t = parseDateOption(to, names[1]);
  if (f !== undefined && t !== undefined && f > t) {
    throw new EntenteError('E_USAGE', `${names[0]} (${f}) is after ${names[1]} (${t})`, { from: f, to: t });
  }
  return { from: f, to: t };
}

/**
 * A duration in whole days: '14d', '2w', or a bare number of days ('14'). Months are refused because
 * their length varies and windows must be comparable.
 */
export function parseDuration(value: string | number, option: string): number {
  const text = String(value).trim();
  const m = /^(\d+)\s*([dw]?)$/i.exec(text);
  const n = m ? Number(m[1]) * (m[2]?.toLowerCase() === 'w' ? 7 : 1) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new EntenteError(
      'E_USAGE',
      `${option}: expected a positive duration such as '14d' or '2w', got '${text}'`,
      { option, value: text },
    );
  }
  return n;
}

export function parseBucketUnit(value: string, option = 'by'): BucketUnit {
  if ((BUCKET_UNITS as readonly string[]).includes(value)) return value as BucketUnit;
  throw new EntenteError('E_USAGE', `${option}: expected one of day, week, month; got '${value}'`, { option, value });
}

/** First day of the bucket holding `day`: the day itself, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(day: number, unit: BucketUnit): number {
  if (unit === 'day') return day;
  // Day 0 is a Thursday, so (day + 3) mod 7 counts days since Monday.
  if (unit === 'week') return day - (((day + 3) % 7) + 7) % 7;
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY);
}

/** First day of the bucket after the one starting at `start`. */
export function nextBucket(start: number, unit: BucketUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const d = new Date(start * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY);
}
