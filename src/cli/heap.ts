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

/**
 * The young generation of each coding worker's heap, where V8 puts new objects (two semi-spaces, the
 * one in use and the one a scavenge copies survivors to, and a space for large new objects; V8 makes a
 * semi-space a third of this, rounded up to a power of two). A coder keeps a batch of articles' tokens
 * and layers alive from stage to stage, so in a small young generation much of it survives two
 * scavenges and is promoted, to be collected again by full collections.
 * - One job: 64 MB (32 MB semi-spaces) took 19.2 s and 22 s of CPU on the 20 MB bench corpus where
 *   V8's default (48 MB, 16 MB semi-spaces) took 20.3 s and 26 s; peak RSS 301 against 260 MB (session 15).
 * - Two or more: 48 MB (16 MB semi-spaces), with batches of 16 articles (`DEFAULT_BATCH_SIZE`), whose
 *   layers and records fit there. Session 16, with pretenuring off, two interleaved rounds on 20 MB: two
 *   jobs 14.1 s and 25 s of CPU at 356 MB, where 24 MB and batches of 32 took 20.9 s and 35 s at 350 MB
 *   (one job 18.8 s). 64 MB each took ~430 MB; 48 MB with batches of 32, ~17-19 s.
 */
export function youngGenerationMb(jobs: number): number {
  return jobs === 1 ? 64 : 48;
}

/**
 * The V8 flag that stops it "pretenuring": where most objects of one allocation site outlive a scavenge,
 * V8 allocates that site's later objects straight in the old generation, which only full collections
 * clear. A coder's tokens, mentions and events live through one batch's stages and then all die, so
 * their sites were pretenured and every batch's layers were left to full collections. Without it, on
 * the 4 MB head of the bench corpus in one thread: 4.25 s against 5.1 s, peak RSS 270 against 400 MB;
 * `dyad code` on 20 MB, two interleaved rounds on a noisy machine: one job 21.4 s against 28.3 s (CPU
 * 24.3 against 34.9 s, 276 against 301 MB); two jobs, with the 24 MB young generations they had then
 * (which promoted most of a batch anyway), about the same (22.2 against 22.6 s). Session 16.
 */
export const NO_PRETENURING_FLAG = '--no-allocation-site-pretenuring';

/**
 * Sets the heap growth, pretenuring and regexp compilation for the whole process (every thread); call
 * before the coders load, but after every worker thread has started. A flag set at run time makes V8's
 * flags differ from those Node's start-up snapshot and code cache were made with, and a worker started
 * after that took ~120 ms to run its first line instead of ~50 ms (any flag, `--expose-gc` too; the
 * flags set before `new Worker` or just after it, alike). Session 17.
 */
export function tuneV8ForCoding(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(NO_PRETENURING_FLAG);
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
