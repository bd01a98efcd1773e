import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../api';
import { hideSchemaNames, requestNames } from './hideSchemaNames';

/**
 * An operation HTTP does not serve: a subscription (served over WebSocket at the same path, see
 * subscriptions.ts), or a type the schema does not have. The client's mistake, HTTP 400 with code
 * OPERATION_NOT_SUPPORTED, logged as a request like any other and not as an error.
 */
export class OperationNotSupportedError extends GraphQLError {
  constructor(operation: string) {
    const why =
      operation === 'subscription'
        ? 'subscriptions are served over WebSocket (the graphql-ws protocol, graphql-transport-ws) at the same path, /graphql; see docs/subscriptions.md'
        : `this API has no ${operation} operations`;
    super(`expected a query or a mutation, but got a ${operation}: ${why}`, {
      extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
    });
  }
}

/** Codes whose messages come from graphql-js's checks of the request, and may quote schema names. */
const REQUEST_CHECK_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** What a mutation's error says about whether its transaction committed. */
const MUTATION_OUTCOMES: Record<string, string> = { REQUEST_TIMEOUT: 'NOT_APPLIED', SERVICE_UNAVAILABLE: 'UNKNOWN' };

/**
 * What a client learns from an error, beyond its message:
 * - a subscription, or an operation type the schema lacks, is refused before execution
 *   (OperationNotSupportedError);
 * - with `hideSchema` (introspection off), messages of validation and variable errors name only
 *   what the request named (hideSchemaNames.ts); our own BAD_USER_INPUT errors, which come from a
 *   resolver and so have a path, are written for clients and stay as they are;
 * - an unexpected error carries the request's id (`extensions.requestId`, and in its message), the
 *   key to the full error in the log;
 * - a mutation field that failed with REQUEST_TIMEOUT says `outcome: NOT_APPLIED`: each mutation
 *   runs in one transaction, and a REQUEST_TIMEOUT from it means Neo4j stopped that transaction
 *   before it committed, or it never started (the deadline had passed); one that failed with
 *   SERVICE_UNAVAILABLE says `outcome: UNKNOWN`, since the connection may have gone during the
 *   commit. (A mutation still running when the request's time is up is answered by httpGuards.ts,
 *   with `outcome: UNKNOWN`.)
 */
export function requestHygienePlugin(options: { hideSchema: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema }) {
          if (operation && (operation.operation === 'subscription' || !schema.getRootType(operation.operation))) {
            throw new OperationNotSupportedError(operation.operation);
          }
        },
        async willSendResponse({ response, request, contextValue, operation }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          let names: Set<string> | null = null;
          const requestId = contextValue.locals?.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const code = String(error.extensions?.code ?? '');
            if (code === 'INTERNAL_SERVER_ERROR' && requestId) {
              return { ...error, message: `Internal server error (request ${requestId})`, extensions: { ...error.extensions, requestId } };
            }
            if (operation?.operation === 'mutation' && error.path && MUTATION_OUTCOMES[code]) {
              return { ...error, extensions: { ...error.extensions, outcome: MUTATION_OUTCOMES[code] } };
            }
            if (options.hideSchema && REQUEST_CHECK_CODES.has(code) && !error.path) {
              names ??= requestNames(request.query, request.variables);
              return { ...error, message: hideSchemaNames(error.message, names) };
            }
            return error;
          });
        },
      };
    },
  };
}
