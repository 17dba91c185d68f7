// Decodes mojibake: UTF-8 bytes that were read as Windows-1252 or Latin-1 (`â€™` → `’`, `Ã©` → `é`).

/** Windows-1252 characters for bytes 0x80–0x9F; the five undefined bytes pass through as C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Character → the byte it stands for (0x80–0xFF). */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let k = 0; k < CP1252_HIGH.length; k++) BYTE_OF.set(CP1252_HIGH[k]!, 0x80 + k);

/**
 * Continuations that also follow words in real text (`CAFÉ”`, `café…`, `à « `): a lone
 * sequence using one of these is more likely genuine text than mojibake.
 */
const RISKY = new Set('’”“‘…–—•™«»\u00A0¡¿·°„'.split(''));
const LETTER = /^[\p{L}\p{M}]+$/u;

/** Characters that stand for a byte 0x80–0xBF when UTF-8 bytes were read as Windows-1252 or Latin-1. */
export const CONTINUATION_CLASS =
  '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
/** A run of lead characters (bytes 0xC2–0xF4) each followed by continuation characters. */
export const MOJIBAKE_RUN = `(?:[\\u00C2-\\u00F4][${CONTINUATION_CLASS}]+)+`;
const MOJIBAKE_AGAIN = new RegExp(MOJIBAKE_RUN, 'u');
const MOJIBAKE_RUNS = new RegExp(MOJIBAKE_RUN, 'gu');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A decoded stretch of a run: `[start, end)` within the run and its proper text. */
export interface MojibakeFix {
  start: number;
  end: number;
  text: string;
}

interface Seq {
  start: number;
  end: number;
  text: string;
  lead: number;
  risky: boolean;
}

/** Decodes one UTF-8 sequence starting at `i`, or null when the bytes are not valid UTF-8. */
function decodeSeq(run: string, i: number): Seq | null {
  const lead = run.charCodeAt(i);
  const n = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (i + n > run.length) return null;
  const bytes = new Uint8Array(n);
  bytes[0] = lead;
  let risky = false;
  for (let k = 1; k < n; k++) {
    const ch = run[i + k]!;
    const b = BYTE_OF.get(ch);
    if (b === undefined || b < 0x80 || b > 0xbf) return null;
    if (RISKY.has(ch)) risky = true;
    bytes[k] = b;
  }
  try {
    return { start: i, end: i + n, text: utf8.decode(bytes), lead, risky };
  } catch {
    return null;
  }
}

/** Accepts a decoded sequence on its own, without support from neighbours. */
function plausibleAlone(s: Seq): boolean {
  // Â/Ã (U+0080–U+00FF) and â (punctuation block) sequences essentially never occur in real text.
  if (s.lead === 0xc2 || s.lead === 0xc3 || s.lead === 0xe2) return true;
  if (s.text === '\uFEFF') return true;
  return !s.risky && LETTER.test(s.text);
}

/**
 * Decodes a run matched by the scanner (lead + continuation characters, repeated). Sequences
 * that are not valid UTF-8 are left alone; neighbouring valid sequences support each other.
 */
export function decodeMojibakeRun(run: string): MojibakeFix[] {
  const seqs: Seq[] = [];
  let i = 0;
  while (i < run.length) {
    const code = run.charCodeAt(i);
    const s = code >= 0xc2 && code <= 0xf4 ? decodeSeq(run, i) : null;
    if (s) {
      seqs.push(s);
      i = s.end;
    } else {
      i++;
    }
  }
  const fixes: MojibakeFix[] = [];
  let k = 0;
  while (k < seqs.length) {
    // Group adjacent sequences: a word of Cyrillic or CJK mojibake is several in a row.
    let j = k + 1;
    while (j < seqs.length && seqs[j]!.start === seqs[j - 1]!.end) j++;
    const group = seqs.slice(k, j);
    const accepted = group.length > 1 ? group.every((s) => LETTER.test(s.text) || plausibleAlone(s)) : plausibleAlone(group[0]!);
    if (accepted) {
      let text = group.map((s) => s.text).join('').replace(/\uFEFF/g, '');
      // Text encoded twice (`Ã¢â‚¬â„¢`) decodes to mojibake again; one more round fixes it.
      if (MOJIBAKE_AGAIN.test(text)) text = fixMojibake(text);
      fixes.push({ start: group[0]!.start, end: group[group.length - 1]!.end, text });
    }
    k = j;
  }
  return fixes;
}

/** Repairs every mojibake run in a string (no offsets kept): used for a second round of decoding. */
export function fixMojibake(s: string): string {
  return s.replace(MOJIBAKE_RUNS, (run) => {
    let out = '';
    let at = 0;
    for (const f of decodeMojibakeRun(run)) {
      out += run.slice(at, f.start) + f.text;
      at = f.end;
    }
    return out + run.slice(at);
  });
}
