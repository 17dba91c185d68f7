// Loads data/modality-codes.tsv: how an action's modality turns its CAMEO code into an intent, a threat or a rejection.
import { readFileSync } from 'node:fs';

export type CodeShift = 'future' | 'negated' | 'unless';

export interface ModalityCodes {
  /** The code an action takes under a modality, or null when the code stays. */
  shift(code: string, how: CodeShift): string | null;
}

export function parseModalityCodes(text: string, file = 'modality-codes.tsv'): ModalityCodes {
  const table = new Map<string, string>();
  text.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [from, how, to] = line.split('\t').map((s) => s.trim());
    if (!from || !/^\d{2,4}$/.test(from) || !to || !/^\d{2,4}$/.test(to) || (how !== 'future' && how !== 'negated' && how !== 'unless')) {
      throw new Error(`${file}:${k + 1}: expected "from<TAB>future|negated|unless<TAB>to", got "${line}"`);
    }
    table.set(`${how}:${from}`, to);
  });
  const lookUp = (code: string, how: CodeShift): string | null => {
    for (let n = code.length; n >= 2; n--) {
      const to = table.get(`${how}:${code.slice(0, n)}`);
      if (to) return to;
    }
    return null;
  };
  // events ask the same few codes over and over: each answer is worked out once
  const answers = { future: new Map<string, string | null>(), negated: new Map<string, string | null>(), unless: new Map<string, string | null>() };
  return {
    shift(code, how) {
      const known = answers[how];
      let to = known.get(code);
      if (to === undefined) known.set(code, (to = lookUp(code, how)));
      return to;
    },
  };
}

export function loadModalityCodes(file: string): ModalityCodes {
  return parseModalityCodes(readFileSync(file, 'utf8'), file);
}
