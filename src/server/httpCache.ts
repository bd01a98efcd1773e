import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { NextFunction, Request, Response } from 'express';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../api';
import { parseAsOf } from '../support';
import { getParameters } from './httpGuards';

/**
 * HTTP caching of GraphQL answers (docs/api.md#http-caching).
 *
 * An answer is cacheable by anyone, a browser or a CDN (`Cache-Control: public, max-age=…`), only
 * when all of these hold; every other answer says `no-store`:
 * - it answers a persisted query (a `persistedQuery` hash in `extensions`) sent by GET, so its URL
 *   is short and stable and names the document;
 * - the request carries no token: what it reads, anyone may read (with a token the answer may
 *   depend on the caller's role, and it must not land in a shared cache);
 * - it is a query, with no error;
 * - Apollo's cache-control policy for it is public: every field of the schema is public for
 *   PUBLIC_MAX_AGE seconds, except those marked `@cacheControl(maxAge: 0, scope: PRIVATE)` in
 *   schema/ (`Query.viewer`, which is about the caller).
 * A field read `asOf` a day that has ended (and everything below it that takes no `asOf` of its own)
 * is what was known then, which new knowledge dated later does not change: it may be kept
 * PAST_AS_OF_MAX_AGE seconds. Not for ever: a source backfilled with an old publication date does
 * change what the graph says was known then.
 */
export const PUBLIC_MAX_AGE = 60;
export const PAST_AS_OF_MAX_AGE = 3600;

/**
 * The request header that marks a GET of a persisted query as exempt from Apollo's CSRF check. The
 * server sets it itself (persistedGetCsrfExemption), after removing any a client sent.
 */
export const PERSISTED_GET_HEADER = 'x-kg-persisted-get';

/** The persisted-query hash of a request's `extensions`, if it has one (GET: a JSON text in the URL). */
function persistedQueryHash(extensions: unknown): string | null {
  let value = extensions;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' && hash.length > 0 ? hash : null;
}

/**
 * A GET of an already persisted query: a hash, and no document. The only requests that may skip
 * Apollo's CSRF check, which asks every GET for a header a browser sends cross-site only after a
 * CORS preflight. It is safe to skip because:
 * - a GET never writes: Apollo refuses a mutation sent by GET (405), and the server reads nothing
 *   else from a GET;
 * - the server takes no ambient credentials: no cookie, no HTTP authentication; the token is an
 *   Authorization header, which a page of another site cannot attach without a preflight. A forged
 *   GET runs as anonymous, as its author could run it himself;
 * - its answer is not readable by that page (CORS), and the hash names only a document that a client
 *   registered before (by POST, or by GET with the CSRF header);
 * so a link or an <img> can make a browser fetch a public answer, and nothing more.
 */
export function isPersistedGet(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const params = getParameters(req);
  return !params.has('query') && persistedQueryHash(params.get('extensions')) !== null;
}

/** Marks a GET of a persisted query as exempt from the CSRF check (see isPersistedGet); nothing else. */
export function persistedGetCsrfExemption(req: Request, _res: Response, next: NextFunction): void {
  delete req.headers[PERSISTED_GET_HEADER];
  if (isPersistedGet(req)) req.headers[PERSISTED_GET_HEADER] = 'persisted-query';
  next();
}

/** Whether an `asOf` argument names a day (or month, or year) that has ended before today (UTC). */
export function isPastAsOf(asOf: unknown, today = new Date().toISOString().slice(0, 10)): boolean {
  if (typeof asOf !== 'string') return false;
  try {
    const end = parseAsOf(asOf);
    return end !== null && end < today;
  } catch {
    return false;
  }
}

/** What Apollo's cache-control plugin adds to every field's `info` (see @apollo/cache-control-types). */
interface FieldCacheControl {
  cacheHint: { maxAge?: number };
  setCacheHint(hint: { maxAge?: number }): void;
}
const cacheControlOf = (info: GraphQLResolveInfo) => (info as unknown as { cacheControl: FieldCacheControl }).cacheControl;

const appendVary = (vary: string | undefined, name: string) =>
  vary && vary.split(',').some((v) => v.trim().toLowerCase() === name) ? vary : vary ? `${vary}, ${name}` : name;

/**
 * Apollo's cache-control plugin (the policy: @cacheControl in schema/, PUBLIC_MAX_AGE by default),
 * then ours: past `asOf` reads kept longer, and the Cache-Control header by the rules above.
 */
export function httpCachePlugins(): ApolloServerPlugin<Context>[] {
  // Apollo calls the plugins' willResolveField in reverse order: ours, listed first, runs after
  // Apollo's has given the field its `info.cacheControl`.
  return [httpCacheHeaderPlugin(), onlyForCacheCandidates(ApolloServerPluginCacheControl({ defaultMaxAge: PUBLIC_MAX_AGE, calculateHttpHeaders: false }))];
}

/**
 * Apollo's cache-control plugin, for the requests whose answer may be cached (a GET of a persisted
 * query without a token; see mayBeCacheable): it works out a policy field by field, which is wasted
 * on every other request (a POST always says no-store). Without any plugin hooking each field,
 * Apollo runs the resolvers as they are.
 */
function onlyForCacheCandidates(plugin: ApolloServerPlugin<Context>): ApolloServerPlugin<Context> {
  return {
    ...plugin,
    async requestDidStart(requestContext) {
      if (!mayBeCacheable(requestContext.request, 'query')) return;
      return plugin.requestDidStart?.(requestContext);
    },
  };
}

/**
 * Whether an answer may be cacheable at all, from the request alone: a GET of a persisted query,
 * without a token, of a query (the rest of the rules need the answer).
 */
function mayBeCacheable(request: { http?: { method: string; headers: { get(name: string): string | undefined } }; extensions?: unknown }, operation: string | undefined): boolean {
  const http = request.http;
  return http?.method === 'GET' && persistedQueryHash(request.extensions) !== null && !http.headers.get('authorization') && operation === 'query';
}

function httpCacheHeaderPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let candidate = false;
      return {
        async didResolveOperation({ request, operation, overallCachePolicy }) {
          candidate = mayBeCacheable(request, operation?.operation);
          // An answer that will say no-store whatever its fields (a mutation sent by GET): Apollo's
          // cache-control plugin then skips working out each field's policy.
          if (!candidate) overallCachePolicy.restrict({ maxAge: 0 });
        },
        async executionDidStart() {
          if (!candidate) return;
          // Response paths (joined) of the fields read as of a past day: their subtrees are immutable too.
          const pastViews = new Set<string>();
          return {
            willResolveField({ info, args }) {
              const field = info.parentType.getFields()[info.fieldName];
              const takesAsOf = field?.args.some((a) => a.name === 'asOf') ?? false;
              if (!takesAsOf && pastViews.size === 0) return;
              const path = responsePathAsArray(info.path);
              let past = takesAsOf && isPastAsOf((args as { asOf?: unknown }).asOf);
              // A field without an `asOf` of its own shows what its past parent shows.
              for (let i = path.length - 1; !takesAsOf && i > 0 && !past; i--) past = pastViews.has(path.slice(0, i).join('.'));
              if (!past) return;
              pastViews.add(path.join('.'));
              const control = cacheControlOf(info);
              if (!control) return;
              // A field marked private or uncacheable in the schema stays so.
              if (control.cacheHint.maxAge !== 0) control.setCacheHint({ maxAge: PAST_AS_OF_MAX_AGE });
            },
          };
        },
        async willSendResponse({ request, response, operation, overallCachePolicy }) {
          const http = request.http;
          const headers = response.http.headers;
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable =
            mayBeCacheable(request, operation?.operation) &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors &&
            policy?.scope === 'PUBLIC';
          headers.set('cache-control', cacheable ? `public, max-age=${policy.maxAge}` : 'no-store');
          // A shared cache must not hand an anonymous answer to a caller with a token.
          if (http?.method === 'GET') headers.set('vary', appendVary(headers.get('vary'), 'authorization'));
        },
      };
    },
  };
}
