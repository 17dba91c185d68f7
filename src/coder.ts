// The coder: loads dictionaries once, builds the stage list, and codes articles into records.
import path from 'node:path';
import type { Article, DyadRecord } from './model/types.js';
import { checkPipeline, runPipeline, runPipelineBatch, type AnyStage } from './pipeline/compose.js';
import type { LayerName } from './pipeline/stage.js';
import { toRecord } from './pipeline/record.js';
import { createRepairStage } from './stages/repair/repair-stage.js';
import { createSegmentStage } from './stages/segment/segment-stage.js';
import { loadNlp } from './stages/segment/nlp.js';
import { createDatesStage } from './stages/dates/dates-stage.js';
import { createActorsStage } from './stages/actors/actors-stage.js';
import { loadActorDictionary } from './dictionaries/actor-dictionary.js';
import { createPlacesStage } from './stages/places/places-stage.js';
import { loadGazetteer } from './stages/places/gazetteer.js';
import { createEventsStage, type EventKnowledge } from './stages/events/events-stage.js';
import { loadGrammar } from './stages/events/grammar.js';
import { loadModalityCodes } from './stages/events/modality-codes.js';
import { loadVerbLexicon } from './dictionaries/verb-lexicon.js';
import { loadCameoTables } from './dictionaries/cameo-tables.js';
import { loadDiscards } from './dictionaries/discards.js';
import { createQuotesStage } from './stages/quotes/quotes-stage.js';
import { loadSpeechVerbs, type SpeechVerbs } from './stages/quotes/speech-verbs.js';
import { createToneStage } from './stages/tone/tone-stage.js';
import { loadToneLexicon } from './stages/tone/tone-lexicon.js';
import { BUNDLED_DATA_DIR } from './package-root.js';

/** The project's own dictionaries, shipped in `data/`. */
export const DEFAULT_DATA_DIR = BUNDLED_DATA_DIR;

export interface CoderOptions {
  /** Folder with the dictionaries; defaults to the bundled `data/`. */
  dataDir?: string;
  /** Collect per-stage timings (for `--profile` and the benchmark). */
  profile?: boolean;
}

export interface Coder {
  code(article: Article): DyadRecord;
  /**
   * The records of several articles, in their order, each the same as `code` gives it; faster
   * for a stream, because each stage codes a few articles at once (see `runPipelineBatch`).
   */
  codeMany(articles: readonly Article[]): DyadRecord[];
  readonly stages: readonly AnyStage[];
  /** Milliseconds spent in each stage so far (only with `profile`). */
  readonly timings: Map<LayerName, number>;
}

/** Everything the events stage knows, loaded from the data folder once. */
export function loadEventKnowledge(dataDir: string, speech: SpeechVerbs = loadSpeechVerbs(dataDir)): EventKnowledge {
  const speechVerbs = new Set(speech.verbs.keys());
  return {
    lexicon: loadVerbLexicon(path.join(dataDir, 'verbs.tsv')),
    cameo: loadCameoTables(path.join(dataDir, 'cameo.tsv')),
    grammar: loadGrammar(path.join(dataDir, 'grammar.tsv')),
    discards: loadDiscards(path.join(dataDir, 'discards.tsv')),
    modalityCodes: loadModalityCodes(path.join(dataDir, 'modality-codes.tsv')),
    speechVerbs,
  };
}

/**
 * Articles a stage codes before the next stage starts: enough for the stage's dictionaries to stay
 * in the processor's caches, few enough for the articles' tokens to stay there too (8 to 32 were
 * within a few percent of each other on the bench corpus; one at a time was ~20% slower).
 */
const STAGE_BATCH = 16;

export function createCoder(options: CoderOptions = {}): Coder {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const nlp = loadNlp();
  // one reading of the speech verbs for the two stages that use them
  const speech = loadSpeechVerbs(dataDir);
  const stages: AnyStage[] = [
    createRepairStage(),
    createSegmentStage(nlp),
    createDatesStage(dataDir),
    createActorsStage(loadActorDictionary(dataDir)),
    createPlacesStage(loadGazetteer(dataDir)),
    createEventsStage(loadEventKnowledge(dataDir, speech)),
    createQuotesStage(speech),
    createToneStage(loadToneLexicon(dataDir)),
  ];
  checkPipeline(stages);
  const timings = new Map<LayerName, number>();
  return {
    stages,
    timings,
    code(article: Article): DyadRecord {
      const { doc, diagnostics } = runPipeline(stages, article, options.profile ? timings : undefined);
      return toRecord(doc, diagnostics);
    },
    codeMany(articles: readonly Article[]): DyadRecord[] {
      const out: DyadRecord[] = [];
      for (let i = 0; i < articles.length; i += STAGE_BATCH) {
        const coded = runPipelineBatch(stages, articles.slice(i, i + STAGE_BATCH), options.profile ? timings : undefined);
        for (const { doc, diagnostics } of coded) out.push(toRecord(doc, diagnostics));
      }
      return out;
    },
  };
}
