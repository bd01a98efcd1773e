/**
 * The GraphQL client: one POST to /graphql per operation, with the bearer token when one is set.
 * Every failure becomes an ApiError whose `kind` says what the analyst can do about it.
 */

export type ApiErrorKind = 'network' | 'unauthenticated' | 'forbidden' | 'unavailable' | 'timeout' | 'input' | 'not-found' | 'server' | 'aborted';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  SERVICE_UNAVAILABLE: 'unavailable',
  REQUEST_TIMEOUT: 'timeout',
  BAD_USER_INPUT: 'input',
  GRAPHQL_VALIDATION_FAILED: 'input',
  NOT_FOUND: 'not-found',
};

export interface ApiClient {
  readonly endpoint: string;
  token: string | null;
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

export function createApiClient(endpoint = '/graphql'): ApiClient {
  const client: ApiClient = {
    endpoint,
    token: null,
    async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (client.token) headers.authorization = `Bearer ${client.token}`;
      let response: Response;
      try {
        response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
      } catch (error) {
        if (signal?.aborted) throw new ApiError('aborted', 'request cancelled');
        throw new ApiError('network', `Cannot reach the API at ${endpoint}: is the service running? (${(error as Error).message})`);
      }
      let body: GraphQLResponse<T> | null = null;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch {
        // Not JSON: a proxy's error page, or the service is restarting.
      }
      const first = body?.errors?.[0];
      if (first) {
        const code = first.extensions?.code ?? '';
        const kind = KIND_BY_CODE[code] ?? (response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : 'server');
        throw new ApiError(kind, first.message, code || undefined, response.status);
      }
      if (!response.ok || !body?.data) {
        const kind: ApiErrorKind = response.status === 401 ? 'unauthenticated' : response.status === 503 ? 'unavailable' : 'server';
        throw new ApiError(kind, `The API answered HTTP ${response.status} ${response.statusText} without data`, undefined, response.status);
      }
      return body.data;
    },
  };
  return client;
}

/** What the analyst should read first when a request fails. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (!(error instanceof ApiError)) return { title: 'Something went wrong in the workbench', detail: String(error) };
  switch (error.kind) {
    case 'network':
      return { title: 'The API cannot be reached', detail: error.message };
    case 'unauthenticated':
      return { title: 'The API wants a valid token', detail: `${error.message}. Paste a token under “Token” (top right).` };
    case 'forbidden':
      return { title: 'Your token’s role does not allow this', detail: error.message };
    case 'unavailable':
      return { title: 'The graph database is not available', detail: `${error.message}. Neo4j may be down or restarting; try again shortly.` };
    case 'timeout':
      return { title: 'The query took too long', detail: `${error.message}. Lower the depth or the edge limit, or filter by type.` };
    case 'input':
      return { title: 'The API refused a value', detail: error.message };
    case 'not-found':
      return { title: 'Not found', detail: error.message };
    default:
      return { title: 'The API failed', detail: `${error.message}${error.code ? ` (${error.code})` : ''}` };
  }
}
