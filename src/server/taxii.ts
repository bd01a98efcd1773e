import express, { type NextFunction, type Request, type Response } from 'express';
import type { Authenticator } from '../auth';
import type { Database } from '../neo4j';
import { getParameters } from './httpGuards';
import {
  collectionResource, COLLECTION_ID, manifestEntry, parseTaxiiQuery, readCollection, selectPage, TAXII_MEDIA_TYPE,
  type CollectedObject,
} from '../stix';

export const TAXII_PATH = '/taxii2';
const API_ROOT = `${TAXII_PATH}/api/`;

/** How long a built collection serves further requests (a client paging through it): docs/stix.md. */
export const TAXII_CACHE_MS = 5_000;

export interface TaxiiOptions {
  authenticate: Authenticator;
  /** As for GraphQL: whether a request without a token may read. */
  anonymousRead: boolean;
  /** Bytes a request may send; TAXII's max_content_length (read-only, so only for the record). */
  maxContentLength: number;
}

/**
 * TAXII 2.1, read-only (docs/stix.md): discovery at /taxii2/, one API root at /taxii2/api/ with one
 * collection of the graph's STIX objects, its objects (one or all, filtered and paged) and its
 * manifest. Answers are application/taxii+json;version=2.1; errors are TAXII error messages. It
 * takes the same bearer tokens as /graphql: without one it answers only when anonymous reading is on.
 */
export function taxiiRouter(db: Database, options: TaxiiOptions): express.Router {
  const router = express.Router({ strict: false });
  const collection = cachedCollection(db);

  router.use(TAXII_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return taxiiError(res, 405, 'Method not allowed', 'this TAXII server is read-only: it answers GET only');
    if (!acceptsTaxii(req.headers.accept)) return taxiiError(res, 406, 'Not acceptable', `expected Accept: ${TAXII_MEDIA_TYPE}, but got ${req.headers.accept}`);
    options.authenticate(req.headers.authorization).then(
      (user) => {
        if (!user && !options.anonymousRead) {
          res.setHeader('WWW-Authenticate', 'Bearer');
          return taxiiError(res, 401, 'Unauthorized', 'expected a bearer token: this server does not let anonymous requests read');
        }
        next();
      },
      (error: Error) => {
        res.setHeader('WWW-Authenticate', 'Bearer');
        taxiiError(res, 401, 'Unauthorized', error.message);
      },
    );
  });

  // The API root is given as a relative URL, which TAXII 2.1 allows and clients resolve against the
  // discovery URL. An absolute one would have to be built from the request's Host header, which the
  // client writes: a forged Host would point readers, and any cache between, at another server.
  router.get(`${TAXII_PATH}/`, (_req, res) => taxii(res, {
    title: 'Conflict knowledge graph',
    description: 'STIX 2.1 objects of a knowledge graph of what sources report about conflicts. Read-only.',
    default: API_ROOT,
    api_roots: [API_ROOT],
  }));
  router.get(API_ROOT, (_req, res) => taxii(res, {
    title: 'Conflict knowledge graph',
    versions: [TAXII_MEDIA_TYPE],
    max_content_length: options.maxContentLength,
  }));
  router.get(`${API_ROOT}collections/`, (_req, res) => taxii(res, { collections: [collectionResource()] }));

  const collectionPath = `${API_ROOT}collections/:collectionId`;
  const known = (req: Request, res: Response) => {
    if (req.params.collectionId === COLLECTION_ID) return true;
    taxiiError(res, 404, 'Not found', `no collection has the id ${JSON.stringify(req.params.collectionId)}`);
    return false;
  };
  router.get(`${collectionPath}/`, (req, res) => known(req, res) && taxii(res, collectionResource()));

  const page = (objectId: string | null) => async (req: Request, res: Response, next: NextFunction) => {
    if (!known(req, res)) return;
    let query;
    try {
      query = parseTaxiiQuery(queryOf(req));
    } catch (error) {
      return taxiiError(res, 400, 'Bad request', (error as Error).message);
    }
    try {
      const all = await collection();
      const answer = selectPage(all, objectId ? { ...query, ids: [objectId] } : query);
      if (objectId && answer.objects.length === 0 && !all.some((o) => o.object.id === objectId)) {
        return taxiiError(res, 404, 'Not found', `the collection holds no object ${JSON.stringify(objectId)}`);
      }
      const first = answer.objects[0];
      const last = answer.objects[answer.objects.length - 1];
      if (first && last) {
        res.setHeader('X-TAXII-Date-Added-First', first.addedAt);
        res.setHeader('X-TAXII-Date-Added-Last', last.addedAt);
      }
      return { answer, send: (body: object) => taxii(res, body) };
    } catch (error) {
      next(error);
    }
  };
  const envelope = (p: { objects: CollectedObject[]; more: boolean; next: string | null }, items: unknown[]) => ({
    more: p.more,
    ...(p.next ? { next: p.next } : {}),
    ...(items.length > 0 ? { objects: items } : {}),
  });
  router.get(`${collectionPath}/objects/`, async (req, res, next) => {
    const result = await page(null)(req, res, next);
    if (result) result.send(envelope(result.answer, result.answer.objects.map((o) => o.object)));
  });
  router.get(`${collectionPath}/objects/:objectId/`, async (req, res, next) => {
    const result = await page(String(req.params.objectId))(req, res, next);
    if (result) result.send(envelope(result.answer, result.answer.objects.map((o) => o.object)));
  });
  router.get(`${collectionPath}/manifest/`, async (req, res, next) => {
    const result = await page(null)(req, res, next);
    if (result) result.send(envelope(result.answer, result.answer.objects.map(manifestEntry)));
  });
  router.use(TAXII_PATH, (_req, res) => taxiiError(res, 404, 'Not found', 'no such TAXII resource'));
  return router;
}

/**
 * The collection, built at most once per TAXII_CACHE_MS and once at a time, so a client paging
 * through it pays once: a build still running is shared, however long it takes, and the copy it
 * gives is kept TAXII_CACHE_MS from when it was done.
 */
function cachedCollection(db: Database): () => Promise<CollectedObject[]> {
  let cached: { doneAt: number | null; value: Promise<CollectedObject[]> } | null = null;
  return () => {
    if (!cached || (cached.doneAt !== null && Date.now() - cached.doneAt > TAXII_CACHE_MS)) {
      const entry: { doneAt: number | null; value: Promise<CollectedObject[]> } = { doneAt: null, value: readCollection(db) };
      entry.value.then(
        () => { entry.doneAt = Date.now(); },
        () => { if (cached === entry) cached = null; },
      );
      cached = entry;
    }
    return cached.value;
  };
}

/** The query string as TAXII names it (`match[type]` stays one key; repeated keys join with commas). */
function queryOf(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of getParameters(req)) query[key] = key in query ? `${query[key]},${value}` : value;
  return query;
}

function acceptsTaxii(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (type === '*/*' || type === 'application/*') return true;
    if (type !== 'application/taxii+json') return false;
    const version = params.find((p) => p.startsWith('version='));
    return !version || version === 'version=2.1';
  });
}

function taxii(res: Response, body: object): void {
  res.status(200).type(TAXII_MEDIA_TYPE).send(JSON.stringify(body));
}

function taxiiError(res: Response, status: number, title: string, description: string): void {
  res.status(status).type(TAXII_MEDIA_TYPE).send(JSON.stringify({ title, description, http_status: String(status) }));
}

