// A map from token index to a value for one sentence at a time, kept in arrays that are reused for
// the next sentence: the events stage keeps several such tables per sentence, and a Map for each
// would cost an allocation and a hash lookup per use.

export class TokenTable<T> {
  private values: (T | undefined)[] = [];
  /** The sentence (`round`) that wrote each slot: a slot of an earlier sentence reads as empty. */
  private writtenIn = new Int32Array(64);
  private round = 0;
  private base = 0;
  private size = 0;
  /** Entries for tokens outside the sentence, which the stage seldom if ever asks for. */
  private outside: Map<number, T> | null = null;

  /** Empties the table for the sentence of tokens `[start, end)`, without clearing any slot. */
  reset(start: number, end: number): void {
    this.base = start;
    this.size = Math.max(0, end - start);
    if (this.writtenIn.length < this.size) this.writtenIn = new Int32Array(Math.max(this.size, this.writtenIn.length * 2));
    while (this.values.length < this.size) this.values.push(undefined);
    if (++this.round === 0x7fffffff) {
      this.writtenIn.fill(0);
      this.round = 1;
    }
    this.outside = null;
  }

  get(i: number): T | undefined {
    const k = i - this.base;
    if (k >= 0 && k < this.size) return this.writtenIn[k] === this.round ? this.values[k] : undefined;
    return this.outside?.get(i);
  }

  has(i: number): boolean {
    return this.get(i) !== undefined;
  }

  /** Sets the value of token i; `undefined` is not a value (it reads as absent). */
  set(i: number, value: T): void {
    const k = i - this.base;
    if (k >= 0 && k < this.size) {
      this.values[k] = value;
      this.writtenIn[k] = this.round;
    } else {
      (this.outside ??= new Map()).set(i, value);
    }
  }
}
