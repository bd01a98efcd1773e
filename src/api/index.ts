// The GraphQL layer: the schema with its resolvers, the per-request context and DataLoaders.
export { buildSubgraphSchema, subgraphTypeDefs, KEYED_TYPES } from './subgraph';
export { buildSchema, readTypeDefs, mergeResolvers, SCHEMA_DIR } from './schema';
export { createContext } from './context';
export type { Context, Access, ReadOptions, RequestLocals } from './context';
export { createLoaders } from './loaders';
export type { Loaders } from './loaders';
