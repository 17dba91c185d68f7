// How `dyad code` sets up V8: a coder keeps ~60 MB alive and makes much short-lived garbage, and
// chrono's large date patterns are costly to compile for the first article.
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * How far (in %) V8 lets a heap grow past what its last full collection kept. V8 sizes every
 * thread's heap for the machine's whole memory and, by default, lets dead records pile up to
 * several times what a coder keeps alive. On the 20 MB bench corpus, 35% took one job from
 * ~375 MB peak RSS to ~205 MB at the same speed or a little faster (a smaller heap stays in the
 * caches), and two coding threads from 650+ MB to under 400 MB. Session 13's larger dictionaries
 * (~12 MB more per coder) took two threads to 405-415 MB at 35%; 25% brought them to 371-390 MB
 * (one job 215 MB) at the same speed.
 */
export const HEAP_GROWING_PERCENT = 25;

/**
 * Runs a regular expression V8 compiles to machine code after this many runs (V8's default is 1);
 * until then its bytecode interpreter runs it. chrono's patterns (every month, weekday and number
 * word) took ~140 ms to compile at the first date of the first article, a seventh of the start-up;
 * interpreted, the first parse takes ~25 ms, and the patterns a corpus runs often are compiled after
 * a hundred runs, a few milliseconds into the stream.
 */
export const REGEXP_TIER_UP_RUNS = 100;

/** Sets the heap growth and regexp compilation for the whole process (every thread); call before the coders load. */
export function tuneV8ForCoding(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_RUNS}`);
}

/** The collector, made callable in this thread without starting Node with --expose-gc. */
export function exposeGc(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
