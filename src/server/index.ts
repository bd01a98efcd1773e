// The HTTP side: Apollo Server, the workbench and IDE, health, metrics, logs, limits, and the per-request context.
export { startServer, createApollo, GRAPHQL_PATH } from './createServer';
export { createLogger, REQUEST_ID_HEADER } from './logging';
export type { Logger } from './logging';
export { Metrics } from './metrics';
export { operationCost, listSizeEstimator } from './cost';
export type { RunningServer, ServerOptions } from './createServer';
export { createContext } from './context';
export type { Context } from './context';
export { buildSchema, readTypeDefs, mergeResolvers } from './schema';
export { readExamples, EXAMPLES_DIR } from './examples';
export type { ExampleOperation } from './examples';
