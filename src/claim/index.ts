// Claims: what each source says, with its provenance.
export * from './model';
export * from './repository';
export { confidenceFromCredibility } from './confidence';
export { claimResolvers } from './resolvers';
