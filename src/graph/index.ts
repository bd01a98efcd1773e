// The graph of facts: neighbourhoods, paths and relationship connections.
export * from './model';
export * from './repository';
export { summarizeFact, rebuildFacts } from './facts';
export type { FactKey, FactProps } from './facts';
export { graphResolvers } from './resolvers';
