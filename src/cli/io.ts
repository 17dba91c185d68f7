// The streams a command writes to, passed in so tests can capture them.
import type { Writable } from 'node:stream';

export interface Io {
  stdout(s: string): void;
  /** Writes UTF-8 bytes as they are (a worker's encoded records); where absent, they go through `stdout` as text. */
  stdoutBytes?(b: Uint8Array): void;
  stderr(s: string): void;
  stdin?: NodeJS.ReadableStream;
  /**
   * A promise while standard output holds more than it wants buffered (a slow pipe: `| gzip`,
   * `| jq`), null when it can take more. A command that prints without end awaits it between
   * batches, so what it has coded but not yet written stays bounded whatever the corpus size.
   */
  drained?(): Promise<void> | null;
}

/** What a stream did that ends the run: the reader went away, or writing failed. */
export interface OutputClosed {
  /** `EPIPE`: the reader closed its end (`dyad code … | head`), which is no failure. */
  readerGone: boolean;
  message: string;
}

/**
 * An Io over real streams. When standard output fails, `onClosed` decides what happens (the
 * process one exits: quietly when the reader went away, with a message otherwise); writes after
 * that are dropped, and `drained` never keeps a command waiting on a stream that is gone.
 */
export function streamIo(
  out: Writable,
  err: Writable,
  onClosed: (why: OutputClosed) => void,
  stdin?: NodeJS.ReadableStream,
): Io {
  let closed = false;
  let waiting: Promise<void> | null = null;
  let release: (() => void) | null = null;
  const close = (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    release?.();
    onClosed({ readerGone: e.code === 'EPIPE', message: e.message });
  };
  out.on('error', close);
  const io: Io = {
    stdout: (s) => {
      if (!closed) out.write(s);
    },
    stdoutBytes: (b) => {
      if (!closed) out.write(b);
    },
    stderr: (s) => void err.write(s),
    drained: () => {
      if (closed || !out.writableNeedDrain) return null;
      waiting ??= new Promise<void>((resolve) => {
        release = () => {
          out.off('drain', done);
          release = null;
          waiting = null;
          resolve();
        };
        const done = () => release?.();
        out.once('drain', done);
      });
      return waiting;
    },
  };
  if (stdin) io.stdin = stdin;
  return io;
}

export const processIo: Io = streamIo(
  process.stdout,
  process.stderr,
  (why) => {
    if (!why.readerGone) process.stderr.write(`dyad: cannot write the output: ${why.message}\n`);
    // the reader has what it wanted (`| head`): stop as a Unix filter does, without a stack trace
    process.exit(why.readerGone ? 0 : 1);
  },
  process.stdin,
);
