// Groups a stream's items into batches of what is already there, so a batch never waits for input.

const TICK = Symbol('tick');

/** Resolves after the event loop has had a turn: input that is not ready by then is not waited for. */
const nextTurn = (): Promise<typeof TICK> => new Promise((resolve) => setImmediate(() => resolve(TICK)));

/**
 * Yields the items of `source` in order, in batches of up to `max`. A batch takes the items that
 * are ready at once (a file read ahead into memory) and is yielded as soon as the next item is
 * not, so a trickling stream (a feed on standard input) is coded item by item, without delay.
 */
export async function* readyBatches<T>(source: AsyncIterable<T> | Iterable<T>, max: number): AsyncGenerator<T[]> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as
    | AsyncIterator<T>
    | Iterator<T>;
  let ended = false;
  try {
    let next = Promise.resolve(it.next());
    for (;;) {
      const first = await next;
      if (first.done) {
        ended = true;
        return;
      }
      const batch = [first.value];
      next = Promise.resolve(it.next());
      while (batch.length < Math.max(1, max)) {
        const r = await Promise.race([next, nextTurn()]);
        if (r === TICK) break;
        if (r.done) {
          ended = true;
          yield batch;
          return;
        }
        batch.push(r.value);
        next = Promise.resolve(it.next());
      }
      yield batch;
    }
  } finally {
    // a consumer that stops early closes the source, as a for-await over it would
    if (!ended) await it.return?.();
  }
}
