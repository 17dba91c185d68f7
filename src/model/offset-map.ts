// Maps offsets in repaired text back to offsets in the raw input, through a list of edits.
import type { Span } from './types.js';

/** One replacement: raw `[rawStart, rawEnd)` became `text` in the repaired output. */
export interface Edit {
  rawStart: number;
  rawEnd: number;
  text: string;
}

interface Piece {
  textStart: number;
  textEnd: number;
  rawStart: number;
  rawEnd: number;
  /** True when the piece is copied unchanged, so offsets inside it map one to one. */
  copy: boolean;
}

export class OffsetMap {
  private readonly pieces: Piece[];
  readonly text: string;

  /** Builds the repaired text and its map from `raw` and non-overlapping edits. */
  static fromEdits(raw: string, edits: readonly Edit[]): OffsetMap {
    const sorted = [...edits].sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd);
    const pieces: Piece[] = [];
    const out: string[] = [];
    let rawPos = 0;
    let textPos = 0;
    for (const e of sorted) {
      if (e.rawStart < rawPos) throw new Error(`overlapping edit at raw offset ${e.rawStart}`);
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
      textPos += raw.length - rawPos;
    }
    return new OffsetMap(out.join(''), pieces);
  }

  /** The identity map, for text that needed no repair. */
  static identity(raw: string): OffsetMap {
    return OffsetMap.fromEdits(raw, []);
  }

  /** Chains two maps: `this` maps raw→mid, `next` maps mid→text; the result maps raw→text. */
  then(next: OffsetMap): OffsetMap {
    const pieces: Piece[] = next.pieces.map((p) => ({
      textStart: p.textStart,
      textEnd: p.textEnd,
      rawStart: this.toRaw(p.rawStart, 'start'),
      rawEnd: this.toRaw(p.rawEnd, 'end'),
      copy: false,
    }));
    // Copy pieces of `next` stay one-to-one only where `this` is one-to-one too; re-split them.
    const refined: Piece[] = [];
    for (let k = 0; k < next.pieces.length; k++) {
      const p = next.pieces[k]!;
      if (!p.copy) { refined.push(pieces[k]!); continue; }
      for (const q of this.pieces) {
        const lo = Math.max(p.rawStart, q.textStart);
        const hi = Math.min(p.rawEnd, q.textEnd);
        if (lo > hi || (lo === hi && p.rawStart !== p.rawEnd)) continue;
        const shift = p.textStart - p.rawStart;
        if (q.copy) {
          refined.push({ textStart: lo + shift, textEnd: hi + shift, rawStart: q.rawStart + (lo - q.textStart), rawEnd: q.rawStart + (hi - q.textStart), copy: true });
        } else {
          refined.push({ textStart: lo + shift, textEnd: hi + shift, rawStart: q.rawStart, rawEnd: q.rawEnd, copy: false });
        }
      }
    }
    return new OffsetMap(next.text, refined.filter((p) => p.textEnd > p.textStart || p.rawEnd > p.rawStart));
  }

  private constructor(text: string, pieces: Piece[]) {
    this.text = text;
    this.pieces = pieces;
  }

  /**
   * Raw offset of a text offset. Inside a replaced piece a start maps to the piece's raw start
   * and an end to its raw end, so a span over repaired text covers the whole raw original.
   */
  toRaw(offset: number, side: 'start' | 'end' = 'start'): number {
    const ps = this.pieces;
    if (ps.length === 0) return offset;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      const before = side === 'start' ? p.textEnd <= offset : p.textEnd < offset;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    const p = ps[lo]!;
    if (offset >= p.textEnd && lo === ps.length - 1) return p.rawEnd + (offset - p.textEnd);
    if (p.copy) return p.rawStart + (offset - p.textStart);
    if (offset <= p.textStart) return p.rawStart;
    if (offset >= p.textEnd) return p.rawEnd;
    return side === 'start' ? p.rawStart : p.rawEnd;
  }

  toRawSpan(span: Span): Span {
    return [this.toRaw(span[0], 'start'), this.toRaw(span[1], 'end')];
  }
}
