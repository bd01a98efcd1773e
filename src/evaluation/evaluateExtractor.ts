import type { Extraction } from '../extract/model';
import { parsePartialDate, type PartialDate } from '../support';
import type { GoldArticle } from './goldArticle';
import { scoreArticle, type ArticleScore } from './scoreArticle';
import { scoreSet, type SetScore } from './scoreSet';

/** The extractor under test: src/extract's extractClaims, or a fake in tests. */
export type Extractor = (text: string, publishedAt: PartialDate | null) => Pick<Extraction, 'claims'>;

export interface Evaluation {
  score: SetScore;
  /** Articles the extractor threw on ("01-x: extractor threw: ..."); each is scored with no claims. */
  errors: string[];
}

/**
 * Runs the extractor on every gold article's text and publication date, and scores the lot. An
 * extractor that throws on one article is reported and scored as having found nothing there.
 */
export function evaluateExtractor(articles: readonly GoldArticle[], extract: Extractor): Evaluation {
  const errors: string[] = [];
  const scores: ArticleScore[] = articles.map((gold) => {
    let claims: Extraction['claims'] = [];
    try {
      claims = extract(gold.text, gold.publishedAt === null ? null : parsePartialDate(gold.publishedAt)).claims;
    } catch (error) {
      errors.push(`${gold.id}: extractor threw: ${(error as Error).message ?? String(error)}`);
    }
    return scoreArticle(gold, { claims });
  });
  return { score: scoreSet(scores), errors };
}
