// Deterministic pseudo-random strings for equivalence tests: the same seed gives the same texts.

/** `count` strings of up to `maxLen` symbols drawn from `alphabet` (symbols may be several characters). */
export function* randomTexts(alphabet: readonly string[], count: number, maxLen: number, seed = 7): Generator<string> {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let len = next(maxLen); len > 0; len--) s += alphabet[next(alphabet.length)];
    yield s;
  }
}
