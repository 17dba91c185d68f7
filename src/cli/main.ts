// Entry point of the `dyad` command line: dispatches subcommands and turns user errors into messages.
import { UsageError } from './args.js';
import { CODE_HELP, runCodeCommand } from './code-command.js';
import { processIo, type Io } from './io.js';

const HELP = `dyad — turn news articles into political event data

usage:
  dyad code [options] PATH... | -      code articles into Dyad records (JSONL by default)
  dyad eval plover FILE [--json] [--misses] [--summary]
                                       score the coder against PLOVER gold records
  dyad eval record EXPECTED.json...    compare records with hand-written expectations
  dyad help [COMMAND]

${CODE_HELP}`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'code':
        return await runCodeCommand(rest, io);
      case 'eval': {
        const { runEvalCommand } = await import('./eval-command.js');
        return await runEvalCommand(rest, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: dyad help)`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`dyad: ${err.message}\n`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e && (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR')) {
      io.stderr(`dyad: ${e.message}\n`);
      return 2;
    }
    throw err;
  }
}
