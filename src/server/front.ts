import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import express, { type Request, type Response } from 'express';
import proxyaddr from 'proxy-addr';
import type { Config } from '../config';
import type { Logger } from './logging';
import { securityHeaders } from './securityHeaders';

/**
 * The front: the process's main thread under `npm start`. It owns the public port, answers
 * /healthz and /readyz itself, and passes every other request (WebSocket upgrades included) to the
 * API thread's HTTP server on a Unix socket (src/apiThread.ts). GraphQL validation, execution and
 * the Neo4j driver's decoding all run on the API thread, so a flood of costly documents slows the
 * API but never the probes: the red team's 20 wide documents a second had pushed /healthz to 1–15 s
 * when both shared one event loop (issue 16).
 *
 * The probes stay honest: the API thread sends a heartbeat every HEARTBEAT_MS and its readiness
 * (Neo4j answers, not stopping) every READINESS_MS; /healthz says 503 `stalled` when no heartbeat
 * came for `stallMs`, and /readyz says 503 unless the last readiness report is recent and good.
 */

/** What the API thread tells the front. */
export type ApiThreadMessage =
  | { type: 'listening' }
  | { type: 'beat' }
  | { type: 'readiness'; neo4j: boolean; stopping: boolean }
  | { type: 'failed'; message: string; expected: boolean }
  | { type: 'stopped' };

/** What the front tells the API thread. */
export type FrontMessage = { type: 'stop'; signal: string };

export const HEARTBEAT_MS = 500;
export const READINESS_MS = 1_000;

/** The API thread's last signs of life, as the front last heard them. */
export class ApiThreadHealth {
  private lastBeat: number;
  private report: { at: number; neo4j: boolean; stopping: boolean } | null = null;
  private stopping = false;

  /** `now`: milliseconds on a monotonic clock (a test passes its own). */
  constructor(
    readonly stallMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastBeat = now();
  }

  /** The service is shutting down: /readyz says so at once, so load balancers stop sending. */
  markStopping(): void {
    this.stopping = true;
  }

  record(message: ApiThreadMessage): void {
    const now = this.now();
    if (message.type === 'beat') this.lastBeat = now;
    if (message.type === 'readiness') {
      this.lastBeat = now;
      this.report = { at: now, neo4j: message.neo4j, stopping: message.stopping };
    }
  }

  /** Milliseconds since the API thread's event loop last turned (as far as the front knows). */
  get silentMs(): number {
    return this.now() - this.lastBeat;
  }

  liveness(): { status: number; body: Record<string, unknown> } {
    const silent = Math.round(this.silentMs);
    return silent > this.stallMs ? { status: 503, body: { status: 'stalled', apiThreadSilentMs: silent } } : { status: 200, body: { status: 'ok' } };
  }

  readiness(): { status: number; body: Record<string, unknown> } {
    const report = this.report;
    if (this.stopping) return { status: 503, body: { status: 'stopping' } };
    if (!report) return { status: 503, body: { status: 'starting' } };
    if (report.stopping) return { status: 503, body: { status: 'stopping' } };
    // A report older than a few intervals means the API thread is too busy or stuck to be sent more.
    if (this.now() - report.at > Math.min(this.stallMs, 5 * READINESS_MS)) return { status: 503, body: { status: 'unavailable', apiThread: 'busy' } };
    return report.neo4j ? { status: 200, body: { status: 'ready', neo4j: 'up' } } : { status: 503, body: { status: 'unavailable', neo4j: 'unreachable' } };
  }
}

/** express's reading of TRUST_PROXY, as a function of (address, hop): false, a hop count, or addresses. */
export function compileTrust(setting: Config['limits']['trustProxy']): (address: string | undefined, hop: number) => boolean {
  if (setting === true) return () => true;
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  const trusted = proxyaddr.compile(setting);
  return (address, hop) => (address ? trusted(address, hop) : false);
}

/**
 * The API thread's `trust proxy` behind the front: the first hop (the Unix socket, i.e. the front)
 * is always believed, and the hops beyond it as TRUST_PROXY says, one place further on. With the
 * front's X-Forwarded-For (see forwardedHeaders), req.ip is then what it would be without the front.
 */
export function trustBehindFront(setting: Config['limits']['trustProxy']): (address: string | undefined, hop: number) => boolean {
  const trusted = compileTrust(setting);
  return (address, hop) => hop === 0 || trusted(address, hop - 1);
}

/** Headers that belong to one connection, never passed on (RFC 9110, 7.6.1), and Expect (the front answers it). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect', 'proxy-authorization']);
const FORWARDED = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'forwarded'];

/**
 * The request's headers as the API thread should see them: hop-by-hop ones dropped, and the
 * client's address added to X-Forwarded-For. Forwarding headers the client sent are kept only when
 * TRUST_PROXY believes the client (then it is a proxy): anyone else's would be believed by the API
 * thread, which believes the front.
 */
export function forwardedHeaders(req: http.IncomingMessage, trusted: (address: string | undefined, hop: number) => boolean, keepUpgrade = false): http.OutgoingHttpHeaders {
  const address = req.socket.remoteAddress;
  const believed = trusted(address, 0);
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || (HOP_BY_HOP.has(name) && !(keepUpgrade && (name === 'connection' || name === 'upgrade')))) continue;
    if (!believed && FORWARDED.includes(name)) continue;
    headers[name] = value;
  }
  const earlier = believed ? req.headers['x-forwarded-for'] : undefined;
  headers['x-forwarded-for'] = [earlier, address ?? 'unknown'].filter(Boolean).join(', ');
  return headers;
}

/** The upstream's response headers without its hop-by-hop ones, as a flat [name, value, ...] list. */
function answerHeaders(raw: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i]!.toLowerCase())) kept.push(raw[i]!, raw[i + 1]!);
  return kept;
}

const unavailable = (res: Response | http.ServerResponse) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message: 'the API is not answering; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
};

export interface FrontOptions {
  port: number;
  host: string;
  /** The API thread's HTTP server. */
  upstreamSocket: string;
  trustProxy: Config['limits']['trustProxy'];
  health: ApiThreadHealth;
  logger: Logger;
}

export interface RunningFront {
  url: string;
  server: http.Server;
  /** Stops accepting connections; open ones finish their requests. */
  stopAccepting(): void;
  /** Settles when no HTTP request is passing through (WebSocket connections are the API thread's to close). */
  drained(): Promise<void>;
  /** Closes every connection left (after the API thread has drained). */
  close(): void;
}

export async function startFront(options: FrontOptions): Promise<RunningFront> {
  const trusted = compileTrust(options.trustProxy);
  const agent = new http.Agent({ keepAlive: true });
  const upstream = { socketPath: options.upstreamSocket, agent };
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  const probe = (answer: () => { status: number; body: Record<string, unknown> }) => (_req: Request, res: Response) => {
    const { status, body } = answer();
    res.set('Cache-Control', 'no-store').status(status).json(body);
  };
  app.get('/healthz', securityHeaders(), probe(() => options.health.liveness()));
  app.get('/readyz', securityHeaders(), probe(() => options.health.readiness()));
  // HTTP requests passing through: on shutdown the API thread is told to stop only once they are
  // done, so that one whose connection to it is still being made is not refused.
  let passing = 0;
  const onDrained: Array<() => void> = [];
  const pass = (req: http.IncomingMessage, res: http.ServerResponse) => {
    passing += 1;
    res.once('close', () => {
      passing -= 1;
      if (passing === 0) for (const done of onDrained.splice(0)) done();
    });
    let request: http.ClientRequest;
    try {
      request = http.request({ ...upstream, method: req.method, path: req.url, headers: forwardedHeaders(req, trusted) }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answerHeaders(answer.rawHeaders));
        // An answer cut short (the API thread's connection dropped) must not look complete to the client.
        answer.on('error', () => res.destroy());
        answer.pipe(res);
      });
    } catch {
      // A request target Node will not send on (characters it refuses in a path): nothing to pass.
      res.writeHead(400, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ errors: [{ message: 'expected a request target of printable characters', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    request.on('error', () => {
      if (!res.headersSent) unavailable(res);
      else res.destroy();
    });
    // A client that hangs up ends the API thread's work too (its gate slot, its transaction).
    res.on('close', () => {
      if (!res.writableFinished) request.destroy();
    });
    // No flushHeaders(): the headers then leave with the first chunk of the body, in one write,
    // so the API thread reads a small request whole in one turn of its loop instead of two.
    req.pipe(request);
  };
  // The probes' paths as Express matches them (any case, a trailing slash): any other method there
  // falls through to `pass`, as before.
  app.use((req, res) => pass(req, res));
  const probePaths = new Set(['/healthz', '/readyz']);
  const isProbePath = (url = '/') => probePaths.has((url.split('?')[0] ?? '/').toLowerCase().replace(/\/$/, ''));

  // Everything but the probes is passed on without Express: in the hop's CPU per request (client,
  // front and a bare upstream, measured in one process) that is 0.10 ms instead of 0.23.
  const server = http.createServer((req, res) => (isProbePath(req.url) ? app(req, res) : pass(req, res)));
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => upgrade(req, socket, head, upstream, trusted));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${address.port}`,
    server,
    stopAccepting() {
      server.close();
      server.closeIdleConnections();
    },
    drained() {
      return passing === 0 ? Promise.resolve() : new Promise((resolve) => onDrained.push(resolve));
    },
    close() {
      server.closeAllConnections();
      agent.destroy();
    },
  };
}

/** A WebSocket upgrade (subscriptions), passed to the API thread and then spliced byte for byte. */
function upgrade(req: http.IncomingMessage, socket: Socket, head: Buffer, upstream: { socketPath: string }, trusted: (a: string | undefined, hop: number) => boolean): void {
  socket.on('error', () => socket.destroy());
  const request = http.request({ socketPath: upstream.socketPath, method: req.method, path: req.url, headers: forwardedHeaders(req, trusted, true) });
  const statusLine = (answer: http.IncomingMessage, headers: string[]) => {
    let text = `HTTP/1.1 ${answer.statusCode} ${answer.statusMessage ?? ''}\r\n`;
    for (let i = 0; i + 1 < headers.length; i += 2) text += `${headers[i]}: ${headers[i + 1]}\r\n`;
    return `${text}\r\n`;
  };
  request.on('upgrade', (answer, upstreamSocket: Socket, upstreamHead: Buffer) => {
    upstreamSocket.on('error', () => socket.destroy());
    socket.on('close', () => upstreamSocket.destroy());
    upstreamSocket.on('close', () => socket.destroy());
    socket.write(statusLine(answer, answer.rawHeaders));
    if (upstreamHead.length > 0) socket.write(upstreamHead);
    if (head.length > 0) upstreamSocket.write(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
  });
  // The API thread refused the upgrade (origin, limits): its answer goes back as it is, then the socket closes.
  request.on('response', (answer) => {
    socket.write(statusLine(answer, [...answerHeaders(answer.rawHeaders), 'Connection', 'close']));
    answer.pipe(socket);
  });
  request.on('error', () => {
    if (socket.writable) socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  request.end();
}
