import http from 'node:http';

/** One keep-alive agent for every target served over HTTP, so each pays the same client cost. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL request and returns the parsed body; throws on HTTP errors or GraphQL errors. */
export function postGraphQL(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ data?: any; errors?: unknown[] }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: { data?: any; errors?: unknown[] };
        try {
          parsed = JSON.parse(text);
        } catch {
          reject(new Error(`expected a JSON answer from ${url}, but got HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
          return;
        }
        if (parsed.errors?.length || (res.statusCode ?? 500) >= 400) {
          reject(new Error(`expected no errors from ${url}, but got HTTP ${res.statusCode}: ${JSON.stringify(parsed.errors).slice(0, 400)}`));
          return;
        }
        resolve(parsed);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A keep-alive agent whose connections leave from `address`, so the API sees a client of its own. */
export const agentFrom = (address: string, sockets: number) => new http.Agent({ keepAlive: true, maxSockets: sockets, localAddress: address });

/** One request; resolves with status and milliseconds, never rejects (a failure is status 0). */
export function timedRequest(url: string, agent: http.Agent, method: 'GET' | 'POST', body?: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(url, { method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, ms: performance.now() - started, text: '' }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, text: '' }));
    req.end(body);
  });
}
