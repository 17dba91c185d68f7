// The body of `dyad code`: codes a stream of read articles in N worker threads (one coder each) and writes the output in input order.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article, DyadRecord } from '../model/types.js';
import type { LayerName } from '../pipeline/stage.js';
import { UsageError } from './args.js';
import type { Io } from './io.js';
import { exposeGc, tuneV8ForCoding, youngGenerationMb } from './heap.js';
import { codeAll } from './code-all.js';

/** A reader failure, as `readInputs` reports it: printed as `file:line: message`. */
export interface ReadFailure {
  file: string;
  line?: number;
  message: string;
}

/** One item from the readers: an article, or a failure that must not stop the run. */
export type ReadItem = { ok: true; article: Article } | { ok: false; error: ReadFailure };

export type OutputFormat = 'jsonl' | 'json' | 'table';

/** One output item, in input order. `text` is the record already formatted for `format`, as UTF-8 (see `codeBatch`). */
export type CodedItem =
  | { kind: 'record'; text: Uint8Array; sentences: number; bytes: number }
  | { kind: 'read-error'; error: ReadFailure }
  | { kind: 'code-error'; where: string; message: string };

export interface ParallelOptions {
  jobs: number;
  format: OutputFormat;
  dataDir?: string;
  profile?: boolean;
  /** Articles per message (default `DEFAULT_BATCH_SIZE`); batching keeps the messaging cost far below the coding cost. */
  batchSize?: number;
  /** A batch is also cut when its texts reach this many characters, so huge articles do not pile up. */
  batchChars?: number;
  /** Batches a worker may hold at once: enough to never idle, few enough to bound memory. */
  inFlightPerWorker?: number;
  /** Filled, once the stream ends, with the stage milliseconds summed over all workers. */
  timings?: Map<LayerName, number>;
}

/**
 * Articles a worker codes per message. A worker holds a whole batch's records until it formats them, and
 * the stage batch's layers beside them (`STAGE_BATCH` in coder.ts): 16 fit the 16 MB semi-spaces of a
 * worker among several (`youngGenerationMb`), where 32 were promoted in part (two jobs on 20 MB: 14.1 s
 * against 17-19 s; one job the same with 16 or 32, 18.8-19.0 s).
 */
export const DEFAULT_BATCH_SIZE = 16;

/**
 * The main thread collects its garbage after writing this many bytes. It allocates little itself, so
 * V8 would wait for 64 MB of workers' output buffers to pile up before collecting them: 40-50 MB of
 * peak RSS, for a collection of a ~10 MB heap every ~16 MB written, which costs nothing measurable.
 */
const COLLECT_EVERY_BYTES = 16 * 1024 * 1024;

const WORKER_ROLE = 'dyad-code-worker';

/** A worker could not start or died: the run cannot go on, but the user gets a message, not a stack. */
export class WorkerFailure extends Error {}

interface WorkerConfig {
  role: typeof WORKER_ROLE;
  format: OutputFormat;
  dataDir?: string;
  profile: boolean;
}

type ToWorker = { type: 'go' } | { type: 'batch'; seq: number; articles: Article[] } | { type: 'end' };
type WorkerResult = Exclude<CodedItem, { kind: 'read-error' }>;
type FromWorker =
  | { type: 'up' }
  | { type: 'result'; seq: number; results: WorkerResult[] }
  | { type: 'failed'; message: string }
  | { type: 'timings'; timings: [LayerName, number][] };

/** Formats one record for `format` (separators are added by the caller). */
function formatRecord(record: DyadRecord, format: OutputFormat, formatTable: (r: DyadRecord) => string): string {
  if (format === 'jsonl') return JSON.stringify(record);
  if (format === 'json') return JSON.stringify(record, null, 2);
  return formatTable(record);
}

/**
 * The `import` URL of tsx's registration API, resolved from this package, because a worker
 * starts without the loader its parent registered and an eval'd bootstrap resolves bare
 * names from the working directory, not from here.
 */
function tsxApiUrl(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkgFile = require.resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
    const rel = pkg.exports?.['./esm/api']?.import?.default;
    return rel ? pathToFileURL(path.join(path.dirname(pkgFile), rel)).href : null;
  } catch {
    return null;
  }
}

function spawnWorker(config: WorkerConfig, youngMb: number): Worker {
  const self = import.meta.url;
  const resourceLimits = { maxYoungGenerationSizeMb: youngMb };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: config, resourceLimits });
  const tsx = tsxApiUrl();
  if (!tsx) throw new Error('--jobs needs tsx to load the TypeScript sources in worker threads, and it was not found');
  const boot =
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })` +
    `.catch((e) => { setImmediate(() => { throw e; }); });`;
  return new Worker(boot, { eval: true, workerData: config, resourceLimits });
}

interface Batch {
  seq: number;
  /** Output slots in input order: read errors are filled at once, articles when their worker answers. */
  slots: (CodedItem | undefined)[];
  /** Slot index of each article sent to the worker. */
  positions: number[];
  articles: Article[];
  chars: number;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  timings: Promise<[LayerName, number][]>;
}

type Coder = ReturnType<typeof import('../coder.js').createCoder>;

/**
 * Codes one batch's articles into output items whose record texts are UTF-8 views of one buffer, which
 * the reply hands over instead of copying: the main thread writes bytes it neither decodes nor encodes,
 * and its heap never holds the records (~13 times the input's size in JSONL).
 */
function codeBatch(
  coder: Coder, articles: Article[], format: OutputFormat, formatTable: (r: DyadRecord) => string,
): { results: WorkerResult[]; buffer: ArrayBuffer } {
  const records = codeAll(coder, articles);
  const texts = records.map((r) => (r instanceof Error ? '' : formatRecord(r, format, formatTable)));
  let size = 0;
  for (const t of texts) size += Buffer.byteLength(t);
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  const results = articles.map((article, k): WorkerResult => {
    const record = records[k]!;
    if (record instanceof Error) return { kind: 'code-error', where: article.origin?.file ?? article.id, message: record.message };
    const n = bytes.write(texts[k]!, at);
    at += n;
    const text = new Uint8Array(bytes.buffer, bytes.byteOffset + at - n, n);
    return { kind: 'record', text, sentences: record.sentences.length, bytes: Buffer.byteLength(article.raw) };
  });
  return { results, buffer: bytes.buffer };
}

/**
 * Codes `items` in `jobs` worker threads and yields one output item per input item, in input order.
 * The main thread only reads, hands out batches and passes the workers' bytes on: when it coded a
 * share too (until session 15), its coding held up the reading and writing both workers wait on, and
 * two jobs on 20 MB took a median 17.4 s where two workers and an idle main thread take 15.2 s
 * (one job: 21.6 s). Reading is pulled only as fast as the workers drain it, so memory stays bounded
 * by `jobs × inFlightPerWorker` batches whatever the corpus size.
 */
export async function* codeInParallel(items: AsyncIterable<ReadItem> | Iterable<ReadItem>, options: ParallelOptions): AsyncGenerator<CodedItem> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchChars = options.batchChars ?? 512 * 1024;
  const perWorker = options.inFlightPerWorker ?? 3;
  const maxPending = jobs * perWorker;
  const config: WorkerConfig = { role: WORKER_ROLE, format: options.format, profile: options.profile ?? false };
  if (options.dataDir) config.dataDir = options.dataDir;

  const done = new Map<number, Batch>();
  const batches = new Map<number, Batch>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const slots: Slot[] = [];
  let up = 0;
  for (let j = 0; j < jobs; j++) {
    const worker = spawnWorker(config, youngGenerationMb(jobs));
    let resolveTimings!: (t: [LayerName, number][]) => void;
    const slot: Slot = { worker, inFlight: 0, timings: new Promise((r) => (resolveTimings = r)) };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'up') {
        // V8's flags are set once every worker has started (see `tuneV8ForCoding`), then the workers go on
        if (++up === jobs) {
          tuneV8ForCoding();
          for (const s of slots) s.worker.postMessage({ type: 'go' } satisfies ToWorker);
        }
        return;
      }
      if (msg.type === 'timings') {
        resolveTimings(msg.timings);
        return;
      }
      if (msg.type === 'failed') {
        failure ??= new WorkerFailure(`could not load the dictionaries: ${msg.message}`);
        notify();
        return;
      }
      const batch = batches.get(msg.seq)!;
      batches.delete(msg.seq);
      msg.results.forEach((r, k) => (batch.slots[batch.positions[k]!] = r));
      slot.inFlight--;
      done.set(batch.seq, batch);
      notify();
    });
    worker.on('error', (err) => {
      failure ??= new WorkerFailure(`a coding worker failed: ${err.message}`);
      resolveTimings([]);
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new WorkerFailure(`a coding worker stopped with exit code ${code}`);
      resolveTimings([]);
      notify();
    });
    slots.push(slot);
  }

  const iterator = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()) as
    | AsyncIterator<ReadItem>
    | Iterator<ReadItem>;
  let inputDone = false;
  let nextSeq = 0;
  let nextOut = 0;
  let current: Batch | null = null;
  const fresh = (): Batch => ({ seq: -1, slots: [], positions: [], articles: [], chars: 0 });

  // A batch gets its place in the output order only when it is sent, so the one being filled
  // never counts against the in-flight limit (which would deadlock with a limit of one).
  const dispatch = (batch: Batch) => {
    batch.seq = nextSeq++;
    if (batch.articles.length === 0) {
      done.set(batch.seq, batch);
      return;
    }
    let best = slots[0]!;
    for (const s of slots) if (s.inFlight < best.inFlight) best = s;
    best.inFlight++;
    batches.set(batch.seq, batch);
    const msg: ToWorker = { type: 'batch', seq: batch.seq, articles: batch.articles };
    best.worker.postMessage(msg);
    batch.articles = [];
  };

  try {
    for (;;) {
      if (failure) throw failure;
      // Fill the workers while there is room; this is where the reader gets its backpressure.
      while (!inputDone && nextSeq - nextOut < maxPending) {
        const r = await iterator.next();
        if (failure) throw failure;
        if (r.done) {
          inputDone = true;
          if (current) dispatch(current);
          current = null;
          break;
        }
        current ??= fresh();
        const item = r.value;
        if (item.ok) {
          current.positions.push(current.slots.length);
          current.slots.push(undefined);
          current.articles.push(item.article);
          current.chars += item.article.raw.length;
        } else {
          current.slots.push({ kind: 'read-error', error: item.error });
        }
        if (current.articles.length >= batchSize || current.chars >= batchChars || current.slots.length >= batchSize * 4) {
          dispatch(current);
          current = null;
        }
      }
      while (done.has(nextOut)) {
        const batch = done.get(nextOut)!;
        done.delete(nextOut);
        nextOut++;
        for (const item of batch.slots) yield item!;
      }
      if (inputDone && nextOut === nextSeq) break;
      if (!done.has(nextOut) && (inputDone || nextSeq - nextOut >= maxPending)) {
        await new Promise<void>((r) => (wake = r));
      }
    }
    for (const s of slots) s.worker.postMessage({ type: 'end' } satisfies ToWorker);
    const all = await Promise.all(slots.map((s) => s.timings));
    if (options.timings) for (const list of all) for (const [stage, ms] of list) options.timings.set(stage, (options.timings.get(stage) ?? 0) + ms);
  } finally {
    if (!inputDone) await (iterator as AsyncIterator<ReadItem>).return?.();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * CPU time of the whole process (every thread, V8's own collector and compiler threads included)
 * over its lifetime: one coding thread keeps more than one core busy, which is what bounds `--jobs`.
 */
function coresUsed(): string {
  const { user, system } = process.cpuUsage();
  const cpuS = (user + system) / 1e6;
  return `CPU ${cpuS.toFixed(1)} s over ${process.uptime().toFixed(1)} s = ${(cpuS / process.uptime()).toFixed(2)} cores`;
}

/** The `--profile` summary: throughput, peak memory and the cores it kept busy, then the time per stage. */
function formatProfile(p: {
  articles: number;
  sentences: number;
  /** UTF-8 bytes of the article texts. */
  bytes: number;
  ms: number;
  timings: Map<LayerName, number>;
  jobs?: number;
}): string {
  const s = p.ms / 1000 || 1e-9;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const jobs = p.jobs ?? 1;
  let out =
    `profile: ${p.articles} articles, ${p.sentences} sentences in ${p.ms.toFixed(0)} ms` +
    (jobs > 1 ? ` with ${jobs} jobs` : '') +
    ` — ${(p.articles / s).toFixed(1)} articles/s, ${(p.sentences / s).toFixed(0)} sentences/s, ` +
    `${(p.bytes / 1e6 / s).toFixed(2)} MB/s, peak RSS ${rssMb.toFixed(0)} MB, ${coresUsed()}\n`;
  // Shares of the stages' own time: the wall time holds the workers' start-up, and with several jobs
  // the stage times are summed over the workers.
  const total = [...p.timings.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [stage, ms] of p.timings) {
    out += `  ${stage.padEnd(8)} ${ms.toFixed(1).padStart(9)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%\n`;
  }
  return out;
}

async function runWorker(config: WorkerConfig, port: NonNullable<typeof parentPort>): Promise<void> {
  // Batches may come before the coder is ready; they wait here, in order. The first message is 'go'.
  const waiting: ToWorker[] = [];
  let handle: ((msg: ToWorker) => void) | null = null;
  let go!: () => void;
  const goes = new Promise<void>((resolve) => (go = resolve));
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'go') go();
    else if (handle) handle(msg);
    else waiting.push(msg);
  });
  port.postMessage({ type: 'up' } satisfies FromWorker);
  const modules = Promise.all([import('../coder.js'), import('./format-table.js')]);
  await goes;
  const gc = exposeGc();
  const [{ createCoder }, { formatTable }] = await modules;
  let coder: Coder;
  try {
    coder = createCoder({ profile: config.profile, ...(config.dataDir ? { dataDir: config.dataDir } : {}) });
  } catch (err) {
    port.postMessage({ type: 'failed', message: (err as Error).message } satisfies FromWorker);
    return;
  }
  // what loading the dictionaries left behind is collected once the first batch is handed over, not
  // before it: a full collection of the loaded heap took ~55 ms, on the way to the first record
  let collected = false;
  handle = (msg: ToWorker) => {
    if (msg.type === 'end') {
      const reply: FromWorker = { type: 'timings', timings: [...coder.timings] };
      port.postMessage(reply);
      port.close();
      return;
    }
    if (msg.type !== 'batch') return;
    const { results, buffer } = codeBatch(coder, msg.articles, config.format, formatTable);
    const reply: FromWorker = { type: 'result', seq: msg.seq, results };
    port.postMessage(reply, [buffer]);
    if (!collected) {
      collected = true;
      gc?.();
    }
  };
  for (const msg of waiting.splice(0)) handle(msg);
}

if (!isMainThread && parentPort && (workerData as WorkerConfig | undefined)?.role === WORKER_ROLE) {
  void runWorker(workerData as WorkerConfig, parentPort);
}

/** Parses `--jobs`: a positive whole number; absent means one job (the plain in-process path). */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${value}"`);
  return n;
}

/**
 * The multi-job body of `dyad code`: prints what the single-job loop prints, in the same
 * order, with read and coding errors on standard error; returns the exit code.
 */
export async function runCodeInParallel(
  items: AsyncIterable<ReadItem>,
  options: { jobs: number; format: OutputFormat; dataDir?: string; profile?: boolean },
  io: Io,
): Promise<number> {
  const timings = new Map<LayerName, number>();
  let failures = 0;
  let count = 0;
  let sentences = 0;
  let bytesSeen = 0;
  let first = true;
  const { format } = options;
  // (asked for only when first needed: a V8 flag set before the workers have started slows their start)
  let collect: (() => void) | null | undefined;
  let sinceCollected = 0;
  const write = (text: Uint8Array) => {
    sinceCollected += text.byteLength;
    if (sinceCollected > COLLECT_EVERY_BYTES) {
      sinceCollected = 0;
      if (collect === undefined) collect = exposeGc();
      collect?.();
    }
    if (io.stdoutBytes) io.stdoutBytes(text);
    else io.stdout(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8'));
  };
  if (format === 'json') io.stdout('[');
  const t0 = performance.now();
  try {
    for await (const item of codeInParallel(items, { ...options, timings })) {
      if (item.kind === 'read-error') {
        failures++;
        const where = item.error.line !== undefined ? `${item.error.file}:${item.error.line}` : item.error.file;
        io.stderr(`dyad: ${where}: ${item.error.message}\n`);
        continue;
    }
      if (item.kind === 'code-error') {
        failures++;
        io.stderr(`dyad: ${item.where}: could not code article: ${item.message}\n`);
        continue;
    }
      count++;
      sentences += item.sentences;
      bytesSeen += item.bytes;
      if (format === 'json') io.stdout(first ? '\n' : ',\n');
      else if (format === 'table' && !first) io.stdout('\n');
      write(item.text);
      if (format !== 'json') io.stdout('\n');
      first = false;
      // pausing here pauses the reader and the workers too (codeInParallel is pulled)
      const drained = io.drained?.();
      if (drained) await drained;
    }
  } catch (err) {
    if (!(err instanceof WorkerFailure)) throw err;
    io.stderr(`dyad: ${err.message}\n`);
    return 2;
  }
  if (format === 'json') io.stdout(first ? ']\n' : '\n]\n');
  if (options.profile) {
    io.stderr(formatProfile({ articles: count, sentences, bytes: bytesSeen, ms: performance.now() - t0, timings, jobs: options.jobs }));
  }
  if (count === 0 && failures === 0) io.stderr('dyad: no articles found in the given paths\n');
  return failures > 0 ? 1 : 0;
}
