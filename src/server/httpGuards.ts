import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import type { RequestLocals } from './logging';

/**
 * A request's URL parameters as Apollo reads a GET's: every key of the query string, never the body.
 * Express's `req.query` stops at 1,000 keys, and a guard reading `req.body` on a GET would judge a
 * document Apollo never runs (it reads only the URL), so guards (and TAXII's filters) read this instead.
 */
export function getParameters(req: Request): URLSearchParams {
  const at = req.originalUrl.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : req.originalUrl.slice(at + 1));
}

/** A GraphQL-shaped error body, so clients parse every failure the same way. */
function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * Ends a request that is still running after `timeoutMs` with HTTP 503 and code REQUEST_TIMEOUT.
 * The request's Neo4j transactions stop on their own at the same deadline (Database.forRequest);
 * this catches the rest. Whatever the request tries to send afterwards is dropped. A mutation cut
 * off here is still running, and Neo4j may still commit it (a frozen or slow Neo4j does not enforce
 * its timeout until it runs again): its answer says `outcome: UNKNOWN`, and a client that sent an
 * Idempotency-Key learns the real outcome by sending the request again (idempotency.ts).
 */
export function requestTimeout(timeoutMs: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    (res.locals as { deadline?: number }).deadline = Date.now() + timeoutMs;
    // A moment of grace, so that a request stopped by its Neo4j deadline can still answer normally.
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      if ((res.locals as { operationType?: string }).operationType === 'mutation') {
        res.status(503).json({ errors: [{ message: mutationTimeoutMessage(timeoutMs), extensions: { code: 'REQUEST_TIMEOUT', outcome: 'UNKNOWN' } }] });
      } else {
        res.status(503).json(errorBody(`The request took longer than ${timeoutMs} ms and was stopped.`, 'REQUEST_TIMEOUT'));
      }
      // The late answer, when it comes, goes nowhere (instead of failing with ERR_HTTP_HEADERS_SENT).
      const dropped = () => res;
      res.status = dropped;
      res.set = dropped as unknown as Response['set'];
      res.setHeader = dropped as unknown as Response['setHeader'];
      res.send = dropped;
      res.json = dropped;
      res.write = (() => true) as unknown as Response['write'];
      res.end = dropped as unknown as Response['end'];
    }, timeoutMs + 1_000);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** What a client is told when a mutation runs out of time before it is known to have ended. */
export function mutationTimeoutMessage(timeoutMs: number): string {
  return (
    `The mutation took longer than ${timeoutMs} ms; its outcome is unknown: it may still be applied. ` +
    'Send it again with the same Idempotency-Key to learn the outcome, or read the data before retrying.'
  );
}

/** Error codes for the HTTP-level failures express reports before GraphQL runs. */
const HTTP_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the server accepts (LIMIT_MAX_BODY_BYTES).' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an encoding the server does not accept.' },
};

/**
 * The last handler: body-parser and other middleware failures become a short JSON error with a 4xx
 * status, never express's HTML page with a stack trace; anything else is logged and masked as 500.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const known = HTTP_ERRORS[status];
  if (status === 500) (res.locals as RequestLocals).log?.error({ err: error }, 'unexpected error outside GraphQL');
  if (res.headersSent) return;
  const requestId = (res.locals as RequestLocals).requestId;
  res
    .status(status)
    .json(errorBody(known?.message ?? (status === 500 ? `Internal server error (request ${requestId})` : 'The request was refused.'), known?.code ?? (status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST')));
};
