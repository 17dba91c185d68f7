// What the events stage knows, loaded once: the verb lexicon, CAMEO tables, clause grammar, speech verbs.
import type { VerbLexicon } from '../../dictionaries/verb-lexicon.js';
import type { CameoTables } from '../../dictionaries/cameo-tables.js';
import type { Discards } from '../../dictionaries/discards.js';
import type { Grammar } from './grammar.js';
import type { ModalityCodes } from './modality-codes.js';

export interface EventKnowledge {
  lexicon: VerbLexicon;
  cameo: CameoTables;
  grammar: Grammar;
  /** Lemmas of speech verbs (`say`, `tell`, ...): they report events and open clauses. */
  speechVerbs: ReadonlySet<string>;
  discards?: Discards;
  /** How modality turns an action into an intent, a threat or a rejection. */
  modalityCodes?: ModalityCodes;
}
