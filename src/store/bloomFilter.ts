// A Bloom filter over strings: "certainly absent" or "maybe present". The DuckDB store keeps one over its
// article ids so an ingest of new articles need not scan the id column for every batch (it is the only
// writer of its file, so nothing can add an id the filter has not seen).

export class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly size: number;
  private count = 0;

  /** Room for `capacity` entries at about 1% false positives (10 bits, 7 probes an entry). */
  constructor(readonly capacity: number) {
    this.size = Math.max(1024, Math.ceil(capacity * 10));
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
  }

  get entries(): number {
    return this.count;
  }

  /** Whether more entries than planned went in (false positives rise; rebuild bigger). */
  get full(): boolean {
    return this.count > this.capacity;
  }

  add(key: string): void {
    this.count++;
    const [h1, h2] = hashes(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const at = bit % this.size;
      this.bits[at >>> 5] = (this.bits[at >>> 5] as number) | (1 << (at & 31));
    }
  }

  mayContain(key: string): boolean {
    const [h1, h2] = hashes(key);
    for (let i = 0; i < PROBES; i++) {
      const at = ((h1 + Math.imul(i, h2)) >>> 0) % this.size;
      if (((this.bits[at >>> 5] as number) & (1 << (at & 31))) === 0) return false;
    }
    return true;
  }
}

const PROBES = 7;

/** Two independent 32-bit FNV-1a variants for double hashing; the second is odd so probes differ. */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return [a >>> 0, (b | 1) >>> 0];
}
