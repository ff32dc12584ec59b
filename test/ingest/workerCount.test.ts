// How many coder threads an ingest starts by default, by core count.
import { describe, expect, it } from 'vitest';
import { defaultWorkerCount } from '../../src/ingest/coderPool.ts';

describe('defaultWorkerCount', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [8, 4],
  ])('%i cores → %i workers', (cores, workers) => {
    expect(defaultWorkerCount(cores)).toBe(workers);
  });
});
