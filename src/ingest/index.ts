// Article ingestion: rule-based extraction of entities and claims from a text.
export { extractClaims, splitSentences, parseQuantity } from './extractionRules';
export type { Extraction, ExtractedClaim, ExtractedEntity, Sentence } from './extractionRules';
export { countryGazetteer } from './gazetteer';
export type { CountryEntry } from './gazetteer';
export { ingestArticle, ARTICLE_LIMITS } from './ingestArticle';
export type { IngestResultRecord } from './ingestArticle';
export { ingestResolvers } from './resolvers';
