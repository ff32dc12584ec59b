// In-memory de-duplication of a corpus read in order, by the ingest's own rules (docs/store.md): the same
// normalised text, or MinHash similarity at or above the threshold with an earlier text sharing an LSH
// band. For tools that read a corpus without a store (the precision sampler); an ingest asks its store.
import { bandKeys, MINHASH, shingleHashes, signature, similarity } from './minhash.ts';
import { normaliseForHash, sha } from './normalise.ts';

export class CorpusDuplicates {
  private readonly ids = new Set<string>();
  private readonly byBand = new Map<number, Uint32Array[]>();

  /** Whether this text copies one seen before; if not, it is remembered as an original. */
  isCopy(text: string): boolean {
    const normalised = normaliseForHash(text);
    const id = sha(normalised);
    if (this.ids.has(id)) return true;
    const shingles = shingleHashes(normalised);
    const sig = shingles ? signature(shingles) : null;
    const keys = sig ? bandKeys(sig) : [];
    if (sig && keys.some((k) => (this.byBand.get(k) ?? []).some((other) => similarity(sig, other) >= MINHASH.threshold))) return true;
    this.ids.add(id);
    for (const k of keys) {
      const list = this.byBand.get(k);
      if (list) list.push(sig as Uint32Array);
      else this.byBand.set(k, [sig as Uint32Array]);
    }
    return false;
  }
}
