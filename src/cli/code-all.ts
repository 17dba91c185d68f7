// Codes a batch of articles for the CLI, so that an article that cannot be coded costs only itself.
import type { Coder } from '../coder.js';
import type { Article, DyadRecord } from '../model/types.js';

/**
 * The records of `articles` in order; an article that cannot be coded gets its error in its place.
 * `together` codes them stage by stage (`Coder.codeMany`): 10% faster for one job on the 20 MB
 * bench corpus, because each stage's dictionaries stay in the caches; but the batch keeps more
 * articles alive, so V8 collects more on its background threads, which cost 7% when every core
 * is coding (`--jobs 2` on two cores). Apart one by one.
 */
export function codeAll(coder: Coder, articles: Article[], together = true): (DyadRecord | Error)[] {
  try {
    return together ? coder.codeMany(articles) : articles.map((a) => coder.code(a));
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
