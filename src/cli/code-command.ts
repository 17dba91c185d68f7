// `dyad code PATH... | -`: reads articles, codes each one, prints one record per article.
import { readInputs, type InputFormat } from '../ingest/read-inputs.js';
import { parseArgs, UsageError } from './args.js';
import type { Io } from './io.js';
import { parseJobs, runCodeInParallel, type OutputFormat } from './parallel-code.js';

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
  --jobs N                    code in N worker threads (default 1) while the main thread reads
                              and writes; records keep the input order
  --profile                   print throughput, peak memory and the time spent in each stage
                              to standard error`;

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
  const items = readInputs(paths, { inputFormat: inputFormat as InputFormat, stdin: io.stdin });
  return runCodeInParallel(items, { jobs, format: format as OutputFormat, profile, ...(dataDir ? { dataDir } : {}) }, io);
}
