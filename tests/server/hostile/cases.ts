/**
 * One generated request and what its answer must be. Every case is plain data, so a failing one can
 * be printed and replayed by hand (`curl` with the same method, headers and body).
 */

/** Who sends it: no token, a token of a role, or a raw Authorization header. */
export type Caller = 'anonymous' | 'viewer' | 'analyst' | 'admin' | { authorization: string };

export interface HostileRequest {
  method: string;
  /** Path and query string, e.g. `/graphql` or `/graphql?query=...`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * - `answer`: a well-formed GraphQL response (JSON with data and/or errors, each error with a
 *   message and an extensions.code) or a 4xx; never a 5xx nor INTERNAL_SERVER_ERROR.
 * - `refused`: as `answer`, and refused with one of `codes`, nothing returned as data; with
 *   `orInvalid`, a document refused as invalid (parse or validation) also counts.
 * - `succeeds`: a control document: HTTP 200, data and no error.
 */
export type Expectation =
  | { kind: 'answer' }
  | { kind: 'refused'; codes: readonly string[]; orInvalid?: boolean }
  | { kind: 'succeeds' };

export interface HostileCase {
  /** Position in the run, also written into the names a write would create, to trace it back. */
  n: number;
  family: string;
  /** What the case tries, in words. */
  note: string;
  caller: Caller;
  request: HostileRequest;
  expect: Expectation;
}

export const GRAPHQL_PATH = '/graphql';

/** A POST of a GraphQL request as JSON, the ordinary way. */
export function graphqlPost(query: string, variables?: unknown, extra: Record<string, unknown> = {}): HostileRequest {
  const body: Record<string, unknown> = { query, ...extra };
  if (variables !== undefined) body.variables = variables;
  return { method: 'POST', path: GRAPHQL_PATH, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A POST of raw bytes or text with the given content type (none when null). */
export function rawPost(body: string | Uint8Array, contentType: string | null, headers: Record<string, string> = {}): HostileRequest {
  return { method: 'POST', path: GRAPHQL_PATH, headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body };
}
