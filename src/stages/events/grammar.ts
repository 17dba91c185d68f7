// Loads data/grammar.tsv: the function words the events stage reads clause structure from.
import { readFileSync } from 'node:fs';
import type { Modality } from '../../model/types.js';

export type GrammarClass =
  | 'light' | 'intent' | 'modal' | 'negator' | 'condition' | 'boundary' | 'relative'
  | 'target-prep' | 'agent-prep' | 'weak-speech' | 'denial' | 'goal' | 'warning' | 'of-agent';

const CLASSES = new Set<GrammarClass>([
  'light', 'intent', 'modal', 'negator', 'condition', 'boundary', 'relative', 'target-prep', 'agent-prep',
  'weak-speech', 'denial', 'goal', 'warning', 'of-agent',
]);
const MODALITIES = new Set<Modality>(['asserted', 'negated', 'future', 'hypothetical', 'historical']);

export interface Grammar {
  has(word: string, cls: GrammarClass): boolean;
  /** The modality value of a word in a class (`will` modal → future). */
  value(word: string, cls: GrammarClass): Modality | undefined;
}

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
  return {
    has: (word, cls) => table.get(word)?.has(cls) ?? false,
    value: (word, cls) => table.get(word)?.get(cls),
  };
}

export function loadGrammar(file: string): Grammar {
  return parseGrammar(readFileSync(file, 'utf8'), file);
}
