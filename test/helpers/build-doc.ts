// Test helper: builds a document through the repair and segment stages, with hand-made actor mentions.
import type { ActorMention, Article, DateMention, PlaceMention } from '../../src/model/types.js';
import type { Doc } from '../../src/pipeline/stage.js';
import { createRepairStage } from '../../src/stages/repair/repair-stage.js';
import { createSegmentStage } from '../../src/stages/segment/segment-stage.js';

const quiet = { report() {} };

export function article(raw: string, published: string | null = '2020-02-12', id = 'test'): Article {
  return { id, published, raw, title: null, url: null, publisher: null };
}

/** An actor given by its text (the n-th occurrence, counting from 0) and code. */
export interface ActorSpec {
  text: string;
  code: string | null;
  kind?: ActorMention['kind'];
  nth?: number;
  name?: string;
  antecedent?: number;
  rule?: string;
}

export function mention(text: string, spec: ActorSpec, sentenceOf: (offset: number) => number): ActorMention {
  let at = -1;
  for (let n = 0; n <= (spec.nth ?? 0); n++) at = text.indexOf(spec.text, at + 1);
  if (at < 0) throw new Error(`"${spec.text}" not in text`);
  const code = spec.code;
  const country = code && /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|IMG|COP|MIL|GOV|REB|CVL|OPP)/.test(code) ? code.slice(0, 3) : null;
  return {
    text: spec.text,
    span: [at, at + spec.text.length],
    sentence: sentenceOf(at),
    kind: spec.kind ?? 'country',
    name: spec.name ?? spec.text,
    code,
    country,
    sector: code && code.length >= 6 ? code.slice(3, 6) : code && !country && code.length === 3 && !/^(IGO|NGO|IMG)/.test(code) ? code : '',
    rule: spec.rule ?? (/^(its|their|his|her) /.test(spec.text) ? 'actor/possessive-agent' : 'test'),
    ...(spec.antecedent !== undefined ? { antecedent: spec.antecedent } : {}),
  };
}

/** Runs repair and segment, then sets the actors (sorted by position), dates and places layers. */
export function buildDoc(raw: string, actors: ActorSpec[], opts: { published?: string | null; dates?: DateMention[]; places?: PlaceMention[] } = {}): Doc {
  const doc: Doc = { article: article(raw, opts.published === undefined ? '2020-02-12' : opts.published), layers: {} };
  doc.layers.repair = createRepairStage().run(doc, quiet);
  doc.layers.segment = createSegmentStage().run(doc, quiet);
  const text = doc.layers.repair.text;
  const sentences = doc.layers.segment.sentences;
  const sentenceOf = (o: number) => Math.max(0, sentences.findIndex((s) => s.span[0] <= o && o < s.span[1]));
  doc.layers.dates = opts.dates ?? [];
  doc.layers.actors = actors.map((a) => mention(text, a, sentenceOf)).sort((a, b) => a.span[0] - b.span[0]);
  doc.layers.places = opts.places ?? [];
  return doc;
}
