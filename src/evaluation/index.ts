// Evaluation: scores an extractor's claims against hand-written gold articles.
export type { ArticleStyle, GoldArticle, GoldFact, GoldQuantity } from './goldArticle';
export { ARTICLE_STYLES } from './goldArticle';
export { normaliseName, namesMatch } from './normaliseName';
export { validateGoldArticle, FACT_PREDICATES, occurrences, type GoldValidation } from './validateGoldArticle';
export { readGoldFiles, type GoldFile, type GoldFiles } from './readGoldFiles';
export { emptyCounts, addCounts, metrics, ratio, type Counts, type Metrics, type Tally } from './counts';
export { matchClaims, claimStatesFact, claimSpan, entityNames, SYMMETRIC_PREDICATES, type FactMatch, type ClaimMatching } from './matchClaims';
export { scoreArticle, type ArticleScore, type FalsePositive, type MissedFact, type WrongDetail } from './scoreArticle';
export { scoreSet, type SetScore } from './scoreSet';
export { evaluateExtractor, type Evaluation, type Extractor } from './evaluateExtractor';
export { formatReport, describeClaim, describeFact, type ReportOptions } from './formatReport';
export { runEvalExtraction, DEFAULT_GOLD_FOLDER, type EvalIo } from './runEvalExtraction';
