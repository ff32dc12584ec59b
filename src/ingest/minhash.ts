// Near-duplicate detection by MinHash over word shingles with LSH banding.
// Syndicated wire copy and re-published stories differ by a dateline, a byline or a trailing paragraph;
// their 5-word shingle sets still overlap by far more than unrelated reports ever do.
//
// Parameters (docs/store.md): 5-word shingles, 64 hash functions, 16 bands of 4 rows. A pair becomes a
// candidate when any band agrees (probability 1-(1-J^4)^16: 0.9998 at J=0.8, 0.64 at J=0.5, 0.12 at
// J=0.3), and is a near-duplicate when the estimated Jaccard similarity is ≥ 0.8.

export const MINHASH = {
  shingleWords: 5,
  permutations: 64,
  bands: 16,
  rows: 4,
  threshold: 0.8,
  /** Texts shorter than this many words are too short to judge; only exact duplicates are caught. */
  minWords: 20,
} as const;

const SEEDS = Uint32Array.from({ length: MINHASH.permutations }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/** Murmur3's finaliser: a cheap, well-mixed 32-bit hash of a 32-bit value. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the word shingles of an already normalised text, or null when it is too short to judge. */
export function shingleHashes(normalised: string): Uint32Array | null {
  const words = normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MINHASH.minWords) return null;
  const wordHashes = words.map(fnv1a);
  const k = MINHASH.shingleWords;
  const out = new Uint32Array(wordHashes.length - k + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ (wordHashes[i + j] as number), 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}

/**
 * The MinHash signature: for each seeded hash function, the minimum over all shingles. Written seed by
 * seed with the running minimum in a local, and in signed 32-bit arithmetic (the sign bit flipped, so
 * signed order is unsigned order): V8 keeps it all in integer registers. It runs on the ingest's main
 * thread for every article, and this form is about twice as fast as the plain one; a test pins the values.
 */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH.permutations);
  const xs = new Int32Array(shingles.buffer, shingles.byteOffset, shingles.length);
  const n = xs.length;
  for (let i = 0; i < sig.length; i++) {
    const seed = (SEEDS[i] as number) | 0;
    let min = 0x7fffffff; // 0xffffffff with its sign bit flipped: no shingle yet
    for (let s = 0; s < n; s++) {
      // mix32(x ^ seed), inlined
      let h = (xs[s] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h = (h ^ 0x80000000) | 0;
      if (h < min) min = h;
    }
    sig[i] = (min ^ 0x80000000) >>> 0;
  }
  return sig;
}

/** LSH band keys: band index in the high bits, a hash of the band's rows in the low 32 (safe integers). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < MINHASH.bands; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < MINHASH.rows; r++) h = Math.imul(h ^ (sig[b * MINHASH.rows + r] as number), 0x01000193);
    keys.push(b * 2 ** 32 + (mix32(h) >>> 0));
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of hash functions whose minima agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function encodeSignature(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(8, '0')).join('');
}

export function decodeSignature(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}
