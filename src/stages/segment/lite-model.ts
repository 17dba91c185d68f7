// wink's English lite model, put together from the package's own parts with a cheaper reading of its core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);

/** The package versions whose layout `assemble` was checked against (`lite-model.test.ts` compares the cores). */
const CHECKED_VERSIONS = /^1\.8\./;

/** The model's parts other than its core, as the package's `dist/model.js` gathers them (file names in `dist/`). */
const PARTS = {
  sbd: 'load-sbd-model', pos: 'load-pos-model', ner: 'load-ner-model', negation: 'load-negation-model',
  sa: 'load-sa-model', metaCER: 'load-cer-meta-model', featureFn: 'feature',
} as const;
const ADDONS = { stem: 'porter-stemmer', lemmatize: 'lemmatize', readabilityStats: 'readability-stats' } as const;

let assembled: Model | null = null;

/**
 * The model to give `winkNLP`. The package's own reads its core (a 3 MB JSON file) three times over: it
 * `require`s the file when it loads, then copies it through `JSON.stringify` and `JSON.parse` for each
 * instance (wink adds the words it meets to its instance's copy). This one parses the file once per
 * instance, the same data: ~190 ms of a coding thread's start-up where the package's took ~280 ms.
 * Any other version of the package, or one laid out otherwise, gets the package's own model.
 */
export function liteModel(): Model {
  return (assembled ??= assemble() ?? (require('wink-eng-lite-web-model') as Model));
}

function assemble(): Model | null {
  try {
    const dir = path.dirname(require.resolve('wink-eng-lite-web-model'));
    const { version } = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { version: string };
    if (!CHECKED_VERSIONS.test(version)) return null;
    const part = (name: string): unknown => require(path.join(dir, `${name}.js`));
    const coreFile = path.join(dir, 'languages', 'cur', 'models', 'eng-core-web-model.json');
    const model = Object.create(null) as Record<string, unknown>;
    model.core = () => readCore(coreFile);
    for (const [key, file] of Object.entries(PARTS)) model[key] = part(file);
    const addons = Object.create(null) as Record<string, unknown>;
    for (const [key, file] of Object.entries(ADDONS)) addons[key] = part(file);
    addons.wordVectors = undefined;
    model.addons = addons;
    return model as unknown as Model;
  } catch {
    return null;
  }
}

/** What wink reads of the core model's JSON, with the fields it works out on loading (`dist/load-core-model.js`). */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
}

/**
 * The core model as the package's `load-core-model.js` gives it: the JSON parsed, the packed arrays
 * decoded from base64, a lookup object per listed feature, the part-of-speech clusters made sets, and
 * each feature's sizes. A fresh copy per call, as each wink instance grows its own.
 */
export function readCore(file: string): unknown {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  model.lexicon = new Uint32Array(fromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(fromBase64(model.xpansions as string));
  const { layout } = model.packing;
  const features = model.features;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = lookup(features[f]!.list as string[]);
  const lexeme = features.lexeme!;
  lexeme.hash = lookup(lexeme.list as string[]);
  const clusters = features.posClusters!.list as unknown[];
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => model.pos.hash[tag] || 0));
  }
  model.packing.efList = [];
  for (const f in layout) {
    if (layout[f]![3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[f]![1]! >>> layout[f]![2]!;
    }
    if (layout[f]![4] === 1) model.packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The bytes of a base64 text in an array buffer of their own (a typed array view needs it aligned). */
function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Each item's position, in an object with no prototype (wink looks words up as keys: `constructor` is a word). */
function lookup(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}
