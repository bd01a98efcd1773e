import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { RequestLocals } from '../api';

export type { Logger } from 'pino';

/** The header that carries a request's id, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a client may choose: short, printable, no spaces (anything else is replaced). */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths polled by probes and scrapers: logged at debug so they do not drown the requests. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One JSON line per event (pino). Tokens never reach the log: the authorization header is not
 * logged, and bearer tokens in messages are redacted by the callers that could see them.
 */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'conflict-knowledge-graph' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

// What the request-logging middleware leaves in `res.locals`: declared by the GraphQL layer, which reads it.
export type { RequestLocals };

/**
 * Gives every request an id (the client's X-Request-Id when it is well-formed, else a new UUID),
 * returns it in the X-Request-Id response header, and logs one line when the response ends.
 */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const offered = req.get(REQUEST_ID_HEADER);
    const requestId = offered && CLIENT_REQUEST_ID.test(offered) ? offered : randomUUID();
    const log = logger.child({ requestId });
    const locals = res.locals as RequestLocals;
    locals.requestId = requestId;
    locals.log = log;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // req.path changes as routers strip their mount points; the original URL does not.
    const path = req.originalUrl.split('?')[0] ?? '/';
    const started = performance.now();
    const line = (event: string) => () => {
      const entry = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(locals.operationName ? { operation: locals.operationName } : {}),
      };
      const level = QUIET_PATHS.has(path) ? 'debug' : 'info';
      log[level](entry, event);
    };
    res.once('finish', line('request completed'));
    res.once('close', () => {
      if (!res.writableFinished) line('request aborted by the client')();
    });
    next();
  };
}
