// `dyad eval plover|record ...`: scores the coder against PLOVER gold or hand-written expected records.
import path from 'node:path';
import type { Article, DyadRecord } from '../model/types.js';
import { GoldFileError, loadPloverGold } from '../eval/plover-gold.js';
import { filterPloverReport, formatPloverReport, scorePlover, type PloverReport } from '../eval/plover-scorer.js';
import {
  compareRecord, ExpectedFileError, formatComparisonLine, formatRecordComparison, loadExpectedRecord, SECTIONS,
  type ExpectedRecord, type RecordComparison,
} from '../eval/record-compare.js';
import { parseArgs, UsageError } from './args.js';

export const EVAL_HELP = `usage:
  dyad eval plover FILE [--summary] [--misses] [--type TYPE] [--json]
      code each PLOVER gold sentence alone and report recall, precision, dyad and sector
      accuracy per event type (see shared/plover/SCORING.md)
        --summary   the per-type table and overall figures only (the default)
        --misses    also list misses, false events and dyad errors
        --type T    only the row and the lists that concern type T (FIGHT reads as ASSAULT)
        --json      the report as JSON
  dyad eval record EXPECTED.json [ARTICLE] ... [--verbose] [--json]
      code each expectation's article and compare the record with it (src/eval/README.md);
      an ARTICLE after an expectation file replaces its "input"; exits 1 when one fails
  common: --data-dir DIR   dictionaries folder (default: the bundled data/)`;

export interface EvalIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** What the command needs from the outside, so tests and `run-eval.ts` can pass their own. */
export interface EvalDeps {
  /** Codes one article; defaults to a coder built on first use. */
  code?: (article: Article) => DyadRecord;
  /** Reads one article file the way `dyad code` does. */
  readArticle?: (file: string) => Promise<Article>;
}

/** A user mistake that ends the command with exit code 2 and one line on stderr. */
function isUserError(err: unknown): err is Error {
  return err instanceof UsageError || err instanceof GoldFileError || err instanceof ExpectedFileError;
}

async function defaultCode(dataDir: string | undefined): Promise<(a: Article) => DyadRecord> {
  // Imported late: the coder loads the NLP model, which `eval --help` and argument errors do not need.
  const { createCoder } = await import('../coder.js');
  const coder = createCoder(dataDir ? { dataDir } : {});
  return (a) => coder.code(a);
}

async function defaultReadArticle(file: string): Promise<Article> {
  const { readInputs } = await import('../ingest/read-inputs.js');
  try {
    for await (const item of readInputs([file], { inputFormat: 'auto' })) {
      if (!item.ok) {
        const where = item.error.line !== undefined ? `${item.error.file}:${item.error.line}` : item.error.file;
        throw new ExpectedFileError(item.error.message.includes(where) ? item.error.message : `${where}: ${item.error.message}`);
      }
      return item.article;
    }
  } catch (err) {
    if (err instanceof ExpectedFileError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new ExpectedFileError(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  throw new ExpectedFileError(`${file}: no article in this file`);
}

export async function runEvalCommand(args: string[], io: EvalIo, deps: EvalDeps = {}): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
      io.stdout(EVAL_HELP + '\n');
      return sub === undefined ? 2 : 0;
    }
    if (sub === 'plover') return await runPlover(rest, io, deps);
    if (sub === 'record') return await runRecord(rest, io, deps);
    throw new UsageError(`unknown eval command "${sub}" (use: dyad eval plover FILE, dyad eval record EXPECTED.json)`);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr(`dyad: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

async function runPlover(args: string[], io: EvalIo, deps: EvalDeps): Promise<number> {
  const p = parseArgs(args, { values: ['type', 'data-dir'], switches: ['json', 'misses', 'summary', 'help'] });
  if (p.switches.has('help')) {
    io.stdout(EVAL_HELP + '\n');
    return 0;
  }
  if (p.positional.length !== 1) throw new UsageError('dyad eval plover needs exactly one gold FILE (e.g. ../shared/plover/gsr-dev.json)');
  const gold = loadPloverGold(p.positional[0]!);
  if (gold.length === 0) throw new GoldFileError(`${p.positional[0]}: no gold records in this file`);
  const code = deps.code ?? (await defaultCode(p.values.get('data-dir')));
  let report: PloverReport = scorePlover(gold, code);
  const type = p.values.get('type');
  if (type) report = filterPloverReport(report, type);
  const lists = p.switches.has('misses') && !p.switches.has('summary');
  if (p.switches.has('json')) {
    const { misses, falseEvents, dyadErrors, ...summary } = report;
    io.stdout(JSON.stringify(lists || !p.switches.has('summary') ? report : summary, null, 2) + '\n');
  } else {
    if (type && report.types.length === 0) io.stderr(`dyad: no gold record or emitted event has type ${type.toUpperCase()}\n`);
    io.stdout(formatPloverReport(report, { misses: lists }));
  }
  return 0;
}

interface Job {
  expectedFile: string;
  articleFile: string | null;
}

async function loadArticle(x: ExpectedRecord, articleFile: string | null, read: (f: string) => Promise<Article>): Promise<Article> {
  let article: Article;
  const file = articleFile ?? x.input;
  if (file) {
    try {
      article = await read(file);
    } catch (err) {
      if (!(err instanceof ExpectedFileError)) throw err;
      throw new ExpectedFileError(`${err.message}${articleFile || !x.file ? '' : ` (the "input" of ${x.file})`}`);
    }
  } else {
    const name = path.basename(x.file ?? 'expected').replace(/\.expected\.json$|\.json$/, '');
    article = { id: name, published: null, raw: x.text ?? '', title: null, url: null, publisher: null };
  }
  return { ...article, ...(x.id ? { id: x.id } : {}), ...(x.published ? { published: x.published } : {}) };
}

async function runRecord(args: string[], io: EvalIo, deps: EvalDeps): Promise<number> {
  const p = parseArgs(args, { values: ['data-dir'], switches: ['json', 'verbose', 'help'] });
  if (p.switches.has('help')) {
    io.stdout(EVAL_HELP + '\n');
    return 0;
  }
  const jobs: Job[] = [];
  for (const arg of p.positional) {
    if (arg.endsWith('.json')) jobs.push({ expectedFile: arg, articleFile: null });
    else if (jobs.length && jobs[jobs.length - 1]!.articleFile === null) jobs[jobs.length - 1]!.articleFile = arg;
    else throw new UsageError(`${arg}: an ARTICLE must follow the EXPECTED.json file it belongs to`);
  }
  if (jobs.length === 0) throw new UsageError('dyad eval record needs at least one EXPECTED.json file');

  const read = deps.readArticle ?? defaultReadArticle;
  let code = deps.code;
  const results: RecordComparison[] = [];
  let errors = 0;
  let crashed = 0;
  for (const job of jobs) {
    let comparison: RecordComparison;
    try {
      const x = loadExpectedRecord(job.expectedFile);
      const article = await loadArticle(x, job.articleFile, read);
      code ??= await defaultCode(p.values.get('data-dir'));
      let record: DyadRecord;
      try {
        record = code(article);
      } catch (err) {
        // A coder bug on one article is that article's failure, not the end of the run.
        crashed++;
        io.stdout(`FAIL  ${job.expectedFile}  the coder failed: ${(err as Error)?.message ?? String(err)}\n`);
        continue;
      }
      comparison = compareRecord(x, record);
    } catch (err) {
      if (!isUserError(err)) throw err;
      errors++;
      io.stderr(`dyad: ${err.message}\n`);
      continue;
    }
    results.push(comparison);
    if (!p.switches.has('json')) {
      io.stdout(comparison.pass && !p.switches.has('verbose') ? formatComparisonLine(comparison) + '\n' : formatRecordComparison(comparison, { verbose: p.switches.has('verbose') }));
    }
  }

  const totals = recordTotals(results, errors, crashed);
  if (p.switches.has('json')) io.stdout(JSON.stringify({ totals, records: results }, null, 2) + '\n');
  else if (jobs.length > 1 || errors || crashed) io.stdout(formatTotals(totals));
  if (errors) return 2;
  return totals.failed > 0 ? 1 : 0;
}

export interface RecordTotals {
  files: number;
  passed: number;
  failed: number;
  /** Files that could not be read or parsed. */
  errors: number;
  sections: Record<string, { listed: number; found: number }>;
  events: { emitted: number; matched: number; forbidden: number };
}

function recordTotals(results: RecordComparison[], errors: number, crashed: number): RecordTotals {
  const sections: RecordTotals['sections'] = {};
  for (const s of SECTIONS) sections[s] = { listed: 0, found: 0 };
  const t: RecordTotals = { files: results.length + errors + crashed, passed: 0, failed: crashed, errors, sections, events: { emitted: 0, matched: 0, forbidden: 0 } };
  for (const r of results) {
    if (r.pass) t.passed++;
    else t.failed++;
    for (const s of SECTIONS) {
      sections[s]!.listed += r.sections[s].listed;
      sections[s]!.found += r.sections[s].found;
    }
    t.events.emitted += r.precision.emitted;
    t.events.matched += r.precision.matched;
    t.events.forbidden += r.forbidden.length;
  }
  return t;
}

function formatTotals(t: RecordTotals): string {
  const parts = SECTIONS.filter((s) => t.sections[s]!.listed > 0).map((s) => `${s} ${t.sections[s]!.found}/${t.sections[s]!.listed}`);
  parts.push(`precision ${t.events.matched}/${t.events.emitted}`);
  if (t.events.forbidden) parts.push(`${t.events.forbidden} forbidden`);
  const errs = t.errors ? `, ${t.errors} unreadable` : '';
  return `total: ${t.files} files, ${t.passed} passed, ${t.failed} failed${errs} · ${parts.join(' · ')}\n`;
}
