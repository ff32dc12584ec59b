// The Bloom filter behind the DuckDB store's id lookups: never "absent" for an id it holds, rarely "present" otherwise.
import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../src/store/bloomFilter.ts';

describe('BloomFilter', () => {
  it('holds every id added and rejects about 99% of others', () => {
    const f = new BloomFilter(20_000);
    for (let i = 0; i < 20_000; i++) f.add(`article-${i}`);
    for (let i = 0; i < 20_000; i++) expect(f.mayContain(`article-${i}`)).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 20_000; i++) if (f.mayContain(`other-${i}`)) falsePositives++;
    expect(falsePositives / 20_000).toBeLessThan(0.02);
    expect(f.full).toBe(false);
    f.add('one more');
    expect(f.full).toBe(true);
  });

  it('says absent when empty', () => {
    expect(new BloomFilter(10).mayContain('anything')).toBe(false);
  });
});
