// Article ingestion: extraction (src/extract/) written through the bundle writer (src/write/).
export { extractClaims, splitSentences, parseQuantity } from './extractionRules';
export type { Sentence } from './extractionRules';
export { countryGazetteer } from './gazetteer';
export type { CountryEntry } from './gazetteer';
export { ingestArticle, ARTICLE_LIMITS } from './ingestArticle';
export type { IngestResultRecord } from './ingestArticle';
