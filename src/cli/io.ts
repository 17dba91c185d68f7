// The streams a command writes to, passed in so tests can capture them.
export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin?: NodeJS.ReadableStream;
}

export const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdin: process.stdin,
};
