import { uuidV5 } from '../support';
import type { Database } from '../neo4j';
import { extensionOf } from './extension';
import type { CollectedObject, GraphSlice } from './model';
import { readWholeGraph } from './readSlice';
import { toTimestamp, UNKNOWN_TIME } from './time';
import { toStixObjects } from './toStix';

/**
 * The TAXII 2.1 collection's logic (the HTTP part is src/server/taxii.ts): one read-only collection
 * holding the graph's STIX objects, each with the time it entered the graph (date_added), filtered
 * by added_after and match[type|id|version|spec_version], in date_added order, paged with an opaque
 * `next` cursor. Each object has one version: the graph keeps no history of STIX versions.
 */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
export const COLLECTION_ID = uuidV5('conflict-knowledge-graph/taxii/collection/graph', '6a0e3c5d-1f2b-5d4e-8a9c-7b3f2e1d0c9a');
export const TAXII_PAGE = { default: 100, max: 1_000 } as const;

export function collectionResource() {
  return {
    id: COLLECTION_ID,
    title: 'Conflict knowledge graph',
    description: 'Every entity, source, claim and fact of the graph as STIX 2.1 objects (docs/stix.md). Read-only.',
    can_read: true,
    can_write: false,
    media_types: [STIX_MEDIA_TYPE],
  };
}

/** The objects of the collection with their date_added: the graph's creation time of what each came from. */
export function collectObjects(slice: GraphSlice): CollectedObject[] {
  const added = new Map<string, string>();
  for (const e of slice.entities) added.set(e.id, toTimestamp(e.createdAt));
  for (const s of slice.sources) added.set(s.id, toTimestamp(s.retrievedAt));
  for (const c of slice.claims) added.set(c.id, toTimestamp(c.createdAt));
  // A fact changes when a claim behind it arrives: it counts as added with its latest claim.
  for (const f of slice.facts) added.set(f.id, f.claimIds.map((id) => added.get(id) ?? UNKNOWN_TIME).sort().at(-1) ?? UNKNOWN_TIME);
  return toStixObjects(slice)
    .map((object) => ({ object, addedAt: added.get(extensionOf(object)?.kg_id as string) ?? UNKNOWN_TIME }))
    .sort(byAdded);
}

/** Reads the whole graph into the collection. */
export async function readCollection(db: Database): Promise<CollectedObject[]> {
  return collectObjects(await readWholeGraph(db));
}

/** The filters of Get Objects and Get Object Manifests (TAXII 2.1 §3.4, §5.3, §5.6). */
export interface TaxiiQuery {
  addedAfter: string | null;
  types: string[] | null;
  ids: string[] | null;
  versions: string[] | null;
  specVersions: string[] | null;
  limit: number;
  next: string | null;
}

/** The most values one `match[…]` filter takes. */
export const MAX_MATCH_VALUES = 100;

/** Reads and checks a query string; throws "name: expected ..., but got ..." on a bad value. */
export function parseTaxiiQuery(query: Record<string, unknown>): TaxiiQuery {
  const list = (name: string) => {
    const value = query[name];
    if (value === undefined) return null;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    const values = text.split(',').map((v) => v.trim()).filter((v) => v !== '');
    // Each object of the collection is tested against the list: a list of thousands would make one request cost millions of tests.
    if (values.length > MAX_MATCH_VALUES) throw new Error(`${name}: expected at most ${MAX_MATCH_VALUES} values, but got ${values.length}`);
    return values;
  };
  const addedAfter = query.added_after === undefined ? null : String(query.added_after);
  if (addedAfter !== null && Number.isNaN(new Date(addedAfter).getTime())) {
    throw new Error(`added_after: expected a timestamp (2025-01-31T00:00:00.000Z), but got ${JSON.stringify(addedAfter)}`);
  }
  const limitText = query.limit === undefined ? null : String(query.limit);
  const limit = limitText === null ? TAXII_PAGE.default : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit: expected a whole number from 1, but got ${JSON.stringify(limitText)}`);
  const next = query.next === undefined || query.next === '' ? null : String(query.next);
  if (next !== null) decodeNext(next);
  return {
    addedAfter: addedAfter && new Date(addedAfter).toISOString(),
    types: list('match[type]'),
    ids: list('match[id]'),
    versions: list('match[version]'),
    specVersions: list('match[spec_version]'),
    limit: Math.min(limit, TAXII_PAGE.max),
    next,
  };
}

/** One page of a query's answer: the objects, whether more follow, and the cursor to them. */
export interface TaxiiPage {
  objects: CollectedObject[];
  more: boolean;
  next: string | null;
}

export function selectPage(collection: readonly CollectedObject[], query: TaxiiQuery): TaxiiPage {
  const after = query.next ? decodeNext(query.next) : null;
  const matching = collection.filter(({ object, addedAt }) =>
    (query.addedAfter === null || addedAt > query.addedAfter)
    && (query.types === null || query.types.includes(object.type))
    && (query.ids === null || query.ids.includes(object.id))
    && (query.specVersions === null || query.specVersions.includes('2.1'))
    // One version per object: "last", "first" and "all" all name it, as does its modified time.
    && (query.versions === null || query.versions.some((v) => v === 'last' || v === 'first' || v === 'all' || v === object.modified))
    && (after === null || byAdded({ object, addedAt }, { object: { type: '', id: after.id }, addedAt: after.addedAt }) > 0));
  const objects = matching.slice(0, query.limit);
  const more = matching.length > objects.length;
  const last = objects[objects.length - 1];
  return { objects, more, next: more && last ? encodeNext(last) : null };
}

/** The manifest entry of an object (§5.6). */
export function manifestEntry({ object, addedAt }: CollectedObject) {
  return { id: object.id, date_added: addedAt, version: object.modified ?? addedAt, media_type: STIX_MEDIA_TYPE };
}

function byAdded(a: CollectedObject, b: CollectedObject): number {
  return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.object.id < b.object.id ? -1 : a.object.id > b.object.id ? 1 : 0;
}

/** `next` is opaque to clients: the date_added and id of the last object sent, base64url-encoded. */
function encodeNext({ object, addedAt }: CollectedObject): string {
  return Buffer.from(JSON.stringify([addedAt, object.id])).toString('base64url');
}

function decodeNext(next: string): { addedAt: string; id: string } {
  try {
    const [addedAt, id] = JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as unknown[];
    if (typeof addedAt === 'string' && typeof id === 'string') return { addedAt, id };
  } catch {
    // reported below
  }
  throw new Error(`next: expected the value of "next" from a previous page, but got ${JSON.stringify(next)}`);
}

