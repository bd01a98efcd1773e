// The HTTP side: Express and Apollo Server, the workbench and IDE, health, metrics, logs, limits and cost.
export { configuredServerOptions, startServer, createApollo, GRAPHQL_PATH } from './createServer';
export { createLogger, REQUEST_ID_HEADER } from './logging';
export type { Logger } from './logging';
export { Metrics } from './metrics';
export { operationCost, listSizeEstimator } from './cost';
export type { RunningServer, ServerOptions } from './createServer';
export { readExamples, EXAMPLES_DIR } from './examples';
export type { ExampleOperation } from './examples';
export { ApiThreadHealth, HEARTBEAT_MS, READINESS_MS, startFront } from './front';
export type { ApiThreadMessage, FrontMessage, RunningFront } from './front';
