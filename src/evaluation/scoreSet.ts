import { addCounts, emptyCounts, type Counts } from './counts';
import type { ArticleScore, FalsePositive, MissedFact, WrongDetail } from './scoreArticle';

export interface SetScore {
  articles: number;
  overall: Counts;
  byPredicate: Record<string, Counts>;
  falsePositives: FalsePositive[];
  missed: MissedFact[];
  wrongDetails: WrongDetail[];
  perArticle: ArticleScore[];
}

/**
 * Adds up article scores: counts are summed (micro-averaged), so an article with many facts weighs
 * more than one with few. Lists keep the articles' order.
 */
export function scoreSet(scores: readonly ArticleScore[]): SetScore {
  const byPredicate: Record<string, Counts> = {};
  for (const score of scores) {
    for (const [predicate, counts] of Object.entries(score.byPredicate)) addCounts((byPredicate[predicate] ??= emptyCounts()), counts);
  }
  return {
    articles: scores.length,
    overall: scores.reduce((sum, s) => addCounts(sum, s.overall), emptyCounts()),
    byPredicate,
    falsePositives: scores.flatMap((s) => s.falsePositives),
    missed: scores.flatMap((s) => s.missed),
    wrongDetails: scores.flatMap((s) => s.wrongDetails),
    perArticle: [...scores],
  };
}
