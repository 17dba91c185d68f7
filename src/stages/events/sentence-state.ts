// The sentence being coded and the tables the coder's helpers share: its triggers, speech verbs and subjects.
import type { DateMention, DyadEvent, PlaceMention, Token } from '../../model/types.js';
import type { Doc, StageContext } from '../../pipeline/stage.js';
import type { MentionRef, SentenceView } from './sentence-view.js';
import { ClauseMemo, type ClauseTools } from './clauses.js';
import type { TriggerMatch } from './triggers.js';
import type { EventKnowledge } from './knowledge.js';
import { speechVerbAt } from './word-cues.js';
import { TokenTable } from './token-table.js';
import { subjectOf } from './verb-subjects.js';

export const NONE: readonly never[] = [];

/**
 * Token facts the sentences of a document work out lazily, by token index: clause structure, and
 * whether a token is a reporting speech verb (0 not yet known, 1 no, 2 yes). The stage reuses one
 * set of arrays, cleared per document, rather than allocate them.
 */
export class TokenCaches {
  readonly clauses = new ClauseMemo();
  speech = new Int8Array(256);

  reset(tokenCount: number): void {
    this.clauses.reset(tokenCount);
    if (this.speech.length < tokenCount) this.speech = new Int8Array(Math.max(tokenCount, this.speech.length * 2));
    else this.speech.fill(0, 0, tokenCount);
  }
}

/**
 * What the coder's helpers (functions of this state, in the modules around it) share about the
 * sentence being coded. The coder keeps one, whose tables are cleared for each sentence.
 */
export class SentenceState {
  // the sentence being coded and where its events go, set by `SentenceCoder.code`
  doc!: Doc;
  view!: SentenceView;
  text = '';
  /** The dates and places of this sentence. */
  dates: readonly DateMention[] = NONE;
  places: readonly PlaceMention[] = NONE;
  out: DyadEvent[] = [];
  ctx!: StageContext;
  toks: readonly Token[] = [];
  ct!: ClauseTools;
  speechAt: number[] = [];
  /** Trigger matches by trigger token. */
  readonly byToken = new TokenTable<TriggerMatch>();
  /** Tokens a match consumed besides its trigger word. */
  readonly consumed = new TokenTable<true>();
  readonly subjects = new TokenTable<MentionRef | null>();
  readonly innerOf = new TokenTable<TriggerMatch>();
  readonly speechTest = (i: number): boolean => this.isSpeech(i);
  readonly clauseEndOf = (i: number): number => this.ct.clauseEnd(i);
  readonly subjectOfVerb = (i: number): MentionRef | null => subjectOf(this, i);
  /** The actions coded so far in the document (not statements or appeals), with who did them, for "welcomed the decision". */
  actions: { sentence: number; at: number; source: MentionRef }[] = [];
  actionsOf: Doc | null = null;

  constructor(readonly k: EventKnowledge, readonly caches: TokenCaches) {}

  isSpeech(i: number): boolean {
    const known = this.caches.speech[i]!;
    if (known !== 0) return known === 2;
    const v = speechVerbAt(this.view, i, this.k);
    this.caches.speech[i] = v ? 2 : 1;
    return v;
  }
}
