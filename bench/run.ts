// `npm run bench`: throughput, memory and start-up of Dyad against wink-nlp's own pass, printed as one markdown table.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildCorpus, REPO_ROOT, type CorpusStats } from './corpus.js';
import { summariseProfile, type HotspotSummary } from './hotspots.js';
import { NO_PRETENURING_FLAG, youngGenerationMb } from '../src/cli/heap.js';

const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');
const DYAD_BIN = path.join(REPO_ROOT, 'bin', 'dyad.js');
const SELF = fileURLToPath(import.meta.url);

const USAGE = `usage: npm run bench -- [options]

  --mb N          corpus size in MB of article text (default 20)
  --seed N        PRNG seed for the corpus (default 1)
  --jobs N        the multi-job CLI run (default 2)
  --cpu-prof      also profile the in-process run and list the hotspots
  --no-cli        skip the CLI runs (start-up, --jobs 1, --jobs N)
  --corpus FILE   use this JSONL corpus instead of building one`;

interface Options {
  mb: number;
  seed: number;
  jobs: number;
  cpuProf: boolean;
  cli: boolean;
  corpus: string | null;
  phase: Phase | null;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { mb: 20, seed: 1, jobs: 2, cpuProf: false, cli: true, corpus: null, phase: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--mb') o.mb = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--jobs') o.jobs = Number(next());
    else if (a === '--cpu-prof') o.cpuProf = true;
    else if (a === '--no-cli') o.cli = false;
    else if (a === '--corpus') o.corpus = next();
    else if (a === '--phase') o.phase = next() as Options['phase'];
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  if (!(o.mb > 0)) throw new Error('--mb must be a positive number');
  if (!Number.isInteger(o.jobs) || o.jobs < 2) throw new Error('--jobs must be 2 or more');
  return o;
}

/** What one measured pass reports. */
interface PassResult {
  name: string;
  articles: number;
  sentences: number;
  bytes: number;
  ms: number;
  maxRssMb: number;
  /** Time to build the coder (dictionaries, model), not part of `ms`. */
  loadMs?: number;
  timings?: [string, number][];
}

interface CorpusLine {
  id: string;
  published: string | null;
  title: string | null;
  text: string;
}

async function* corpusLines(file: string): AsyncGenerator<CorpusLine> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield JSON.parse(line) as CorpusLine;
}

type WinkNlp = import('../src/stages/segment/nlp.js').WinkNlp;

/** The floor's work on one text: wink-nlp's sentences and POS tags. Returns the sentence count. */
function winkPass(nlp: WinkNlp, text: string): number {
  const doc = nlp.readDoc(text);
  const sentences = doc.sentences().length();
  doc.tokens().out(nlp.its.pos);
  return sentences;
}

/**
 * The coder and the V8 setting `dyad code` makes for itself, from the compiled modules the CLI runs
 * (`npm run build`) when they are there, else from the sources: a pass measures what the CLI runs.
 */
async function loadDyad(): Promise<{ createCoder: typeof import('../src/coder.js').createCoder }> {
  const built = existsSync(new URL('../dist/.built', import.meta.url));
  const { createCoder } = (built ? await import('../dist/coder.js' as string) : await import('../src/coder.js')) as typeof import('../src/coder.js');
  const { tuneV8ForCoding } = (built ? await import('../dist/cli/heap.js' as string) : await import('../src/cli/heap.js')) as typeof import('../src/cli/heap.js');
  tuneV8ForCoding();
  return { createCoder };
}

function toArticle(a: CorpusLine): import('../src/model/types.js').Article {
  return { id: a.id, published: a.published, title: a.title, url: null, publisher: null, raw: a.text };
}

/** The floor: wink-nlp's sentence + POS pass over the same texts, with the model Dyad loads. */
async function winkPhase(file: string): Promise<PassResult> {
  const { loadNlp } = await import('../src/stages/segment/nlp.js');
  const nlp = loadNlp();
  let articles = 0;
  let sentences = 0;
  let bytes = 0;
  const t0 = performance.now();
  for await (const a of corpusLines(file)) {
    sentences += winkPass(nlp, a.text);
    articles++;
    bytes += Buffer.byteLength(a.text);
  }
  const ms = performance.now() - t0;
  return { name: 'wink', articles, sentences, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Dyad in one process: the coder's own cost (plus JSON output), without the CLI's readers. */
async function dyadPhase(file: string): Promise<PassResult> {
  const { createCoder } = await loadDyad();
  const tl = performance.now();
  const coder = createCoder({ profile: true });
  const loadMs = performance.now() - tl;
  let articles = 0;
  let sentences = 0;
  let bytes = 0;
  let outBytes = 0;
  const t0 = performance.now();
  // as `dyad code` reads a file: 16 articles at a time, each stage over all of them in turn
  const codeBatch = (batch: CorpusLine[]): void => {
    const records = coder.codeMany(batch.map(toArticle));
    for (const record of records) {
      outBytes += JSON.stringify(record).length;
      sentences += record.sentences.length;
    }
    articles += batch.length;
    for (const a of batch) bytes += Buffer.byteLength(a.text);
  };
  let batch: CorpusLine[] = [];
  for await (const a of corpusLines(file)) {
    batch.push(a);
    if (batch.length === 16) {
      codeBatch(batch);
      batch = [];
    }
  }
  codeBatch(batch);
  const ms = performance.now() - t0;
  return { name: 'dyad', articles, sentences, bytes, ms, loadMs, maxRssMb: process.resourceUsage().maxRSS / 1024, timings: [...coder.timings] };
}

/** What the paired pass reports: wink's and Dyad's time over the same chunks, taken in turns. */
interface PairedResult {
  name: 'paired';
  articles: number;
  bytes: number;
  chunks: number;
  winkMs: number;
  dyadMs: number;
}

const PAIRED_CHUNK = 128;

/**
 * The ratio, measured so that a shared machine's drift cancels out: one process holds wink (its own
 * instance) and a Dyad coder, and codes the corpus in chunks of 128 articles, each chunk by wink's
 * pass and by Dyad in turn (which goes first alternates). A chunk takes a fraction of a second, so a
 * slow spell of the machine falls on both sides alike; the separate passes above give the absolute
 * figures and peak memory.
 */
async function pairedPhase(file: string): Promise<PairedResult> {
  const { createCoder } = await loadDyad();
  const { newNlp } = await import('../src/stages/segment/nlp.js');
  const nlp = newNlp();
  const coder = createCoder();
  const r: PairedResult = { name: 'paired', articles: 0, bytes: 0, chunks: 0, winkMs: 0, dyadMs: 0 };
  const runWink = (chunk: CorpusLine[]): void => {
    const t0 = performance.now();
    for (const a of chunk) winkPass(nlp, a.text);
    r.winkMs += performance.now() - t0;
  };
  const runDyad = (chunk: CorpusLine[]): void => {
    const t0 = performance.now();
    for (let i = 0; i < chunk.length; i += 16) {
      for (const record of coder.codeMany(chunk.slice(i, i + 16).map(toArticle))) JSON.stringify(record);
    }
    r.dyadMs += performance.now() - t0;
  };
  const take = (chunk: CorpusLine[]): void => {
    if (r.chunks++ % 2 === 0) {
      runWink(chunk);
      runDyad(chunk);
    } else {
      runDyad(chunk);
      runWink(chunk);
    }
    r.articles += chunk.length;
    for (const a of chunk) r.bytes += Buffer.byteLength(a.text);
  };
  let chunk: CorpusLine[] = [];
  for await (const a of corpusLines(file)) {
    chunk.push(a);
    if (chunk.length === PAIRED_CHUNK) {
      take(chunk);
      chunk = [];
    }
  }
  if (chunk.length) take(chunk);
  return r;
}

function tsxImportUrl(): string {
  return import.meta.resolve('tsx');
}

type Phase = 'wink' | 'dyad' | 'paired';

/** The command line that runs a phase of this script in a child process. */
/**
 * Every pass runs with the young generation `dyad code` gives its one coding worker (two semi-spaces
 * of half of `youngGenerationMb(1)` each; see src/cli/heap.ts) and without V8's pretenuring, as
 * `dyad code` runs, the wink floor too, so that both sides of the ratio run in the same heap. V8's
 * default (16 MB semi-spaces) made the in-process pass ~7% slower than the CLI's worker.
 */
const HEAP_FLAGS = [`--max-semi-space-size=${youngGenerationMb(1) / 2}`, NO_PRETENURING_FLAG];

function phaseArgs(phase: Phase, corpus: string, cpuProfDir: string | null = null): string[] {
  const args = [...HEAP_FLAGS, '--import', tsxImportUrl()];
  if (cpuProfDir) args.push('--cpu-prof', '--cpu-prof-dir', cpuProfDir);
  args.push(SELF, '--phase', phase, '--corpus', corpus);
  return args;
}

/** A phase prints its result as the last line of its output. */
function phaseResult<R>(stdout: string): R {
  return JSON.parse(stdout.trim().split('\n').pop()!) as R;
}

/** Runs a phase in a fresh process so its peak RSS and JIT state are its own. */
function runPhase<R = PassResult>(phase: Phase, corpus: string, cpuProfDir: string | null): R {
  const r = spawnSync(process.execPath, phaseArgs(phase, corpus, cpuProfDir), { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`the ${phase} pass failed:\n${r.stderr}`);
  return phaseResult<R>(r.stdout);
}

interface CliResult {
  jobs: number;
  wallMs: number;
  profile: { articles: number; sentences: number; ms: number; rssMb: number; cores: number | null } | null;
  exit: number | null;
  stderrTail: string;
}

const PROFILE_LINE = /profile: (\d+) articles, (\d+) sentences in (\d+) ms.*peak RSS (\d+) MB(?:, CPU [\d.]+ s over [\d.]+ s = ([\d.]+) cores)?/;

/**
 * Times `dyad code` end to end (start-up included), its output read through a pipe and thrown away,
 * as `dyad code … | gzip` would read it: a pipe, unlike /dev/null, makes the CLI wait for its reader,
 * so the peak memory includes whatever output the CLI holds back.
 */
async function runCli(corpus: string, jobs: number): Promise<CliResult> {
  const args = [DYAD_BIN, 'code', '--input-format', 'jsonl', '--profile', '--jobs', String(jobs), corpus];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.resume();
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderr += d;
    if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 16));
  });
  const exit = await new Promise<number | null>((r) => child.on('close', r));
  const wallMs = performance.now() - t0;
  const m = PROFILE_LINE.exec(stderr);
  return {
    jobs,
    wallMs,
    exit,
    stderrTail: stderr.slice(-600),
    profile: m ? { articles: +m[1]!, sentences: +m[2]!, ms: +m[3]!, rssMb: +m[4]!, cores: m[5] ? +m[5] : null } : null,
  };
}

/** Start-up: spawn the CLI on one small article and time the first byte of output. */
async function startupRuns(file: string, runs: number): Promise<{ firstMs: number[]; ok: boolean }> {
  const firstMs: number[] = [];
  let ok = true;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const child = spawn(process.execPath, [DYAD_BIN, 'code', file], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let first = -1;
    child.stdout.once('data', () => (first = performance.now() - t0));
    child.stdout.resume();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    if (code !== 0 || first < 0) ok = false;
    if (first >= 0) firstMs.push(first);
  }
  return { firstMs, ok };
}

/**
 * The machine's own ceiling for `--jobs`: the same allocation-heavy JavaScript work (build,
 * serialise and parse small records) timed in one process, then in `jobs` processes at once.
 * On a virtual machine two "cores" may not give two cores' throughput; this says what they give.
 */
async function parallelCapacity(jobs: number): Promise<number> {
  const work =
    'let n = 0; for (let k = 0; k < 600000; k++) { const r = { id: "a" + k, xs: [k, k + 1, k + 2], t: "word ".repeat(k % 40) };' +
    ' n += JSON.parse(JSON.stringify(r)).xs.length; } if (n < 0) console.log(n);';
  const run = (count: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      let left = count;
      for (let k = 0; k < count; k++) {
        const child = spawn(process.execPath, ['-e', work], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', () => {
          if (--left === 0) resolve(performance.now() - t0);
        });
      }
    });
  await run(1); // warm the file cache
  // alone then together, three times: each round's ratio is taken a few seconds apart, and the
  // median of three is steadier than a minimum over runs a minute apart
  const ratios: number[] = [];
  for (let k = 0; k < 3; k++) {
    const one = await run(1);
    ratios.push((jobs * one) / (await run(jobs)));
  }
  return median(ratios);
}

/** Runs a phase in a fresh process without blocking, so several can run at once. */
function runPhaseAsync(phase: Phase, corpus: string): Promise<PassResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, phaseArgs(phase, corpus), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the ${phase} pass failed:\n${err}`));
      else resolve(phaseResult<PassResult>(out));
    });
  });
}

/**
 * The ceiling that matters for \`--jobs\`: wink's own pass (the floor of every pipeline built on it)
 * over a slice of the corpus, alone and then in \`jobs\` processes at once, each timing itself (the median
 * of three rounds). On a
 * shared virtual machine two vCPUs can give well under twice one; no coder on wink scales past this.
 */
async function floorScaling(corpus: string, jobs: number, sliceBytes = 3e6): Promise<number> {
  const slice = path.join(os.tmpdir(), `dyad-bench-slice-${process.pid}.jsonl`);
  const lines: string[] = [];
  let bytes = 0;
  for await (const a of corpusLines(corpus)) {
    lines.push(JSON.stringify(a));
    bytes += Buffer.byteLength(a.text);
    if (bytes >= sliceBytes) break;
  }
  writeFileSync(slice, lines.join('\n') + '\n');
  try {
    const ratios: number[] = [];
    for (let k = 0; k < 3; k++) {
      const solo = (await runPhaseAsync('wink', slice)).ms;
      const runs = await Promise.all(Array.from({ length: jobs }, () => runPhaseAsync('wink', slice)));
      ratios.push((jobs * solo) / Math.max(...runs.map((r) => r.ms)));
    }
    return median(ratios);
  } finally {
    rmSync(slice, { force: true });
  }
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
const check = (ok: boolean | null): string => (ok === null ? '—' : ok ? 'yes' : '**no**');

function smallestExample(): string {
  const dir = path.join(REPO_ROOT, 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  return files.sort((a, b) => statSync(a).size - statSync(b).size)[0]!;
}

function gitCommit(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() + (dirty.stdout.trim() ? '+dirty' : '') : 'unknown';
}

function renderReport(p: {
  corpus: CorpusStats;
  wink: PassResult;
  dyad: PassResult;
  paired: PairedResult;
  cli1: CliResult | null;
  cliN: CliResult | null;
  startup: { firstMs: number[]; ok: boolean } | null;
  hotspots: HotspotSummary | null;
  jobs: number;
  capacity: number | null;
  floor: number | null;
}): string {
  const { corpus, wink, dyad, paired, cli1, cliN, startup, hotspots, jobs, capacity, floor } = p;
  const mbps = (r: { bytes: number; ms: number }) => r.bytes / 1e6 / (r.ms / 1000);
  const winkMbps = mbps(wink);
  const lines: string[] = [];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  lines.push(`## Dyad benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  lines.push('');
  lines.push(
    `Node ${process.version}, ${cpu} (${os.cpus().length} cores), commit ${gitCommit()}. Corpus: ${fmt(corpus.articles)} articles, ` +
      `${fmt(corpus.textBytes / 1e6, 1)} MB of text (${corpus.sourceArticles} source articles, ${corpus.sourceSentences} sentences recombined, seeded).`,
  );
  lines.push('');
  lines.push('| run | articles/s | sentences/s | MB/s | peak RSS | cores busy | × wink |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|');
  const row = (name: string, articles: number, sentences: number, bytes: number, ms: number, rss: number, cores: number | null = null) => {
    const s = ms / 1000;
    const ratio = bytes / 1e6 / s / winkMbps;
    lines.push(`| ${name} | ${fmt(articles / s)} | ${fmt(sentences / s)} | ${fmt(bytes / 1e6 / s, 2)} | ${fmt(rss)} MB | ${cores === null ? '—' : fmt(cores, 2)} | ${fmt(ratio, 2)} |`);
  };
  row('wink-nlp `readDoc` + sentences + POS (the floor)', wink.articles, wink.sentences, wink.bytes, wink.ms, wink.maxRssMb);
  row(`Dyad in-process (\`createCoder().codeMany\` + JSON)${hotspots ? ', under --cpu-prof' : ''}`, dyad.articles, dyad.sentences, dyad.bytes, dyad.ms, dyad.maxRssMb);
  for (const c of [cli1, cliN]) {
    if (!c) continue;
    const name = `\`dyad code --jobs ${c.jobs}\` (wall, start-up included)`;
    if (c.exit !== 0 || !c.profile) {
      lines.push(`| ${name} | failed (exit ${c.exit}) | | | | | |`);
      continue;
    }
    row(name, c.profile.articles, c.profile.sentences, corpus.textBytes, c.wallMs, c.profile.rssMb, c.profile.cores);
  }
  lines.push('');
  lines.push(
    `Sentences are each pass's own count (Dyad corrects some of wink's sentence bounds). "× wink" compares MB/s on the same texts. ` +
      `"Cores busy" is the process's CPU time (every thread: V8's collector and compiler threads too) over its wall time.`,
  );
  const pairedRatio = paired.winkMs / paired.dyadMs;
  lines.push('');
  lines.push(
    `Taken in turns over the same ${fmt(paired.chunks)} chunks of ${PAIRED_CHUNK} articles in one process (so the machine's drift falls on both alike), ` +
      `wink took ${fmt(paired.winkMs)} ms and Dyad ${fmt(paired.dyadMs)} ms: **Dyad = ${fmt(pairedRatio, 2)} × wink**. ` +
      `The separate passes above give ${fmt(mbps(dyad) / winkMbps, 2)} ×; on a shared machine they can drift apart by a fifth.`,
  );

  lines.push('');
  lines.push('| stage | ms | share | sentences/s alone |');
  lines.push('|---|--:|--:|--:|');
  const stageTotal = (dyad.timings ?? []).reduce((a, [, ms]) => a + ms, 0);
  for (const [stage, ms] of dyad.timings ?? []) {
    lines.push(`| ${stage} | ${fmt(ms)} | ${fmt((100 * ms) / dyad.ms, 1)}% | ${fmt(dyad.sentences / (ms / 1000))} |`);
  }
  lines.push(`| (outside stages: record, JSON, reading) | ${fmt(dyad.ms - stageTotal)} | ${fmt((100 * (dyad.ms - stageTotal)) / dyad.ms, 1)}% | |`);

  const ratio = pairedRatio;
  const sps1 = cli1?.profile ? cli1.profile.sentences / (cli1.wallMs / 1000) : NaN;
  const speedup = cli1?.profile && cliN?.profile ? cli1.wallMs / cliN.wallMs : NaN;
  const rss = Math.max(dyad.maxRssMb, cli1?.profile?.rssMb ?? 0, cliN?.profile?.rssMb ?? 0);
  const firstMs = startup ? median(startup.firstMs) : NaN;
  lines.push('');
  lines.push('| target | measured | met |');
  lines.push('|---|--:|:-:|');
  lines.push(`| Dyad ≥ 0.40 × wink throughput (in-process, in turns) | ${fmt(ratio, 2)} × | ${check(ratio >= 0.4)} |`);
  lines.push(`| ≥ 15,000 sentences/s, one core (\`--jobs 1\`${cli1 ? '' : ', in-process'}) | ${fmt(cli1 ? sps1 : dyad.sentences / (dyad.ms / 1000))} | ${check((cli1 ? sps1 : dyad.sentences / (dyad.ms / 1000)) >= 15000)} |`);
  lines.push(`| peak RSS < 400 MB | ${fmt(rss)} MB | ${check(rss < 400)} |`);
  lines.push(`| \`--jobs ${jobs}\` ≥ 1.7 × \`--jobs 1\` | ${fmt(speedup, 2)} × | ${check(Number.isFinite(speedup) ? speedup >= 1.7 : null)} |`);
  if (capacity !== null) {
    lines.push(`| (the machine's ceiling: ${jobs} processes of plain JavaScript work vs one) | ${fmt(capacity, 2)} × | |`);
  }
  if (floor !== null) {
    lines.push(`| (the floor's ceiling: wink's own pass in ${jobs} processes vs one) | ${fmt(floor, 2)} × | |`);
  }
  lines.push(
    `| start-up to first record < 1 s (median of ${startup?.firstMs.length ?? 0}; coder build ${fmt(dyad.loadMs ?? NaN)} ms) | ${fmt(firstMs)} ms | ${check(Number.isFinite(firstMs) ? firstMs < 1000 : null)} |`,
  );
  if (startup && !startup.ok) lines.push('', 'Some start-up runs failed (non-zero exit or no output).');
  for (const c of [cli1, cliN]) if (c && (c.exit !== 0 || !c.profile)) lines.push('', `\`--jobs ${c.jobs}\` failed:`, '```', c.stderrTail.trim(), '```');

  if (hotspots) {
    lines.push('');
    lines.push(`CPU profile of the in-process run (${fmt(hotspots.totalMs)} ms sampled). Time by area (a stage includes what it calls):`);
    lines.push('');
    lines.push('| area | ms | share |');
    lines.push('|---|--:|--:|');
    for (const a of hotspots.areas.slice(0, 12)) lines.push(`| ${a.name} | ${fmt(a.ms)} | ${fmt(100 * a.share, 1)}% |`);
    lines.push('');
    lines.push('| hottest functions (self time) | where | ms | share |');
    lines.push('|---|---|--:|--:|');
    for (const f of hotspots.functions) lines.push(`| \`${f.name}\` | ${f.where} | ${fmt(f.ms)} | ${fmt(100 * f.share, 1)}% |`);
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (o.phase) {
    if (!o.corpus) throw new Error('--phase needs --corpus');
    const r = o.phase === 'wink' ? await winkPhase(o.corpus) : o.phase === 'paired' ? await pairedPhase(o.corpus) : await dyadPhase(o.corpus);
    process.stdout.write(JSON.stringify(r) + '\n');
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  let corpus: CorpusStats;
  if (o.corpus) {
    let articles = 0;
    let textBytes = 0;
    for await (const a of corpusLines(o.corpus)) {
      articles++;
      textBytes += Buffer.byteLength(a.text);
    }
    corpus = { file: o.corpus, articles, textBytes, fileBytes: statSync(o.corpus).size, sourceArticles: 0, sourceSentences: 0 };
  } else {
    const file = path.join(os.tmpdir(), `dyad-bench-${o.mb}mb-seed${o.seed}.jsonl`);
    process.stderr.write(`bench: building a ${o.mb} MB corpus in ${file}\n`);
    // Built under a private name and renamed, so two benchmarks started together never read a half-written corpus.
    const partial = `${file}.${process.pid}.partial`;
    corpus = { ...(await buildCorpus(partial, { mb: o.mb, seed: o.seed })), file };
    renameSync(partial, file);
  }
  process.stderr.write(`bench: ${corpus.articles} articles; wink-nlp pass…\n`);
  const wink = runPhase('wink', corpus.file, null);
  let profDir: string | null = null;
  if (o.cpuProf) {
    profDir = path.join(OUT_DIR, `prof-${Date.now()}`);
    mkdirSync(profDir, { recursive: true });
  }
  process.stderr.write(`bench: Dyad in-process pass${o.cpuProf ? ' (with --cpu-prof)' : ''}…\n`);
  const dyad = runPhase('dyad', corpus.file, profDir);
  process.stderr.write('bench: wink and Dyad in turns, chunk by chunk, for the ratio…\n');
  const paired = runPhase<PairedResult>('paired', corpus.file, null);
  let hotspots: HotspotSummary | null = null;
  if (profDir) {
    const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (prof) {
      hotspots = summariseProfile(path.join(profDir, prof));
      process.stderr.write(`bench: CPU profile in ${path.join(profDir, prof)} (open in Chrome DevTools)\n`);
    }
  }
  let cli1: CliResult | null = null;
  let cliN: CliResult | null = null;
  let startup: { firstMs: number[]; ok: boolean } | null = null;
  let capacity: number | null = null;
  let floor: number | null = null;
  if (o.cli) {
    process.stderr.write('bench: start-up runs…\n');
    startup = await startupRuns(smallestExample(), 5);
    process.stderr.write('bench: dyad code --jobs 1…\n');
    cli1 = await runCli(corpus.file, 1);
    process.stderr.write(`bench: dyad code --jobs ${o.jobs}…\n`);
    cliN = await runCli(corpus.file, o.jobs);
    process.stderr.write(`bench: the machine's own scaling over ${o.jobs} processes…\n`);
    capacity = await parallelCapacity(o.jobs);
    process.stderr.write(`bench: wink's own pass in ${o.jobs} processes…\n`);
    floor = await floorScaling(corpus.file, o.jobs);
  }
  const report = renderReport({ corpus, wink, dyad, paired, cli1, cliN, startup, hotspots, jobs: o.jobs, capacity, floor });
  process.stdout.write('\n' + report);
  const out = path.join(OUT_DIR, 'latest.md');
  writeFileSync(out, report);
  process.stderr.write(`bench: table written to ${path.relative(process.cwd(), out)}\n`);
}

if (!existsSync(DYAD_BIN)) throw new Error(`bin/dyad.js not found under ${REPO_ROOT}`);
main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
