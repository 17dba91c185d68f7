// Loads data/grammar.tsv: the function words the events stage reads clause structure from.
import { readFileSync } from 'node:fs';
import type { Modality } from '../../model/types.js';

export type GrammarClass =
  | 'light' | 'intent' | 'modal' | 'negator' | 'condition' | 'boundary' | 'relative'
  | 'target-prep' | 'agent-prep' | 'weak-speech' | 'denial' | 'goal' | 'warning' | 'of-agent' | 'event-reference' | 'request'
  | 'menace' | 'conditional-menace' | 'peacekeeper' | 'relief-worker' | 'toll' | 'protecting-purpose' | 'relieving-purpose' | 'crowd';

const CLASSES = new Set<GrammarClass>([
  'light', 'intent', 'modal', 'negator', 'condition', 'boundary', 'relative', 'target-prep', 'agent-prep',
  'weak-speech', 'denial', 'goal', 'warning', 'of-agent', 'event-reference', 'request', 'menace', 'conditional-menace', 'peacekeeper', 'relief-worker', 'toll',
  'protecting-purpose', 'relieving-purpose', 'crowd',
]);
const MODALITIES = new Set<Modality>(['asserted', 'negated', 'future', 'hypothetical', 'historical']);

export interface Grammar {
  has(word: string, cls: GrammarClass): boolean;
  /** The modality value of a word in a class (`will` modal → future). */
  value(word: string, cls: GrammarClass): Modality | undefined;
  /**
   * Every class of a word as bits (`GRAMMAR_BIT`), from one lookup: a hot loop asking several
   * classes of the same word reads them all at once (`flags(w) & (GRAMMAR_BIT.relative | ...)`).
   */
  flags(word: string): number;
}

/** One bit per class, for `Grammar.flags`. */
export const GRAMMAR_BIT: Readonly<Record<GrammarClass, number>> = {
  light: 1 << 0, intent: 1 << 1, modal: 1 << 2, negator: 1 << 3, condition: 1 << 4, boundary: 1 << 5,
  relative: 1 << 6, 'target-prep': 1 << 7, 'agent-prep': 1 << 8, 'weak-speech': 1 << 9, denial: 1 << 10,
  goal: 1 << 11, warning: 1 << 12, 'of-agent': 1 << 13, 'event-reference': 1 << 14, request: 1 << 15,
  menace: 1 << 16, peacekeeper: 1 << 17, 'relief-worker': 1 << 18, toll: 1 << 19, 'conditional-menace': 1 << 20,
  'protecting-purpose': 1 << 21, 'relieving-purpose': 1 << 22, crowd: 1 << 23,
};

export function parseGrammar(text: string, file = 'grammar.tsv'): Grammar {
  const table = new Map<string, Map<GrammarClass, Modality | undefined>>();
  text.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [word, cls, value] = line.split('\t').map((s) => s.trim());
    if (!word || !cls || !CLASSES.has(cls as GrammarClass)) {
      throw new Error(`${file}:${k + 1}: expected "word<TAB>class[<TAB>value]" with a known class, got "${line}"`);
    }
    if (value && !MODALITIES.has(value as Modality)) throw new Error(`${file}:${k + 1}: unknown modality "${value}"`);
    const entry = table.get(word) ?? new Map();
    entry.set(cls as GrammarClass, (value || undefined) as Modality | undefined);
    table.set(word, entry);
  });
  const bits = new Map<string, number>();
  for (const [word, classes] of table) {
    let b = 0;
    for (const cls of classes.keys()) b |= GRAMMAR_BIT[cls];
    bits.set(word, b);
  }
  return {
    has: (word, cls) => ((bits.get(word) ?? 0) & GRAMMAR_BIT[cls]) !== 0,
    value: (word, cls) => table.get(word)?.get(cls),
    flags: (word) => bits.get(word) ?? 0,
  };
}

export function loadGrammar(file: string): Grammar {
  return parseGrammar(readFileSync(file, 'utf8'), file);
}
