// The shapes every stage reads and writes: articles, spans, layers and the DyadRecord contract.

/** `[start, end)` in UTF-16 code units of the repaired text, unless named `rawSpan`. */
export type Span = [number, number];

/** Where an article came from, so errors and diagnostics can name it. */
export interface Origin {
  file: string;
  line?: number;
}

/** One input article as the readers produce it, before any repair. */
export interface Article {
  id: string;
  /** ISO `YYYY-MM-DD`, or null when the input carried no usable date. */
  published: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  /** The article body exactly as read (header lines removed). Repairs point into this. */
  raw: string;
  /** Unknown JSONL keys and reader notes. */
  meta?: Record<string, unknown>;
  origin?: Origin;
}

export interface Repair {
  /** e.g. `html-entity`, `mangled-entity`, `mojibake`, `markup`, `whitespace`, `mt-leftover`. */
  kind: string;
  raw: string;
  text: string;
  rawSpan: Span;
}

export interface Diagnostic {
  stage: string;
  message: string;
  span?: Span;
  rule?: string;
}

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** Index of the token in the document's token list. */
  i: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  lemma: string;
  pos: Pos;
  span: Span;
  sentence: number;
  /** wink-nlp's negation flag: true inside the scope of a negation. */
  negated: boolean;
}

export interface Sentence {
  span: Span;
  /** Token index range `[first, end)` into `tokens`. */
  tokens: [number, number];
}

export type ActorKind =
  | 'country' | 'igo' | 'group' | 'body' | 'person' | 'agent' | 'pronoun' | 'reference';

/** A resolved actor: the code and its unpacked parts. */
export interface ActorRef {
  text: string;
  span: Span;
  code: string | null;
  country: string | null;
  sector: string;
  name?: string | null;
}

export interface ActorMention extends ActorRef {
  sentence: number;
  kind: ActorKind;
  name: string | null;
  role?: string | null;
  /** The rule that recognised the mention, e.g. `actor/title-name`, `actor/dictionary`. */
  rule: string;
  /** Dictionary entry id behind the mention, when there is one. */
  entry?: string;
  /** Index (in the actors layer) of the earlier mention this one refers to. */
  antecedent?: number;
  /** True for plural groups (`officials`, `rebels`), used by coordination and pronouns. */
  plural?: boolean;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  text: string;
  span: Span;
  value: string;
  precision: DatePrecision;
  sentence: number;
  rule?: string;
}

export interface PlaceMention {
  text: string;
  span: Span;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'country' | 'city' | 'capital' | 'region';
  sentence: number;
  rule?: string;
}

export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical' | 'historical';

export interface PloverCode {
  type: string;
  mode: string;
  context: string[];
}

export interface EventDate {
  value: string;
  precision: DatePrecision;
  text: string | null;
  span: Span | null;
}

export interface DyadEvent {
  sentence: number;
  span: Span;
  trigger: { text: string; span: Span };
  cameo: string;
  plover: PloverCode | null;
  goldstein: number | null;
  quadClass: number | null;
  source: ActorRef | null;
  target: ActorRef | null;
  date: EventDate | null;
  location: PlaceMention | null;
  modality: Modality;
  reported: boolean;
  rule: string;
}

export interface Quote {
  text: string;
  span: Span;
  kind: 'direct' | 'indirect';
  cue: { text: string; span: Span } | null;
  speaker: (ActorRef & { name?: string | null }) | null;
  /** How the quotation and its speaker were found, e.g. `quote/cue-after`, `quote/indirect`. */
  rule?: string;
}

export interface Tone {
  score: number;
  positive?: number;
  negative?: number;
}

/** The output contract: one record per article (see shared/RECORD.md). */
export interface DyadRecord {
  id: string;
  published: string | null;
  title: string | null;
  url: string | null;
  publisher: string | null;
  text: string;
  repairs: Repair[];
  sentences: { span: Span }[];
  actors: ActorMention[];
  events: DyadEvent[];
  quotes: Quote[];
  dates: DateMention[];
  places: PlaceMention[];
  tone: Tone | null;
  diagnostics: Diagnostic[];
  meta?: Record<string, unknown>;
}
