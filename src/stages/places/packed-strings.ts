// A list of strings packed for the disk cache: one joined string, the offset of each, and an open-addressing
// table of their hashes (`hashString`), so the list opens without building a Map and finds a string
// without cutting one.
import { hashString } from './key-hash.js';

export interface PackedStrings {
  /** The strings, joined with nothing between them. */
  text: string;
  /** String `k` is `text.slice(starts[k], starts[k + 1])`. */
  starts: Uint32Array;
  /** 1 + the index of a string at its hash's slot or a later one (linear probing); 0 is empty. Empty when not indexed. */
  slots: Int32Array;
}

/** Packs `list` (distinct strings); `indexed` adds the hash table `StringTable.indexOf` needs. */
export function packStrings(list: readonly string[], indexed = true): PackedStrings {
  const starts = new Uint32Array(list.length + 1);
  let at = 0;
  list.forEach((s, k) => {
    starts[k] = at;
    at += s.length;
  });
  starts[list.length] = at;
  let size = 0;
  if (indexed) for (size = 16; size < 2 * list.length; size *= 2);
  const slots = new Int32Array(size);
  const mask = size - 1;
  if (indexed) {
    list.forEach((s, k) => {
      let i = hashString(s) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    });
  }
  return { text: list.join(''), starts, slots };
}

export function isPackedStrings(x: unknown): x is PackedStrings {
  const p = x as Partial<PackedStrings> | null;
  return !!p && typeof p.text === 'string' && p.starts instanceof Uint32Array && p.slots instanceof Int32Array;
}

/** Reads a packed list: by position, by value (when indexed), or in order. */
export class StringTable implements Iterable<string> {
  private readonly mask: number;
  constructor(private readonly p: PackedStrings) {
    this.mask = p.slots.length - 1;
  }

  get size(): number {
    return this.p.starts.length - 1;
  }

  at(k: number): string {
    return this.p.text.slice(this.p.starts[k], this.p.starts[k + 1]);
  }

  /** The position of `s`, or -1; `hash` is `hashString(s)` when the caller has it. */
  indexOf(s: string, hash: number = hashString(s)): number {
    const { text, starts, slots } = this.p;
    if (slots.length === 0) throw new Error('StringTable.indexOf: the list was packed without its index');
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const k = slots[i]! - 1;
      if (k < 0) return -1;
      const from = starts[k]!;
      if (starts[k + 1]! - from === s.length && text.startsWith(s, from)) return k;
    }
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let k = 0; k < this.size; k++) yield this.at(k);
  }
}
