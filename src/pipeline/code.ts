// Placeholder until the pipeline lands: same signature as the real one.
import type { CodeOptions, CodeResult } from '../types.ts';

export function code(text: string, _options: CodeOptions = {}): CodeResult {
  return { events: [], sentences: [], warnings: text.trim() === '' ? [{ code: 'W_EMPTY', message: 'empty text' }] : [] };
}
