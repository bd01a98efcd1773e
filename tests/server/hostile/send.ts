import type { HostileCase } from './cases';
import type { Answer } from './judge';

/** Bearer tokens by role, minted by the test with the server's secret. */
export type Tokens = Record<'viewer' | 'analyst' | 'admin', string>;

/** Longest wait for one answer: a hang is a failure, not a slow test. */
const ANSWER_TIMEOUT_MS = 30_000;

/** Sends one case to the server at `baseUrl` and reads the whole answer. */
export async function send(baseUrl: string, hostile: HostileCase, tokens: Tokens): Promise<Answer> {
  const { method, path, headers, body } = hostile.request;
  const caller = hostile.caller;
  const authorization = typeof caller === 'object' ? caller.authorization : caller === 'anonymous' ? undefined : `Bearer ${tokens[caller]}`;
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(authorization !== undefined ? { authorization } : {}) },
      body,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { status: 0, contentType: '', text: '', transportError: `${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}` };
  }
}

/** Runs `work` over `items` with at most `concurrency` at once, keeping the order of the results. */
export async function mapPool<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** A case and its answer as a replayable report: seed, caller, request, and what came back. */
export function describeFailure(seed: number, hostile: HostileCase, answer: Answer, problem: string): string {
  const body = hostile.request.body;
  const shownBody = body === undefined ? '(none)' : typeof body === 'string' ? clip(body, 2_000) : `bytes ${Buffer.from(body).toString('hex').slice(0, 400)}`;
  return [
    `case ${hostile.n} (${hostile.family}: ${hostile.note}), seed ${seed}: ${problem}`,
    `  caller: ${typeof hostile.caller === 'object' ? `Authorization: ${clip(hostile.caller.authorization, 80)}` : hostile.caller}`,
    `  request: ${hostile.request.method} ${clip(hostile.request.path, 300)} ${JSON.stringify(hostile.request.headers)}`,
    `  body: ${shownBody}`,
    `  answer: HTTP ${answer.status} ${answer.contentType} ${clip(answer.text, 1_000)}`,
  ].join('\n');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}
