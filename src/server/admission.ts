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
 * - `concurrencyGate`: at most `maxConcurrent` GraphQL requests run at once; up to `maxQueued` more
 *   wait their turn in arrival order, and more than that get 429 with `Retry-After: 1`. Queued
 *   requests whose client hangs up leave the queue.
 *
 * Both run before the body is parsed, and /healthz, /readyz, /metrics, the workbench and the IDE
 * are served before them, so probes never wait in a GraphQL queue.
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
  const authentication = (res.locals as AdmissionLocals).authentication;
  const user = authentication ? await authentication.catch(() => null) : null;
  return user ? `sub:${user.id}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
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

/** A counting semaphore with a bounded FIFO queue, as express middleware. */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
  ) {}

  /** Requests running now and waiting now, for tests and metrics. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  readonly middleware: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const following = this.waiting.shift();
      if (following) following();
      else this.running -= 1;
    };
    const start = () => {
      res.once('close', release);
      next();
    };
    if (this.running < this.maxConcurrent) {
      this.running += 1;
      start();
      return;
    }
    if (this.waiting.length >= this.maxQueued) {
      tooManyRequests(res, 1, `expected at most ${this.maxConcurrent} requests running and ${this.maxQueued} waiting, but the server is full; retry after 1 s`);
      return;
    }
    // The slot of the request that ends is handed over as it is: running stays the same.
    const turn = () => {
      res.off('close', leave);
      if (res.destroyed || res.writableEnded) {
        // Its client left while the turn came: pass the slot on.
        released = false;
        release();
        return;
      }
      start();
    };
    const leave = () => {
      const index = this.waiting.indexOf(turn);
      if (index >= 0) this.waiting.splice(index, 1);
    };
    res.once('close', leave);
    this.waiting.push(turn);
  };
}
