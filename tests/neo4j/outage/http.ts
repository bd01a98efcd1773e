/**
 * A minimal GraphQL-over-HTTP client for the outage test: every call reports how long it took and
 * how it ended, and never throws, so a stream of writes can record each outcome.
 */

/** How one HTTP call ended. `code` is the first error's extensions.code, or what went wrong below GraphQL. */
export interface CallOutcome {
  ok: boolean;
  /** null when the call succeeded. */
  code: string | null;
  httpStatus: number | null;
  startedAt: number;
  ms: number;
  data: Record<string, any> | null;
}

/** Longer than any bound the test checks, so a hang is recorded as CLIENT_TIMEOUT instead of stalling the run. */
const CLIENT_TIMEOUT_MS = 30_000;

export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<CallOutcome> {
  const startedAt = Date.now();
  const done = (outcome: Omit<CallOutcome, 'startedAt' | 'ms'>): CallOutcome => ({ ...outcome, startedAt, ms: Date.now() - startedAt });
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: { data?: Record<string, any> | null; errors?: Array<{ extensions?: { code?: string } }> };
    try {
      body = JSON.parse(text);
    } catch {
      return done({ ok: false, code: `HTTP_${response.status}_NOT_JSON`, httpStatus: response.status, data: null });
    }
    const firstError = body.errors?.[0];
    if (firstError) {
      return done({ ok: false, code: firstError.extensions?.code ?? 'NO_CODE', httpStatus: response.status, data: body.data ?? null });
    }
    return done({ ok: response.ok, code: response.ok ? null : `HTTP_${response.status}`, httpStatus: response.status, data: body.data ?? null });
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    return done({ ok: false, code: name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : `FETCH_${name}`, httpStatus: null, data: null });
  }
}

/** GET on a plain endpoint (/healthz, /readyz): its status and latency, or null when nothing answered. */
export async function getStatus(baseUrl: string, route: string): Promise<{ status: number | null; ms: number }> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${baseUrl}${route}`, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { status: response.status, ms: Date.now() - startedAt };
  } catch {
    return { status: null, ms: Date.now() - startedAt };
  }
}
