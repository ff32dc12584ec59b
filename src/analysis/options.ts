// Checks for numeric options, each naming the option in its E_USAGE message.
import { EntenteError } from '../errors.ts';

export function wholeNumber(v: number, option: string, min = 0): number {
  if (!Number.isSafeInteger(v) || v < min) {
    throw new EntenteError('E_USAGE', `${option}: expected a whole number ≥ ${min}, got ${v}`, { option, value: v });
  }
  return v;
}

/** Parse a command-line integer option ('1000' → 1000); `option` is the flag as the user typed it. */
export function parseWholeNumber(text: string, option: string, min = 0): number {
  const n = /^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN;
  return wholeNumber(n, option, min);
}
