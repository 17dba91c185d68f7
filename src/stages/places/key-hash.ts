// 32-bit hashes of gazetteer keys, and a small filter of them: a cheap first test before a lookup in a large map.
// A hash missing from the filter proves the key is absent; a hash present proves nothing (the caller then
// looks the key up for real), so answers stay exact whatever the collisions.
import type { Token } from '../../model/types.js';

/** FNV-1a over UTF-16 code units: `hashStep` from `HASH_SEED`, one unit at a time, so spans can be hashed as they are read. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

export function hashString(s: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/**
 * A Bloom filter of 32-bit hashes: two bits per hash in a 256-kilobit array, 32 kB that stay in the fastest
 * caches, where a map of the keys themselves is large and cold. For the 25-30 thousand keys of the gazetteer
 * about 3% of absent hashes pass; `has` never fails a hash that was added.
 */
export class HashFilter {
  readonly bits = new Int32Array(FILTER_BITS >>> 5);

  constructor(hashes: Iterable<number>) {
    for (const h of hashes) {
      this.set(h);
      this.set(second(h));
    }
  }

  /** A filter from the bits of another (`bits`), as the disk cache keeps it. */
  static fromBits(bits: Int32Array): HashFilter {
    const f = new HashFilter([]);
    f.bits.set(bits);
    return f;
  }

  has(hash: number): boolean {
    return this.get(hash) && this.get(second(hash));
  }

  private set(h: number): void {
    const bit = h & (FILTER_BITS - 1);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private get(h: number): boolean {
    const bit = h & (FILTER_BITS - 1);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const FILTER_BITS = 1 << 18;

/** A second bit position from the same hash: its high bits, mixed. */
function second(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 14;
}

/**
 * Hashes the lower-cased text of every span from token `i` to each token before `limit`, in one reading of
 * the text: `hashes[n]` is `hashString(text.slice(start of i, end of i + n).toLowerCase())` when `ascii[n]`
 * is 1. Only text all in ASCII is hashed (there lower-casing is A-Z to a-z, one unit for one); a span with
 * any other character gets `ascii[n]` 0 and must be looked up itself.
 */
export function hashTokenSpans(
  text: string, tokens: readonly Token[], i: number, limit: number, hashes: Int32Array, ascii: Uint8Array,
): void {
  let h = HASH_SEED;
  let plain = true;
  let p = tokens[i]!.span[0];
  for (let j = i; j < limit; j++) {
    const end = tokens[j]!.span[1];
    if (end < p) plain = false; // overlapping tokens: the span is not the text read so far
    for (; plain && p < end; p++) {
      let c = text.charCodeAt(p);
      if (c >= 128) plain = false;
      else if (c >= 65 && c <= 90) c += 32;
      h = hashStep(h, c);
    }
    hashes[j - i] = h;
    ascii[j - i] = plain ? 1 : 0;
  }
}
