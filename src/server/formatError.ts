import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../api';

/** Codes that we raise on purpose; their messages are written for clients. */
const EXPOSED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'REQUEST_TIMEOUT',
  'COST_LIMIT_EXCEEDED',
  'TOO_MANY_ITEMS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
  'SUBSCRIPTION_LIMIT',
  'TOO_MANY_REQUESTS',
]);

/**
 * Whether an error carrying an exposed code was caused by something unexpected: graphql-js wraps
 * whatever its parser throws, so "Maximum call stack size exceeded" arrives as a syntax error. Its
 * message is then not ours to show.
 */
function hasUnexpectedCause(error: unknown): boolean {
  for (let cause = (error as { originalError?: unknown })?.originalError, hops = 0; cause && hops < 10; hops += 1) {
    if (!(cause instanceof GraphQLError)) return true;
    cause = cause.originalError;
  }
  return false;
}

/** The error we raised on purpose behind `error`, if it is one; null for the unexpected. */
function exposedError(error: unknown): GraphQLError | null {
  if (hasUnexpectedCause(error)) return null;
  if (error instanceof GraphQLError && EXPOSED_CODES.has(String(error.extensions?.code))) return error;
  if (isApolloRequestError(error)) {
    return new GraphQLError((error as GraphQLError).message, { extensions: { code: 'BAD_REQUEST' } });
  }
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && EXPOSED_CODES.has(String(original.extensions?.code))) return original;
  return null;
}

/**
 * Apollo refuses some requests with a 4xx status but no code, e.g. "provided sha does not match
 * query" for a persisted-query hash that does not fit the document: the client's mistake, said in
 * Apollo's own words.
 */
function isApolloRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Masks everything unexpected: a client sees "Internal server error" with code
 * INTERNAL_SERVER_ERROR, never a stack trace or a driver message; errorLoggingPlugin logs the
 * original with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && EXPOSED_CODES.has(code) && !hasUnexpectedCause(error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const exposed = exposedError(error);
  if (exposed) {
    return { message: exposed.message, path: formatted.path, extensions: { code: exposed.extensions.code } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Leaves the operation's name for the access log, and logs each unexpected error in full (the
 * client saw only "Internal server error"), with the request id to find it by.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          if (contextValue.locals && operationName) contextValue.locals.operationName = operationName.slice(0, 100);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (exposedError(error)) continue;
            const original = unwrapResolverError(error);
            contextValue.log?.error({ err: original, path: error.path }, 'unexpected error');
          }
        },
      };
    },
  };
}
