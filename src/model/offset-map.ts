// Maps offsets in repaired text back to offsets in the raw input, through a list of edits.
import type { Span } from './types.js';

/** One replacement: raw `[rawStart, rawEnd)` became `text` in the repaired output. */
export interface Edit {
  rawStart: number;
  rawEnd: number;
  text: string;
}

/**
 * The pieces tile both sides: consecutive pieces are contiguous in text and in raw. A copy
 * piece maps one to one; a replaced piece maps as a whole (it may be empty on either side).
 */
interface Piece {
  textStart: number;
  textEnd: number;
  rawStart: number;
  rawEnd: number;
  /** True when the piece is copied unchanged, so offsets inside it map one to one. */
  copy: boolean;
}

/** Which side of the pieces an offset is measured on. */
type Side = 'text' | 'raw';

export class OffsetMap {
  private readonly pieces: Piece[];
  readonly text: string;
  readonly rawLength: number;

  /** Builds the repaired text and its map from `raw` and non-overlapping edits. */
  static fromEdits(raw: string, edits: readonly Edit[]): OffsetMap {
    const sorted = edits
      .filter((e) => e.rawEnd > e.rawStart || e.text.length > 0)
      .sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd);
    const pieces: Piece[] = [];
    const out: string[] = [];
    let rawPos = 0;
    let textPos = 0;
    for (const e of sorted) {
      if (e.rawStart < rawPos) throw new Error(`overlapping edit at raw offset ${e.rawStart}`);
      if (e.rawEnd > raw.length || e.rawStart < 0) throw new Error(`edit [${e.rawStart}, ${e.rawEnd}) is outside the raw text`);
      if (e.rawStart > rawPos) {
        const len = e.rawStart - rawPos;
        pieces.push({ textStart: textPos, textEnd: textPos + len, rawStart: rawPos, rawEnd: e.rawStart, copy: true });
        out.push(raw.slice(rawPos, e.rawStart));
        textPos += len;
      }
      pieces.push({ textStart: textPos, textEnd: textPos + e.text.length, rawStart: e.rawStart, rawEnd: e.rawEnd, copy: false });
      out.push(e.text);
      textPos += e.text.length;
      rawPos = e.rawEnd;
    }
    if (rawPos < raw.length) {
      pieces.push({ textStart: textPos, textEnd: textPos + raw.length - rawPos, rawStart: rawPos, rawEnd: raw.length, copy: true });
      out.push(raw.slice(rawPos));
    }
    return new OffsetMap(out.join(''), raw.length, pieces);
  }

  /** The identity map, for text that needed no repair. */
  static identity(raw: string): OffsetMap {
    return OffsetMap.fromEdits(raw, []);
  }

  /**
   * Chains two maps: `this` maps raw→mid, `next` maps mid→text; the result maps raw→text.
   * Wherever a replaced piece of either map touches mid, the touching pieces merge into one
   * replaced piece, so a span never maps to part of an original that was rewritten.
   */
  then(next: OffsetMap): OffsetMap {
    if (next.rawLength !== this.text.length) throw new Error('cannot chain offset maps: lengths differ');
    const dirty: [number, number][] = [];
    for (const p of this.pieces) if (!p.copy) dirty.push([p.textStart, p.textEnd]);
    for (const p of next.pieces) if (!p.copy) dirty.push([p.rawStart, p.rawEnd]);
    dirty.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const d of dirty) {
      const last = merged[merged.length - 1];
      if (last && d[0] <= last[1]) last[1] = Math.max(last[1], d[1]);
      else merged.push([d[0], d[1]]);
    }
    const pieces: Piece[] = [];
    const copyRun = (from: number, to: number): void => {
      if (to <= from) return;
      const rawStart = edge(this.pieces, 'text', from, 'right');
      const textStart = edge(next.pieces, 'raw', from, 'right');
      pieces.push({ textStart, textEnd: textStart + (to - from), rawStart, rawEnd: rawStart + (to - from), copy: true });
    };
    let midPos = 0;
    for (const [a, b] of merged) {
      copyRun(midPos, a);
      pieces.push({
        textStart: edge(next.pieces, 'raw', a, 'left'),
        textEnd: edge(next.pieces, 'raw', b, 'right'),
        rawStart: edge(this.pieces, 'text', a, 'left'),
        rawEnd: edge(this.pieces, 'text', b, 'right'),
        copy: false,
      });
      midPos = b;
    }
    copyRun(midPos, this.text.length);
    return new OffsetMap(next.text, this.rawLength, pieces);
  }

  private constructor(text: string, rawLength: number, pieces: Piece[]) {
    this.text = text;
    this.rawLength = rawLength;
    this.pieces = pieces;
  }

  /**
   * Raw offset of a text offset. A start maps to the raw start of the character at `offset`,
   * an end to the raw end of the character before it; inside a replaced piece that is the
   * whole raw original, so a span over repaired text covers everything it came from.
   */
  toRaw(offset: number, side: 'start' | 'end' = 'start'): number {
    const ps = this.pieces;
    if (offset <= 0 && side === 'end') return 0;
    if (offset < 0) offset = 0;
    if (offset >= this.text.length) {
      if (side === 'start') return this.rawLength;
      offset = this.text.length;
    }
    // start: the piece holding character `offset`; end: the piece holding character `offset - 1`
    // (for offset >= 1 the first piece ending at or after it is never empty).
    const k = side === 'start' ? firstIndex(ps, (p) => p.textEnd > offset) : firstIndex(ps, (p) => p.textEnd >= offset);
    const p = ps[k];
    if (!p) return this.rawLength;
    if (p.copy) return p.rawStart + (offset - p.textStart);
    if (side === 'start') return offset >= p.textEnd ? p.rawEnd : p.rawStart;
    return offset <= p.textStart ? p.rawStart : p.rawEnd;
  }

  /** Raw span of a text span; an empty span stays empty (a point), never inverted. */
  toRawSpan(span: Span): Span {
    if (span[1] <= span[0]) {
      const at = this.toRaw(span[0], 'start');
      return [at, at];
    }
    return [this.toRaw(span[0], 'start'), this.toRaw(span[1], 'end')];
  }

  /** True when no edit changed anything. */
  get isIdentity(): boolean {
    return this.pieces.every((p) => p.copy);
  }
}

/** Binary search: index of the first piece satisfying a predicate that is monotone over pieces. */
function firstIndex(ps: readonly Piece[], pred: (p: Piece) => boolean): number {
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(ps[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The position on the other side of the pieces for offset `m` on `side`. Where several
 * positions qualify (an empty piece at `m`), 'left' takes the smallest, 'right' the largest.
 */
function edge(ps: readonly Piece[], side: Side, m: number, which: 'left' | 'right'): number {
  const from = side === 'text' ? (p: Piece) => [p.textStart, p.textEnd] as const : (p: Piece) => [p.rawStart, p.rawEnd] as const;
  const to = side === 'text' ? (p: Piece) => [p.rawStart, p.rawEnd] as const : (p: Piece) => [p.textStart, p.textEnd] as const;
  if (ps.length === 0) return m;
  let k: number;
  if (which === 'left') {
    k = firstIndex(ps, (p) => from(p)[1] >= m);
    if (k >= ps.length) k = ps.length - 1;
  } else {
    k = firstIndex(ps, (p) => from(p)[0] > m) - 1;
    if (k < 0) k = 0;
  }
  const p = ps[k]!;
  const [fs, fe] = from(p);
  const [ts, te] = to(p);
  if (p.copy) return ts + Math.min(Math.max(m - fs, 0), fe - fs);
  if (m <= fs && !(which === 'right' && fe === fs)) return ts;
  if (m >= fe) return te;
  return which === 'left' ? ts : te;
}
