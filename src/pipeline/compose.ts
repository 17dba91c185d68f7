// The composer: runs a list of stages in order over one article and collects their diagnostics.
import type { Article, Diagnostic, Span } from '../model/types.js';
import type { Doc, LayerName, Layers, Stage, StageContext } from './stage.js';

export type AnyStage = { [N in LayerName]: Stage<N> }[LayerName];

export interface StageTiming {
  stage: LayerName;
  ms: number;
}

/** Checks once, at build time, that every stage's needs are met by a stage before it. */
export function checkPipeline(stages: readonly AnyStage[]): void {
  const seen = new Set<LayerName>();
  for (const s of stages) {
    for (const need of s.needs) {
      if (!seen.has(need)) throw new Error(`stage "${s.name}" needs "${need}", which does not run before it`);
    }
    seen.add(s.name);
  }
}

/**
 * Runs the stages over one article. A stage that throws is reported in diagnostics and the
 * stages after it that need its layer are skipped, so one bad article never stops a batch.
 */
export function runPipeline(
  stages: readonly AnyStage[],
  article: Article,
  timings?: Map<LayerName, number>,
): { doc: Doc; diagnostics: Diagnostic[] } {
  const doc: Doc = { article, layers: {} };
  const diagnostics: Diagnostic[] = [];
  const failed = new Set<LayerName>();
  for (const stage of stages) {
    if (stage.needs.some((n) => failed.has(n))) {
      failed.add(stage.name);
      continue;
    }
    const ctx: StageContext = {
      report(message: string, span?: Span, rule?: string) {
        const d: Diagnostic = { stage: stage.name, message };
        if (span) d.span = span;
        if (rule) d.rule = rule;
        diagnostics.push(d);
      },
    };
    const t0 = timings ? performance.now() : 0;
    try {
      (doc.layers as Record<string, unknown>)[stage.name] = stage.run(doc, ctx) as Layers[typeof stage.name];
    } catch (err) {
      failed.add(stage.name);
      diagnostics.push({ stage: stage.name, message: `stage failed: ${(err as Error).message}` });
    }
    if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
  }
  return { doc, diagnostics };
}
