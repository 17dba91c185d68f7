// `dyad code PATH... | -`: reads articles, codes each one, prints one record per article.
import { readInputs, type InputFormat } from '../ingest/read-inputs.js';
import type { DyadRecord } from '../model/types.js';
import { codeAll } from './code-all.js';
import { readyBatches } from './ready-batches.js';
import { parseArgs, UsageError } from './args.js';
import { formatTable } from './format-table.js';
import type { Io } from './io.js';
import { tuneV8ForCoding } from './heap.js';
import { formatProfile, parseJobs, runCodeInParallel } from './parallel-code.js';

const FORMATS = ['jsonl', 'json', 'table'] as const;
const INPUT_FORMATS = ['auto', 'text', 'jsonl', 'html'] as const;

export const CODE_HELP = `usage: dyad code [options] PATH... | -

Codes each article (plain text with header lines, JSONL, or HTML; files, folders, or - for
standard input) into one Dyad record.

options:
  --format jsonl|json|table   output: one JSON record per line (default), a JSON array, or a
                              readable list of events and quotes
  --input-format auto|text|jsonl|html   force a reader (default: by extension / content)
  --data-dir DIR              dictionaries folder (default: the bundled data/)
  --jobs N                    code in N threads, the main one and N-1 workers (default 1);
                              records keep the input order
  --profile                   print throughput, peak memory and the time spent in each stage
                              to standard error`;

/** Articles read ahead and coded together, stage by stage (see `Coder.codeMany`). */
const READ_BATCH = 16;

export async function runCodeCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseArgs(args, { values: ['format', 'input-format', 'data-dir', 'jobs'], switches: ['profile', 'help'] });
  if (parsed.switches.has('help')) {
    io.stdout(CODE_HELP + '\n');
    return 0;
  }
  const format = parsed.values.get('format') ?? 'jsonl';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const inputFormat = parsed.values.get('input-format') ?? 'auto';
  if (!(INPUT_FORMATS as readonly string[]).includes(inputFormat)) throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}`);
  const paths = parsed.positional;
  if (paths.length === 0) throw new UsageError('dyad code needs at least one PATH (a file, a folder, or - for standard input)');

  const profile = parsed.switches.has('profile');
  const dataDir = parsed.values.get('data-dir');
  const jobs = parseJobs(parsed.values.get('jobs'));
  tuneV8ForCoding(); // before any coder or worker heap exists
  if (jobs > 1) {
    const items = readInputs(paths, { inputFormat: inputFormat as InputFormat, stdin: io.stdin });
    return runCodeInParallel(items, { jobs, format: format as 'jsonl' | 'json' | 'table', profile, ...(dataDir ? { dataDir } : {}) }, io);
  }
  // Loaded here, not at the top: help and usage errors answer without loading the model and dictionaries.
  const { createCoder } = await import('../coder.js');
  let coder: ReturnType<typeof createCoder>;
  try {
    coder = createCoder({ profile, ...(dataDir ? { dataDir } : {}) });
  } catch (err) {
    throw new UsageError(`could not load the dictionaries: ${(err as Error).message}`);
  }
  let failures = 0;
  let count = 0;
  let sentences = 0;
  let bytes = 0;
  let first = true;
  if (format === 'json') io.stdout('[');
  const t0 = performance.now();
  const print = (record: DyadRecord): void => {
    if (format === 'jsonl') io.stdout(JSON.stringify(record) + '\n');
    else if (format === 'json') io.stdout((first ? '\n' : ',\n') + JSON.stringify(record, null, 2));
    else io.stdout((first ? '' : '\n') + formatTable(record) + '\n');
    first = false;
  };
  const items = readInputs(paths, { inputFormat: inputFormat as InputFormat, stdin: io.stdin });
  for await (const batch of readyBatches(items, READ_BATCH)) {
    const articles = batch.flatMap((item) => (item.ok ? [item.article] : []));
    const records = codeAll(coder, articles);
    let k = 0;
    for (const item of batch) {
      if (!item.ok) {
        failures++;
        const where = item.error.line !== undefined ? `${item.error.file}:${item.error.line}` : item.error.file;
        io.stderr(`dyad: ${where}: ${item.error.message}\n`);
        continue;
      }
      const record = records[k++]!;
      if (record instanceof Error) {
        failures++;
        io.stderr(`dyad: ${item.article.origin?.file ?? item.article.id}: could not code article: ${record.message}\n`);
        continue;
      }
      count++;
      if (profile) {
        sentences += record.sentences.length;
        bytes += Buffer.byteLength(item.article.raw);
      }
      print(record);
    }
    // a slow reader (`| gzip`) holds us here, so unwritten records never pile up in memory
    const drained = io.drained?.();
    if (drained) await drained;
  }
  if (format === 'json') io.stdout(first ? ']\n' : '\n]\n');
  if (profile) io.stderr(formatProfile({ articles: count, sentences, bytes, ms: performance.now() - t0, timings: coder.timings }));
  if (count === 0 && failures === 0) io.stderr('dyad: no articles found in the given paths\n');
  return failures > 0 ? 1 : 0;
}
