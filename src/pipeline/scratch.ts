// Typed arrays a stage needs for one document at a time, reused from one document to the next. A
// fresh typed array of more than a few dozen elements keeps its storage outside V8's heap: each one
// costs an allocation there and the collector's bookkeeping, and a stage made several per document.

type Typed = Int32Array | Uint8Array | Int8Array;

export class Scratch<T extends Typed> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(1024);
  }

  /**
   * An array of `length` elements, all `fill`. It is a view of the same storage each time: the
   * previous one handed out must no longer be in use.
   */
  take(length: number, fill = 0): T {
    if (this.buffer.length < length) this.buffer = this.make(Math.max(length, 2 * this.buffer.length));
    const view = this.buffer.subarray(0, length) as T;
    view.fill(fill);
    return view;
  }
}
