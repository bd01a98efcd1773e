import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import proxyaddr from 'proxy-addr';
import { createAuthenticator, UnauthenticatedError } from '../auth';
import { DEFAULT_LIMITS, DEFAULT_SUBSCRIPTIONS, type Config, type SubscriptionSettings } from '../config';
import { buildSchema, buildSubgraphSchema, createContext, type Context, type RequestLocals } from '../api';
import { DRIVER_POOL_SIZE, type Database } from '../neo4j';
import { trustBehindFront } from './front';
import { clientKey, ConcurrencyGate, rateLimitPerClient, type AdmissionLocals } from './admission';
import { costLimitPlugin } from './cost';
import { CostBudget } from './costBudget';
import { documentGuard } from './documentGuard';
import { errorLoggingPlugin, formatError } from './formatError';
import { healthRouter } from './health';
import { httpCachePlugins, persistedGetCsrfExemption, PERSISTED_GET_HEADER } from './httpCache';
import { jsonErrorHandler, requestTimeout } from './httpGuards';
import { idempotencyKeys, idempotencyPlugin, IDEMPOTENCY_HEADER } from './idempotency';
import { ideRouter } from './ide';
import { armorProtection } from './limits';
import { createLogger, REQUEST_ID_HEADER, requestLogging, type Logger } from './logging';
import { Metrics } from './metrics';
import { requestHygienePlugin } from './requestHygiene';
import { securityHeaders } from './securityHeaders';
import { TAXII_PATH, taxiiRouter } from './taxii';
import { attachSubscriptions, type SubscriptionServer } from './subscriptions';
import { workbenchRouter } from './workbench';

export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  port: number;
  host: string;
  /**
   * Listen on this Unix socket instead of port and host, behind the front (front.ts): the front's
   * X-Forwarded-For is then always believed, and TRUST_PROXY applies to the hops beyond it.
   */
  socketPath?: string;
  enableIde: boolean;
  auth: Config['auth'];
  /**
   * The abuse limits; `npm start` passes the configuration's. Without them, DEFAULT_LIMITS apply but
   * for the per-client rate limit, which is off: a server started by a test or a benchmark has one
   * client that sends much on purpose.
   */
  limits?: Config['limits'];
  /** Answer introspection (default true; production turns it off, see Config). */
  enableIntrospection?: boolean;
  /** Serve /metrics (default true). */
  enableMetrics?: boolean;
  /** Browser origins allowed to call /graphql from elsewhere (default none: same origin only). */
  corsOrigins?: string[];
  /** Where logs go (default: nowhere, for tests). */
  logger?: Logger;
  /** Subscriptions over WebSocket at GRAPHQL_PATH (default DEFAULT_SUBSCRIPTIONS: on). */
  subscriptions?: SubscriptionSettings;
  /** `subgraph`: serve the schema as an Apollo Federation 2 subgraph (docs/federation.md); default `off`. */
  federation?: Config['federation'];
  /** Reads in one statement where the selection allows (default true; see Config). */
  singleStatementReads?: boolean;
}

/** The server's options as the configuration sets them, with the IDE as given (the API thread adds its socket). */
export function configuredServerOptions(config: Config, logger: Logger, enableIde = config.enableIde): ServerOptions {
  return {
    port: config.port,
    host: config.host,
    enableIde,
    enableIntrospection: config.enableIntrospection,
    enableMetrics: config.enableMetrics,
    corsOrigins: config.corsOrigins,
    auth: config.auth,
    limits: config.limits,
    subscriptions: config.subscriptions,
    federation: config.federation,
    singleStatementReads: config.singleStatementReads,
    logger,
  };
}

export interface RunningServer {
  url: string;
  apollo: ApolloServer<Context>;
  metrics: Metrics | null;
  /** The cap on concurrent GraphQL requests, for tests to read its load. */
  gate: ConcurrencyGate;
  /** The WebSocket server of subscriptions; null when they are off. */
  subscriptions: SubscriptionServer | null;
  /** Stops accepting, lets in-flight requests finish, then closes; /readyz says 503 meanwhile. */
  stop(): Promise<void>;
}

export interface ApolloOptions {
  httpServer?: http.Server;
  limits?: Config['limits'];
  enableIntrospection?: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  /** Cost allowed in flight at once (costBudget.ts); none by default (tests' executeOperation). */
  costBudget?: CostBudget;
  /** The schema to serve; by default the one of schema/ (buildSchema). */
  schema?: GraphQLSchema;
}

/** The cost allowed in flight at once, in operations of the largest cost allowed (LIMIT_MAX_COST). */
export const COST_BUDGET_FACTOR = 2;

/** Validation stops at this many errors: a document with more gets the first ones, cheaply. */
export const MAX_VALIDATION_ERRORS = 10;

/** Builds the Apollo server over the schema in schema/, with the abuse limits. */
export function createApollo(options: ApolloOptions = {}): ApolloServer<Context> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const armor = armorProtection(limits);
  return new ApolloServer<Context>({
    schema: options.schema ?? buildSchema(),
    formatError,
    introspection: options.enableIntrospection ?? true,
    includeStacktraceInErrorResponses: false,
    // On by default in Apollo Server 5; said here because it must never be turned off. A GET must
    // carry one of these headers, which a browser sends cross-site only after a CORS preflight; the
    // last is set by the server itself, on a GET of a persisted query only (httpCache.ts says why).
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', PERSISTED_GET_HEADER] },
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    // No "did you mean" in any mode: a suggestion says what exists.
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS, hideSuggestions: true },
    plugins: [
      requestHygienePlugin({ hideSchema: !(options.enableIntrospection ?? true) }),
      ...armor.plugins,
      costLimitPlugin(limits.maxCost, options.costBudget),
      // Cache-Control: public for anonymous persisted queries sent by GET, no-store otherwise.
      ...httpCachePlugins(),
      ...(options.plugins ?? []),
      ApolloServerPluginLandingPageDisabled(),
      // A federated schema would turn inline traces (ftv1) on: timings for anyone who asks, and no router here reads them.
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}

/**
 * Serves POST /graphql, subscriptions over WebSocket at the same path (subscriptions.ts), the
 * workbench at /, the IDE at /ide, TAXII 2.1 at /taxii2/, /healthz, /readyz and /metrics on one
 * HTTP server. Every response has the security headers (securityHeaders.ts) and an id
 * (X-Request-Id). A GraphQL request then goes through, in order: CORS, its token, the CSRF
 * exemption of a GET of a persisted query (httpCache.ts), the per-client rate limit (admission.ts),
 * its deadline, the body size limit, the document's length, nesting and width (documentGuard.ts),
 * the concurrency gate (admission.ts), its Idempotency-Key, and Apollo (depth, aliases,
 * directives, cost, validation).
 */
export async function startServer(db: Database, options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = options.limits ?? { ...DEFAULT_LIMITS, rateLimitPerMinute: 0 };
  const logger = options.logger ?? createLogger('silent');
  const metrics = options.enableMetrics === false ? null : new Metrics(db, DRIVER_POOL_SIZE);
  const schema = options.federation === 'subgraph' ? buildSubgraphSchema() : buildSchema();
  const authenticate = createAuthenticator(options.auth);
  const access = { authenticationEnabled: Boolean(options.auth.jwtSecret || options.auth.jwksUrl), anonymousRead: options.auth.anonymousRead };
  const settings = options.subscriptions ?? DEFAULT_SUBSCRIPTIONS;
  const subscriptions = settings.enabled
    ? attachSubscriptions({
        httpServer,
        path: GRAPHQL_PATH,
        schema,
        db,
        authenticate,
        access,
        limits,
        settings,
        validationRules: armorProtection(limits).validationRules,
        maxValidationErrors: MAX_VALIDATION_ERRORS,
        hideSchema: !(options.enableIntrospection ?? true),
        // Express's own reading of the address (trust proxy is set below), so WebSockets count clients as requests do.
        clientAddress: (req) => proxyaddr(req, app.get('trust proxy fn')),
        corsOrigins: options.corsOrigins ?? [],
        logger,
      })
    : null;
  const apollo = createApollo({
    httpServer,
    schema,
    limits,
    // Twice the most one operation may cost: at most two of the costliest run at once.
    costBudget: new CostBudget(COST_BUDGET_FACTOR * limits.maxCost),
    enableIntrospection: options.enableIntrospection,
    // The idempotency plugin comes last: it stores the answer as the other plugins leave it.
    plugins: [
      errorLoggingPlugin(),
      ...(metrics ? [metrics.plugin()] : []),
      idempotencyPlugin(db),
      // Apollo drains HTTP on stop; the WebSocket connections are closed alongside (1001, going away).
      ...(subscriptions ? [{ serverWillStart: async () => ({ drainServer: () => subscriptions.close() }) }] : []),
    ],
  });
  const gate = new ConcurrencyGate(limits.maxConcurrent, limits.maxQueued, { keyOf: clientKey });
  app.set('trust proxy', options.socketPath ? trustBehindFront(limits.trustProxy) : limits.trustProxy);
  let stopping = false;
  await apollo.start();

  app.use(requestLogging(logger));
  app.use(securityHeaders());
  // Probes first: they never wait behind GraphQL work (admission control is on /graphql only).
  app.use(healthRouter(db, () => stopping));
  if (metrics) app.use(metrics.router());
  if (options.enableIde) app.use(ideRouter(GRAPHQL_PATH));
  // TAXII 2.1 (read-only STIX), with the same tokens and the same anonymous-read rule as /graphql,
  // and a rate limit of its own per client address.
  app.use(TAXII_PATH, rateLimitPerClient(limits));
  app.use(taxiiRouter(db, { authenticate, anonymousRead: options.auth.anonymousRead, maxContentLength: limits.maxBodyBytes }));
  app.use(workbenchRouter());
  const origins = options.corsOrigins ?? [];
  app.use(
    GRAPHQL_PATH,
    cors({
      origin: origins.includes('*') ? true : origins,
      allowedHeaders: ['content-type', 'authorization', REQUEST_ID_HEADER, IDEMPOTENCY_HEADER, 'apollo-require-preflight', 'x-apollo-operation-name'],
      exposedHeaders: [REQUEST_ID_HEADER, 'retry-after', 'ratelimit', 'ratelimit-policy', 'idempotent-replayed'],
      maxAge: 600,
    }),
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      // Verified once, here: the rate limit keys on its subject and the context reads the same promise.
      const authentication = authenticate(req.headers.authorization);
      authentication.catch(() => undefined);
      (res.locals as AdmissionLocals).authentication = authentication;
      next();
    },
    persistedGetCsrfExemption,
    rateLimitPerClient(limits),
    // The deadline starts here, so that it covers a body that is slow to arrive and the wait for a slot.
    requestTimeout(limits.requestTimeoutMs),
    express.json({ limit: limits.maxBodyBytes }),
    // Refused for its shape before it can take a slot or a place in the queue.
    documentGuard(limits),
    gate.middleware,
    idempotencyKeys(db),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const user = await ((res.locals as AdmissionLocals).authentication ?? authenticate(req.headers.authorization));
          if (!user && !options.auth.anonymousRead) {
            throw new UnauthenticatedError('expected a bearer token: this server does not let anonymous requests read');
          }
          const { deadline } = res.locals as { deadline: number };
          return { ...createContext(db.forRequest(deadline), user, access, { singleStatementReads: options.singleStatementReads ?? true }), log: (res.locals as RequestLocals).log, locals: res.locals as RequestLocals };
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
    if (options.socketPath) httpServer.listen(options.socketPath, resolve);
    else httpServer.listen(options.port, options.host, resolve);
  });
  const address = httpServer.address();
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: typeof address === 'string' ? `unix:${address}` : `http://${host}:${(address as AddressInfo).port}`,
    apollo,
    metrics,
    gate,
    subscriptions,
    async stop() {
      stopping = true;
      await apollo.stop();
      metrics?.close();
    },
  };
}
