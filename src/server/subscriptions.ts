import type http from 'node:http';
import { getOperationAST, GraphQLError, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { ipKeyGenerator } from 'express-rate-limit';
import { WebSocketServer, type WebSocket } from 'ws';
import { createContext, type Access } from '../api';
import { UnauthenticatedError, type Authenticator, type User } from '../auth';
import { DEFAULT_MAX_CONNECTIONS_PER_CLIENT, type Config, type SubscriptionSettings } from '../config';
import type { Database } from '../neo4j';
import { costLimitError, operationCost } from './cost';
import { lexShape, parseQuietly, selectionShape } from './documentShape';
import { MAX_NESTING } from './documentGuard';
import { hideSchemaNames, requestNames } from './hideSchemaNames';
import { formatError } from './formatError';
import type { Logger } from './logging';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  db: Database;
  authenticate: Authenticator;
  access: Access;
  limits: Config['limits'];
  settings: SubscriptionSettings;
  /** The validation rules of queries (armor's depth, aliases, directives). */
  validationRules: readonly ValidationRule[];
  maxValidationErrors: number;
  /** Introspection is off: validation messages name only what the subscribe message named, as over HTTP (requestHygiene.ts). */
  hideSchema: boolean;
  /** The client's address, as the HTTP requests' (Express's trust proxy: behind the front, the address it saw). */
  clientAddress: (req: http.IncomingMessage) => string | undefined;
  /** Browser origins allowed besides the server's own (CORS_ORIGINS; `*` for any). */
  corsOrigins: readonly string[];
  logger: Logger;
}

export interface SubscriptionServer {
  /** WebSocket connections open now. */
  connections(): number;
  /** Closes every connection (1001, going away) and the WebSocket server. */
  close(): Promise<void>;
}

/** What a connection keeps once its `connection_init` is accepted. */
interface ConnectionState {
  user: User | null;
  /** Subscribe messages in the current minute (`windowStart`), valid or not: RATE_LIMIT_PER_MINUTE applies to them. */
  subscribes: { windowStart: number; count: number };
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the `graphql-transport-ws` protocol) on the HTTP
 * server and path of queries. docs/subscriptions.md describes it for clients. A connection:
 * - is refused at the upgrade with 503 past SUBSCRIPTION_MAX_CONNECTIONS, with 429 past
 *   SUBSCRIPTION_MAX_PER_CLIENT from one client address, and with 403 from a browser origin that is
 *   neither the server's own nor in CORS_ORIGINS;
 * - authenticates once, with `authorization: "Bearer <token>"` in its `connection_init` payload,
 *   checked like the Authorization header of a request: a bad token, or none where
 *   AUTH_ANONYMOUS_READ is off, closes it with 4401 and the reason;
 * - runs subscriptions only (queries and mutations go over HTTP, through its admission control),
 *   each checked like a request's document (length, nesting, width, depth, aliases, directives, cost),
 *   at most SUBSCRIPTION_MAX_PER_CONNECTION at once: one more gets SUBSCRIPTION_LIMIT; and at most
 *   RATE_LIMIT_PER_MINUTE subscribe messages a minute, accepted or not: more get TOO_MANY_REQUESTS.
 * Errors are masked as for HTTP (formatError.ts).
 */
export function attachSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { settings, limits } = options;
  const maxPerClient = settings.maxPerClient ?? DEFAULT_MAX_CONNECTIONS_PER_CLIENT;
  // Open connections by client address (IPv6 by /56, as the rate limit counts them).
  const perClient = new Map<string, number>();
  const clientOf = (req: http.IncomingMessage) => {
    const address = options.clientAddress(req);
    return address ? ipKeyGenerator(address) : 'unknown';
  };
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: limits.maxBodyBytes,
    verifyClient: (info, accept) => {
      if (wsServer.clients.size >= settings.maxConnections) {
        accept(false, 503, `expected at most ${settings.maxConnections} WebSocket connections at once, but that many are open: try again later`);
      } else if ((perClient.get(clientOf(info.req)) ?? 0) >= maxPerClient) {
        accept(false, 429, `expected at most ${maxPerClient} WebSocket connections at once from one client address, but that many are open: close one first`);
      } else if (!originAllowed(info.origin, info.req.headers.host, options.corsOrigins)) {
        accept(false, 403, 'expected a WebSocket from this server\'s own origin or one in CORS_ORIGINS');
      } else {
        accept(true);
      }
    },
  });
  wsServer.on('connection', (socket, req) => {
    const client = clientOf(req);
    perClient.set(client, (perClient.get(client) ?? 0) + 1);
    socket.once('close', () => {
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    });
  });
  const connectionState = new WeakMap<object, ConnectionState>();
  const cleanup = useServer<Record<string, unknown>, { state?: ConnectionState }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          if (authorization !== undefined && typeof authorization !== 'string') {
            throw new UnauthenticatedError('expected "authorization" in the connection_init payload to be a string "Bearer <token>"');
          }
          const user = await options.authenticate(authorization);
          if (!user && !options.access.anonymousRead) {
            throw new UnauthenticatedError('expected a bearer token in the connection_init payload: this server does not let anonymous clients read');
          }
          connectionState.set(ctx.extra, { user, subscribes: { windowStart: Date.now(), count: 0 } });
          if (user?.expiresAt !== undefined) closeAtExpiry(ctx.extra.socket, user.expiresAt);
          return true;
        } catch (error) {
          const message = error instanceof UnauthenticatedError ? error.message : 'the token could not be checked';
          if (!(error instanceof UnauthenticatedError)) options.logger.error({ err: error }, 'WebSocket authentication failed unexpectedly');
          // Close reasons are limited to 123 bytes by the WebSocket protocol.
          ctx.extra.socket.close(CloseCode.Unauthorized, truncate(message, 123));
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = connectionState.get(ctx.extra);
        if (!state) return [new GraphQLError('expected an accepted connection_init before a subscribe message')];
        // Every subscribe message counts against the per-minute limit of requests, checked before its
        // document is read: refused ones too, or a connection could have documents validated without end.
        const refusal = countSubscribe(state, limits.rateLimitPerMinute);
        if (refusal) return [refusal];
        // graphql-ws lists the subscription being started too.
        if (Object.keys(ctx.subscriptions).length > settings.maxPerConnection) {
          return [
            new GraphQLError(
              `expected at most ${settings.maxPerConnection} subscriptions at once on one connection, but this would be one more: complete one first, or open another connection`,
              { extensions: { code: 'SUBSCRIPTION_LIMIT', maxPerConnection: settings.maxPerConnection } },
            ),
          ];
        }
        const checked = checkDocument(options, payload.query, payload.operationName ?? undefined);
        if (Array.isArray(checked)) return checked;
        // Every event runs the selection again, for every subscriber: it costs what a request would.
        const cost = costOf(options.schema, checked, payload.variables ?? {}, payload.operationName ?? undefined);
        if (cost !== null && cost > limits.maxCost) return [costLimitError(cost, limits.maxCost)];
        return {
          schema: options.schema,
          document: checked,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? undefined,
          contextValue: createContext(options.db, state.user, options.access),
        } satisfies ExecutionArgs;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors) return undefined;
        for (const error of result.errors) {
          if (!error.extensions?.code) options.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in a subscription');
        }
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    },
    wsServer,
  );
  return {
    connections: () => wsServer.clients.size,
    // graphql-ws closes every connection with 1001 (going away), then the WebSocket server.
    close: () => Promise.resolve(cleanup.dispose()),
  };
}

/** Counts a subscribe message in its connection's minute; the error to answer past RATE_LIMIT_PER_MINUTE (0: no limit), else null. */
function countSubscribe(state: ConnectionState, perMinute: number): GraphQLError | null {
  if (perMinute === 0) return null;
  const now = Date.now();
  if (now - state.subscribes.windowStart >= 60_000) state.subscribes = { windowStart: now, count: 0 };
  state.subscribes.count += 1;
  if (state.subscribes.count <= perMinute) return null;
  const seconds = Math.max(1, Math.ceil((state.subscribes.windowStart + 60_000 - now) / 1000));
  return new GraphQLError(`expected at most ${perMinute} subscribe messages a minute on one connection, but got more; retry after ${seconds} s`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: seconds },
  });
}

/** setTimeout's longest delay (about 24.8 days); a longer wait is armed again when it ends. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Closes a connection when its token expires (4401, as a bad token at connection_init): the token is
 * checked once, and a connection must not outlive what it was let in with. The client connects
 * again with a new token.
 */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAt * 1000 - Date.now();
    timer = setTimeout(left > MAX_TIMER_MS ? arm : () => socket.close(CloseCode.Unauthorized, 'the token has expired: connect again with a new one'), Math.max(0, Math.min(left, MAX_TIMER_MS)));
    timer.unref();
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * The document of a subscribe message, parsed and checked as documentGuard.ts and Apollo check a
 * request's, and refused unless its operation is a subscription: errors to send back, or the document.
 */
function checkDocument(options: SubscriptionServerOptions, query: string, operationName: string | undefined) {
  const { limits } = options;
  const refuse = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];
  const lexed = lexShape(query, limits.maxTokens);
  if (lexed?.tooManyTokens) return refuse(`Syntax Error: expected a document of at most ${limits.maxTokens} tokens, but got more.`, 'GRAPHQL_PARSE_FAILED');
  if (lexed && lexed.nesting > MAX_NESTING) return refuse(`Syntax Error: expected brackets nested at most ${MAX_NESTING} deep, but got ${lexed.nesting}.`, 'GRAPHQL_PARSE_FAILED');
  const document = lexed ? parseQuietly(query, limits.maxTokens) : null;
  if (!document) return refuse('Syntax Error: expected a GraphQL document that parses', 'GRAPHQL_PARSE_FAILED');
  const widest = selectionShape(document).widestSelection;
  if (widest > limits.maxSelectionFields) {
    return refuse(`expected at most ${limits.maxSelectionFields} fields in one selection set (its fragments included), but got ${widest}`, 'GRAPHQL_VALIDATION_FAILED');
  }
  // No "did you mean", and with introspection off no name the message did not hold: the same answers as over HTTP.
  const errors = validate(options.schema, document, [...specifiedRules, ...options.validationRules], { maxErrors: options.maxValidationErrors, hideSuggestions: true });
  if (errors.length > 0) {
    const names = options.hideSchema ? requestNames(query) : null;
    return errors.map((e) => new GraphQLError(names ? hideSchemaNames(e.message, names) : e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) return refuse('expected one operation, or an operationName naming one of the document\'s', 'BAD_USER_INPUT');
  if (operation.operation !== 'subscription') {
    return refuse(`expected a subscription over WebSocket, but got a ${operation.operation}: send queries and mutations over HTTP (POST ${options.path})`, 'OPERATION_NOT_SUPPORTED');
  }
  return document;
}

/** The operation's cost, or null when the variables do not fit it (execution then refuses them). */
function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | null {
  try {
    return operationCost({ schema, query: document, variables, operationName });
  } catch {
    return null;
  }
}

/** No Origin (not a browser), the server's own, or one CORS_ORIGINS allows. */
function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function truncate(text: string, bytes: number): string {
  if (Buffer.byteLength(text) <= bytes) return text;
  let out = text;
  while (Buffer.byteLength(`${out}…`) > bytes) out = out.slice(0, -1);
  return `${out}…`;
}
