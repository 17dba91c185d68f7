// Tests of the output streams: a slow reader holds the commands back, a reader that goes away ends them quietly.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamIo, type Io, type OutputClosed } from './io.js';
import { main } from './main.js';

/** A stdout that takes a chunk only when the test lets it (`release`), with a small buffer. */
function slowStream(highWaterMark = 1024) {
  const pending: (() => void)[] = [];
  let taken = '';
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _enc, callback) {
      pending.push(() => {
        taken += chunk;
        callback();
      });
    },
  });
  return {
    stream,
    /** Lets every chunk written so far through. */
    release() {
      for (const p of pending.splice(0)) p();
    },
    taken: () => taken,
  };
}

const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

describe('streamIo', () => {
  it('asks to wait while the stream is over its buffer, and lets go when it drains', async () => {
    const out = slowStream(64);
    const io = streamIo(out.stream, sink(), () => {});
    expect(io.drained!()).toBeNull();
    io.stdout('x'.repeat(100));
    const wait = io.drained!();
    expect(wait).toBeInstanceOf(Promise);
    expect(io.drained!()).toBe(wait); // one wait, however often asked
    let done = false;
    void wait!.then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    out.release();
    await wait;
    expect(done).toBe(true);
    expect(io.drained!()).toBeNull();
    expect(out.taken()).toBe('x'.repeat(100));
  });

  it('ends a wait and drops later writes when the reader goes away (EPIPE), and says so once', async () => {
    const out = slowStream(8);
    const closed: OutputClosed[] = [];
    const io = streamIo(out.stream, sink(), (why) => closed.push(why));
    io.stdout('a long record');
    const wait = io.drained!();
    expect(wait).not.toBeNull();
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    out.stream.destroy(epipe);
    await wait; // does not hang
    expect(closed).toEqual([{ readerGone: true, message: 'write EPIPE' }]);
    io.stdout('after');
    expect(io.drained!()).toBeNull();
    expect(closed).toHaveLength(1);
  });

  it('reports any other write failure as one, with its message', async () => {
    const out = slowStream(8);
    const closed: OutputClosed[] = [];
    streamIo(out.stream, sink(), (why) => closed.push(why));
    out.stream.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    await new Promise((r) => setImmediate(r));
    expect(closed).toEqual([{ readerGone: false, message: 'no space left on device' }]);
  });
});

/** JSONL of `n` short articles. */
function articles(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `a${i}`, text: `Iran accused Israel of attacking a tanker on day ${i}.`, published: '2020-01-01' }));
  return lines.join('\n') + '\n';
}

/**
 * Runs `dyad code` on stdin with a stdout whose buffer every write fills. The first wait is held
 * for a while, to see that nothing more is written meanwhile; later waits end at the next turn.
 */
async function heldBack(args: string[], n: number) {
  let out = '';
  let full = false;
  let waits = 0;
  let release: (() => void) | null = null;
  const records = () => out.split('\n').filter(Boolean).length;
  const io: Io = {
    stdout: (s) => {
      out += s;
      full = true;
    },
    stderr: () => {},
    stdin: Readable.from([articles(n)]),
    drained: () => {
      if (!full) return null;
      waits++;
      return new Promise<void>((r) => {
        const go = () => ((full = false), r());
        if (waits === 1) release = go;
        else setImmediate(go);
      });
    },
  };
  const running = main(['code', '--input-format', 'jsonl', ...args, '-'], io);
  let finished = false;
  void running.then(() => (finished = true));
  for (let k = 0; k < 3000 && !release && !finished; k++) await new Promise((r) => setTimeout(r, 10));
  const atFirstWait = records();
  await new Promise((r) => setTimeout(r, 200));
  const afterHolding = records();
  (release as (() => void) | null)?.();
  const code = await running;
  return { code, atFirstWait, afterHolding, waits, records: out.split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string) };
}

describe('dyad code under a slow reader', () => {
  it('stops to wait for standard output after a batch instead of coding ahead', async () => {
    const r = await heldBack([], 100);
    expect(r.atFirstWait).toBeGreaterThan(0);
    expect(r.atFirstWait).toBeLessThanOrEqual(16); // one read batch, not the whole input
    expect(r.afterHolding).toBe(r.atFirstWait);
    expect(r.waits).toBeGreaterThanOrEqual(100 / 16 - 1);
    expect(r.code).toBe(0);
    expect(r.records).toEqual(Array.from({ length: 100 }, (_, i) => `a${i}`));
  }, 30_000);

  it('with --jobs 2, waits after each record it prints, and still prints all in order', async () => {
    const r = await heldBack(['--jobs', '2'], 60);
    expect(r.atFirstWait).toBe(1);
    expect(r.afterHolding).toBe(1);
    expect(r.waits).toBeGreaterThanOrEqual(59);
    expect(r.code).toBe(0);
    expect(r.records).toEqual(Array.from({ length: 60 }, (_, i) => `a${i}`));
  }, 60_000);
});
