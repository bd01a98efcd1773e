import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../api';
import { holdsRole } from '../auth';
import type { Database } from '../neo4j';
import type { AdmissionLocals } from './admission';

/**
 * Idempotency keys for mutations: a client sends `Idempotency-Key: <1–128 of A-Za-z0-9._:->` with a
 * mutation, and may send the same request again with the same key (after a timeout, a dropped
 * connection) to learn the first attempt's outcome instead of doing the work twice.
 *
 * - The first request with a key claims it (an `:IdempotencyKey` node in Neo4j, unique by the hash
 *   of the token's subject and the key, so it survives restarts and is shared by every instance),
 *   runs, and its answer (HTTP status and body) is stored as the key's outcome, even when the
 *   client was already told REQUEST_TIMEOUT: the work goes on in the service, and what it finally
 *   answered is what a retry learns.
 * - A retry of a key whose outcome is stored gets that answer again, with `Idempotent-Replayed: true`.
 * - A retry while the first is still running, or was cut off before its outcome could be stored,
 *   gets 409 IDEMPOTENCY_KEY_IN_PROGRESS with `Retry-After`.
 * - The same key with a different request (document, operation name or variables) gets 422
 *   IDEMPOTENCY_KEY_REUSED.
 * Keys are kept IDEMPOTENCY_TTL_SECONDS, and every key claimed deletes a few expired ones
 * (claimIdempotencyKey.cypher), so they do not pile up. The header is ignored on queries and on
 * requests without a token that may write (none, or a viewer's: such a mutation is refused anyway).
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3_600;
const KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/** What the middleware leaves for the plugin, and what the document guard leaves for both. */
export interface IdempotencyLocals extends AdmissionLocals {
  deadline?: number;
  operationType?: string;
  idempotency?: { id: string; claimant: string };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function refuse(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Express middleware: claims the key, or answers a retry from the stored outcome. */
export function idempotencyKeys(db: Database) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const key = req.get(IDEMPOTENCY_HEADER);
    const locals = res.locals as IdempotencyLocals;
    if (key === undefined || locals.operationType !== 'mutation') {
      next();
      return;
    }
    if (!KEY.test(key)) {
      refuse(res, 400, 'BAD_REQUEST', `expected an Idempotency-Key of 1 to 128 characters from A-Z, a-z, 0-9, ".", "_", ":" and "-", but got ${key.length} characters that are not`);
      return;
    }
    const user = locals.authentication ? await locals.authentication.catch(() => null) : null;
    // A caller who may not write has nothing to make idempotent (every mutation refuses it), and a
    // key of theirs would store an answer in Neo4j for nothing.
    if (!user || !holdsRole(user, 'analyst')) {
      next();
      return;
    }
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown };
    const id = sha256(`${user.id}\n${key}`);
    const claimant = randomUUID();
    const fingerprint = sha256(JSON.stringify([body.query, body.operationName ?? null, body.variables ?? null]));
    let row: { key: { state: string; fingerprint: string; status: number | null; body: string | null }; claimed: boolean };
    try {
      const scoped = locals.deadline === undefined ? db : db.forRequest(locals.deadline);
      [row] = (await scoped.write('claimIdempotencyKey', { id, fingerprint, claimant, ttlSeconds: IDEMPOTENCY_TTL_SECONDS })) as [typeof row];
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      if (code === 'SERVICE_UNAVAILABLE' || code === 'REQUEST_TIMEOUT') refuse(res, 503, code, (error as Error).message);
      else next(error);
      return;
    }
    if (row.claimed) {
      locals.idempotency = { id, claimant };
      next();
      return;
    }
    if (row.key.fingerprint !== fingerprint) {
      refuse(res, 422, 'IDEMPOTENCY_KEY_REUSED', 'expected the same request as the first one sent with this Idempotency-Key, but got a different one; use a new key for a new request');
      return;
    }
    if (row.key.state === 'DONE' && row.key.body !== null) {
      res.status(row.key.status ?? 200).set('Idempotent-Replayed', 'true').type('application/json').send(row.key.body);
      return;
    }
    res.set('Retry-After', '1');
    refuse(res, 409, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'expected the first request with this Idempotency-Key to have finished, but its outcome is not stored yet (it is still running, or the service stopped before it could store it); retry later with the same key');
  };
}

/** Stores the answer of a request that claimed a key, as the key's outcome. */
export function idempotencyPlugin(db: Database): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const claim = (contextValue.locals as IdempotencyLocals | undefined)?.idempotency;
          if (!claim || response.body.kind !== 'single') return;
          const body = JSON.stringify(response.body.singleResult);
          // Not bound to the request's deadline: the outcome must be stored even after a late finish.
          await db
            .write('completeIdempotencyKey', { ...claim, status: response.http.status ?? 200, body })
            .catch((error: unknown) => contextValue.log?.warn({ err: error }, 'could not store the outcome of an idempotency key'));
        },
      };
    },
  };
}
