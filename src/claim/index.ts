// Claims: what each source says, with its provenance.
export * from './model';
export * from './repository';
export { confidenceFromCredibility, claimConfidence, combineConfidence, CREDIBILITY_WEIGHTS, RELIABILITY_WEIGHTS } from './confidence';
export { findDisputes, range as quantityRange } from './disputes';
export type { DisputeRecord, DisputeConnectionRecord } from './disputes';
export { claimResolvers } from './resolvers';
