// Access to ../shared (seed article, eval sets, corpus). Tests that need it skip with a printed reason.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve(import.meta.dirname, '../../../shared');

export function sharedPath(rel: string): string | null {
  const p = resolve(SHARED_DIR, rel);
  if (existsSync(p)) return p;
  console.warn(`skipping: ${p} is not available (../shared sits beside the checkout)`);
  return null;
}
