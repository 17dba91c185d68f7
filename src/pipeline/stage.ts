// The stage contract: each stage is a pure function from the document so far to one new layer.
import type {
  ActorMention, Article, DateMention, Diagnostic, DyadEvent, PlaceMention, Quote, Repair,
  Sentence, Span, Token, Tone,
} from '../model/types.js';
import type { OffsetMap } from '../model/offset-map.js';

/** The layers a document gains, stage by stage, keyed by the stage that owns them. */
export interface Layers {
  repair: { text: string; repairs: Repair[]; offsets: OffsetMap };
  segment: { sentences: Sentence[]; tokens: Token[] };
  dates: DateMention[];
  actors: ActorMention[];
  places: PlaceMention[];
  events: DyadEvent[];
  quotes: Quote[];
  tone: Tone | null;
}

export type LayerName = keyof Layers;

/** The document as built so far: the article and whichever layers have run. */
export interface Doc {
  article: Article;
  layers: Partial<Layers>;
}

/** Per-document helpers a stage may use; reports become `diagnostics` in the record. */
export interface StageContext {
  report(message: string, span?: Span, rule?: string): void;
}

/**
 * A stage is built by a factory that receives its dictionaries once (`createActorsStage(dicts)`),
 * so `run` sees only the document: tests pass tiny dictionaries, users their own.
 */
export interface Stage<N extends LayerName> {
  name: N;
  /** Layers this stage reads; the composer checks they ran first. */
  needs: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Layers[N];
}

/** Read a layer a stage declared in `needs`; a missing one is a wiring bug, not user error. */
export function layer<N extends LayerName>(doc: Doc, name: N): Layers[N] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" has not been computed yet`);
  return value as Layers[N];
}

export type { Diagnostic };
