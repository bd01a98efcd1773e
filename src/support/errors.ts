import { GraphQLError } from 'graphql';

/**
 * The unexpected and the expected-but-refused failures the API reports, each with a stable
 * `extensions.code`. Messages say what was expected and what came.
 */

/** The request's arguments are wrong: "expected X, but got Y". */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

/** An id that names nothing. */
export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** Neo4j cannot be reached; the request may succeed later. */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

/** The request ran past its time limit (LIMIT_REQUEST_TIMEOUT_MS or NEO4J_TX_TIMEOUT_MS); its work was stopped. */
export class RequestTimeoutError extends GraphQLError {
  constructor(message = 'The request took longer than the server allows and was stopped; narrow it (fewer items, smaller depth) or try again.') {
    super(message, { extensions: { code: 'REQUEST_TIMEOUT' } });
  }
}
