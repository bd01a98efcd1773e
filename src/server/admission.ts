import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { User } from '../auth';
import type { Config } from '../config';

/**
 * Admission control in front of GraphQL: who may start a request, and when.
 *
 * - `rateLimitPerClient`: a client, known by its token's subject or else by its address (see
 *   TRUST_PROXY), may start `rateLimitPerMinute` GraphQL requests a minute (express-rate-limit, a
 *   fixed window per client). More get 429 with `Retry-After` and `RateLimit` headers.
 * - `ConcurrencyGate`: at most `maxConcurrent` GraphQL requests run at once; up to `maxQueued` more
 *   wait, the least-served client's first, and more than that get 429 with `Retry-After: 1`.
 *   Queued requests whose client hangs up leave.
 *
 * The rate limit runs before the body is parsed; the gate after the document guard, so a document
 * refused for its shape never takes a slot or a place in the queue. /healthz, /readyz, /metrics,
 * the workbench and the IDE are served before both, so probes never wait in a GraphQL queue.
 */

/** The body of a refusal, shaped like every other error of the API. */
function tooManyRequests(res: Response, retryAfterSeconds: number, message: string): void {
  res.set('Retry-After', String(retryAfterSeconds));
  res.status(429).json({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } }] });
}

/** What authenticated the request, left in res.locals by the context (a promise: verification is async). */
export interface AdmissionLocals {
  authentication?: Promise<User | null>;
}

/** The key of a client: `sub:<subject>` for a verified token, else `ip:<address>` (IPv6 by /56). */
export async function clientKey(req: Request, res: Response): Promise<string> {
  const authentication = (res.locals as AdmissionLocals | undefined)?.authentication;
  const user = authentication ? await authentication.catch(() => null) : null;
  return user ? `sub:${user.id}` : req.ip ? `ip:${ipKeyGenerator(req.ip)}` : 'ip:unknown';
}

export function rateLimitPerClient(limits: Config['limits']): RequestHandler {
  if (limits.rateLimitPerMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: limits.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientKey,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      tooManyRequests(res, seconds, `expected at most ${limits.rateLimitPerMinute} requests a minute from one client, but got more; retry after ${seconds} s`);
    },
    // The key is ours (subject or ipKeyGenerator), and TRUST_PROXY is validated by the configuration.
    validate: { keyGeneratorIpFallback: false, trustProxy: false, xForwardedForHeader: false },
  });
}

/** The key of a client, for the gate's fair queue: the same rule as the rate limit's. */
export type ClientKeyOf = (req: Request, res: Response) => string | Promise<string>;

export interface GateOptions {
  /** Who a request is from; without it every request is one client's and the queue is FIFO. */
  keyOf?: ClientKeyOf;
}

/** A client's use of the gate halves every this many milliseconds (the fair queue's memory). */
export const USAGE_HALF_LIFE_MS = 10_000;

interface Waiting {
  key: string;
  turn: () => void;
}

/**
 * A counting semaphore with a bounded queue, as express middleware.
 *
 * - At most `maxConcurrent` requests run at once.
 * - Up to `maxQueued` more wait. When a slot frees, the waiting request of the client that used
 *   the gate least lately goes next (its slot-milliseconds, halved every USAGE_HALF_LIFE_MS), and
 *   among equals the earliest: fifty heavy readers cannot keep an analyst's small search waiting
 *   behind all of them. Without `keyOf` this is plain arrival order.
 * - More than that get 429 with `Retry-After: 1`. A queued request whose client hangs up leaves.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private readonly usage = new Map<string, { ms: number; at: number }>();
  private readonly keyOf?: ClientKeyOf;

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
    options: GateOptions = {},
  ) {
    this.keyOf = options.keyOf;
  }

  /** Requests running now and waiting now, for tests and metrics. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  readonly middleware: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const key = this.keyOf ? this.keyOf(req, res) : '';
    if (typeof key === 'string') this.admit(key, res, next);
    else key.then((k) => this.admit(k, res, next), next);
  };

  private admit(key: string, res: Response, next: NextFunction): void {
    // The client hung up while its key was read (a token's verification is async): its 'close' has
    // been and gone, so a slot taken now would never be given back.
    if (res.destroyed || res.writableEnded) return;
    let released = false;
    let startedAt = 0;
    const release = () => {
      if (released) return;
      released = true;
      this.charge(key, performance.now() - startedAt);
      this.running -= 1;
      this.startWaiting();
    };
    const start = () => {
      this.running += 1;
      startedAt = performance.now();
      res.once('close', release);
      next();
    };
    if (this.running < this.maxConcurrent && this.waiting.length === 0) {
      start();
      return;
    }
    if (this.waiting.length >= this.maxQueued) {
      tooManyRequests(res, 1, `expected at most ${this.maxConcurrent} requests running and ${this.maxQueued} waiting, but the server is full; retry after 1 s`);
      return;
    }
    const leave = () => {
      const index = this.waiting.indexOf(entry);
      if (index >= 0) this.waiting.splice(index, 1);
    };
    const entry: Waiting = {
      key,
      turn: () => {
        res.off('close', leave);
        start();
      },
    };
    res.once('close', leave);
    this.waiting.push(entry);
  }

  /** Starts waiting requests while there are free slots: the least-served client's first. */
  private startWaiting(): void {
    while (this.running < this.maxConcurrent && this.waiting.length > 0) {
      const now = performance.now();
      let best = 0;
      let bestUse = this.usedBy(this.waiting[0]!.key, now);
      for (let i = 1; i < this.waiting.length; i += 1) {
        const use = this.usedBy(this.waiting[i]!.key, now);
        if (use < bestUse) {
          best = i;
          bestUse = use;
        }
      }
      const [entry] = this.waiting.splice(best, 1);
      entry!.turn();
    }
  }

  /** A client's slot-milliseconds, decayed to `now`. */
  private usedBy(key: string, now: number): number {
    const used = this.usage.get(key);
    return used ? used.ms * 2 ** (-(now - used.at) / USAGE_HALF_LIFE_MS) : 0;
  }

  private charge(key: string, ms: number): void {
    if (!this.keyOf) return;
    const now = performance.now();
    this.usage.set(key, { ms: this.usedBy(key, now) + ms, at: now });
    // Forget clients whose use has decayed to nothing, so the map stays the size of the active set.
    if (this.usage.size > 10_000) {
      for (const [k] of this.usage) if (this.usedBy(k, now) < 1) this.usage.delete(k);
    }
  }
}
