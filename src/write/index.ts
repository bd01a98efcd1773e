// The one write path: the use cases of the API's mutations, the claim rules, and the bundle writer
// that ingestion, the seed and import share.
export { upsertEntity, ENTITY_LIMITS } from './upsertEntity';
export { recordSource, SOURCE_LIMITS } from './recordSource';
export { assertClaim, retractClaim, manualClaimReview } from './claims';
export { acceptClaim, rejectClaim, correctClaim, reopenClaim } from './review';
export { mergeEntities, unmergeEntities } from './merge';
export { checkClaim, checkEnds, orderSymmetric, CLAIM_LIMITS } from './claimRules';
export type { ClaimFields, CheckedClaim } from './claimRules';
export { writeBundle } from './bundle';
export { publishAfterCommit } from './publish';
export type { Bundle, BundleWrite } from './bundle';
