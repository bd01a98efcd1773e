// Entities: countries, organisations, armed forces, persons and locations.
export * from './model';
export * from './repository';
export { buildLuceneQuery, checkSearchText, rankHits, EXACT_NAME_BONUS, EXACT_ALIAS_BONUS, SEARCH_LIMITS } from './searchQuery';
export type { RankedHit, MatchReason } from './searchQuery';
