import type { HostileCase } from './cases';

/** What came back for one case. */
export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** Set when no HTTP answer came at all (connection reset, timeout). */
  transportError?: string;
}

/** Codes that mean "this request is not a valid GraphQL request", refused before any resolver runs. */
export const INVALID_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'COST_LIMIT_EXCEEDED',
]);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/** A stack frame as Node prints it ("at fn (file.js:1:2)"), in text or in an HTML error page. */
const STACK_FRAME = /\bat (?:async )?[\w$.<>\[\] ]*\(?(?:node:|file:|\/)[^\s)]*:\d+:\d+\)?/;

/**
 * The problem with an answer, or null when it is what the case expects. The rules hold for every
 * case: no 5xx, no INTERNAL_SERVER_ERROR, no stack trace; a 200 is a well-formed GraphQL response.
 */
export function judge(hostile: HostileCase, answer: Answer): string | null {
  if (answer.transportError) return `no HTTP answer: ${answer.transportError}`;
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (STACK_FRAME.test(answer.text) || /"stacktrace"/.test(answer.text)) return 'a stack trace reached the client';

  // A CORS preflight is answered by HTTP alone (204, no body): it is not a GraphQL request.
  if (hostile.request.method === 'OPTIONS' && answer.status === 204 && answer.text === '') return null;
  const body = parseGraphQLBody(answer.text);
  if (body === 'not json') {
    if (answer.status < 400) return `HTTP ${answer.status} with a body that is not JSON`;
  } else if (body === 'not graphql') {
    if (answer.status < 400) return `HTTP ${answer.status} with JSON that is neither data nor errors`;
  } else {
    const malformed = malformedError(body);
    if (malformed) return malformed;
    const codes = (body.errors ?? []).map((e) => e.extensions?.code as string);
    if (codes.includes('INTERNAL_SERVER_ERROR')) return 'INTERNAL_SERVER_ERROR: an unhandled path';
  }

  const graphql = typeof body === 'object' ? body : null;
  const codes = (graphql?.errors ?? []).map((e) => String(e.extensions?.code));
  switch (hostile.expect.kind) {
    case 'answer':
      return null;
    case 'succeeds':
      if (answer.status !== 200 || !graphql?.data || codes.length > 0) return `expected data and no error, but got HTTP ${answer.status} with ${codes.join(', ') || 'no data'}`;
      return null;
    case 'refused': {
      const { codes: wanted, orInvalid } = hostile.expect;
      if (orInvalid && answer.status >= 400 && (!graphql || codes.every((c) => INVALID_CODES.has(c)))) return null;
      const allowed = (c: string) => wanted.includes(c) || (orInvalid === true && INVALID_CODES.has(c));
      if (codes.length === 0 || !codes.every(allowed)) {
        return `expected refusal with ${wanted.join(' or ')}, but got HTTP ${answer.status} with ${codes.join(', ') || 'no error'}`;
      }
      const written = Object.entries(graphql?.data ?? {}).filter(([, v]) => v !== null);
      if (written.length > 0) return `refused with ${codes.join(', ')}, yet data came back for ${written.map(([k]) => k).join(', ')}`;
      return null;
    }
  }
}

function parseGraphQLBody(text: string): GraphQLBody | 'not json' | 'not graphql' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not json';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !('data' in parsed || 'errors' in parsed)) return 'not graphql';
  return parsed as GraphQLBody;
}

/** What is wrong with the shape of a GraphQL response, or null. */
function malformedError(body: GraphQLBody): string | null {
  if ('data' in body && body.data !== null && (typeof body.data !== 'object' || Array.isArray(body.data))) return 'data is neither an object nor null';
  if (body.errors === undefined) return 'data' in body ? null : 'neither data nor errors';
  if (!Array.isArray(body.errors) || body.errors.length === 0) return 'errors is not a non-empty list';
  for (const error of body.errors) {
    if (typeof error?.message !== 'string' || error.message === '') return `an error without a message: ${JSON.stringify(error).slice(0, 200)}`;
    if (typeof error.extensions?.code !== 'string') return `an error without extensions.code: ${JSON.stringify(error).slice(0, 200)}`;
  }
  return null;
}
