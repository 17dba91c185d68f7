// Codes a batch of articles for the CLI, so that an article that cannot be coded costs only itself.
import type { Coder } from '../coder.js';
import type { Article, DyadRecord } from '../model/types.js';

/**
 * The records of `articles` in order, coded stage by stage (`Coder.codeMany`: each stage's dictionaries
 * stay in the processor's caches); an article that cannot be coded gets its error in its place.
 */
export function codeAll(coder: Coder, articles: Article[]): (DyadRecord | Error)[] {
  try {
    return coder.codeMany(articles);
  } catch {
    // one article broke the batch: code them one by one so only that one is lost
    return articles.map((a) => {
      try {
        return coder.code(a);
      } catch (err) {
        return err as Error;
      }
    });
  }
}
