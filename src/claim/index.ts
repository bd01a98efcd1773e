// Claims: what each source says, with its provenance, and the facts and statuses derived from them.
export * from './model';
export * from './repository';
export { confidenceFromCredibility, claimConfidence, combineConfidence, CREDIBILITY_WEIGHTS, RELIABILITY_WEIGHTS } from './confidence';
export { findDisputes, range as quantityRange, sampleOfDispute } from './disputes';
export type { DisputeRecord } from './disputes';
export { summarizeFact, claimStatus, claimAsOf, tripleStatusesAsOf, deriveFact, rebuildFacts, rekeyClaims, factKeyString, tripleKey, uniqueFactKeys, type DerivedStatus } from './facts';
export type { FactKey, FactProps } from './facts';
export * from './review';
export { originsOf, originKeysByClaim, describeOrigin, sourceCountOf, bestScoreByOrigin, SOURCES_NAMED } from './origins';
export type { OriginRecord, OriginNames, OriginClaim } from './origins';
export * from './pageReads';
