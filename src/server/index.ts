// The HTTP side: Apollo Server, the IDE, health, and the per-request context.
export { startServer, createApollo, GRAPHQL_PATH } from './createServer';
export type { RunningServer, ServerOptions } from './createServer';
export { createContext } from './context';
export type { Context } from './context';
export { buildSchema, readTypeDefs, mergeResolvers } from './schema';
export { readExamples, EXAMPLES_DIR } from './examples';
export type { ExampleOperation } from './examples';
