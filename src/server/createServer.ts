import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createAuthenticator, UnauthenticatedError } from '../auth';
import { DEFAULT_LIMITS, type Config } from '../config';
import { buildSchema, createContext, type Context, type RequestLocals } from '../api';
import { DRIVER_POOL_SIZE, type Database } from '../neo4j';
import { costLimitPlugin } from './cost';
import { errorLoggingPlugin, formatError } from './formatError';
import { healthRouter } from './health';
import { jsonErrorHandler, requestTimeout } from './httpGuards';
import { ideRouter } from './ide';
import { armorProtection } from './limits';
import { createLogger, REQUEST_ID_HEADER, requestLogging, type Logger } from './logging';
import { Metrics } from './metrics';
import { workbenchRouter } from './workbench';

export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  port: number;
  host: string;
  enableIde: boolean;
  auth: Config['auth'];
  limits?: Config['limits'];
  /** Answer introspection (default true; production turns it off, see Config). */
  enableIntrospection?: boolean;
  /** Serve /metrics (default true). */
  enableMetrics?: boolean;
  /** Browser origins allowed to call /graphql from elsewhere (default none: same origin only). */
  corsOrigins?: string[];
  /** Where logs go (default: nowhere, for tests). */
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  apollo: ApolloServer<Context>;
  metrics: Metrics | null;
  /** Stops accepting, lets in-flight requests finish, then closes; /readyz says 503 meanwhile. */
  stop(): Promise<void>;
}

export interface ApolloOptions {
  httpServer?: http.Server;
  limits?: Config['limits'];
  enableIntrospection?: boolean;
  plugins?: ApolloServerPlugin<Context>[];
}

/** Builds the Apollo server over the schema in schema/, with the abuse limits. */
export function createApollo(options: ApolloOptions = {}): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const armor = armorProtection(limits);
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    introspection: options.enableIntrospection ?? true,
    includeStacktraceInErrorResponses: false,
    // On by default in Apollo Server 5; said here because it must never be turned off.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      costLimitPlugin(limits.maxCost),
      ...(options.plugins ?? []),
      ApolloServerPluginLandingPageDisabled(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}

/**
 * Serves POST /graphql, the workbench at /, the IDE at /ide, /healthz, /readyz and /metrics on one
 * HTTP server. Every request gets an id (X-Request-Id), a log line and a deadline.
 */
export async function startServer(db: Database, options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const logger = options.logger ?? createLogger('silent');
  const metrics = options.enableMetrics === false ? null : new Metrics(db, DRIVER_POOL_SIZE);
  const apollo = createApollo({
    httpServer,
    limits,
    enableIntrospection: options.enableIntrospection,
    plugins: [errorLoggingPlugin(), ...(metrics ? [metrics.plugin()] : [])],
  });
  const authenticate = createAuthenticator(options.auth);
  const access = { authenticationEnabled: Boolean(options.auth.jwtSecret || options.auth.jwksUrl), anonymousRead: options.auth.anonymousRead };
  let stopping = false;
  await apollo.start();

  app.use(requestLogging(logger));
  app.use(healthRouter(db, () => stopping));
  if (metrics) app.use(metrics.router());
  if (options.enableIde) app.use(ideRouter(GRAPHQL_PATH));
  app.use(workbenchRouter());
  const origins = options.corsOrigins ?? [];
  app.use(
    GRAPHQL_PATH,
    cors({
      origin: origins.includes('*') ? true : origins,
      allowedHeaders: ['content-type', 'authorization', REQUEST_ID_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'],
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    }),
    requestTimeout(limits.requestTimeoutMs),
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const user = await authenticate(req.headers.authorization);
          if (!user && !options.auth.anonymousRead) {
            throw new UnauthenticatedError('expected a bearer token: this server does not let anonymous requests read');
          }
          const { deadline } = res.locals as { deadline: number };
          return { ...createContext(db.forRequest(deadline), user, access), log: (res.locals as RequestLocals).log, locals: res.locals as RequestLocals };
        } catch (error) {
          metrics?.countError(String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          throw error;
        }
      },
    }),
  );
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${address.port}`,
    apollo,
    metrics,
    async stop() {
      stopping = true;
      await apollo.stop();
      metrics?.close();
    },
  };
}
