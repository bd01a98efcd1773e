import path from 'node:path';
import { loadQueries, type QueryCatalog } from '../src/cypher';
import { buildLuceneQuery } from '../src/entity/searchQuery';
import { LIMITS } from '../src/graph/repository';
import { decodeCursor, decodeSortCursor, encodeCursor, normalizeName, projectRoot, timeWindow } from '../src/support';
import type { TracedCall } from './trace';
import type { QueryId } from './workload';

/**
 * The "floor over HTTP" (issue 14, item 6): for each read of the workload, the best single Cypher
 * statement for it (bench/floorCypher/*.cypher), behind a bare node:http handler
 * (bench/floorServer.ts). This module is the handler's logic, kept pure so it can be tested and
 * profiled: how a request's variables become the statement's parameters, and how the statement's
 * one row becomes the JSON our GraphQL answer's `data` has. Arguments the statements do not cover
 * (an as-of date, other filters) are refused, never ignored, so the floor cannot answer less.
 */
export const FLOOR_CYPHER_DIR = path.join(projectRoot, 'bench', 'floorCypher');

let catalog: QueryCatalog | null = null;

/** The floor's statements, read once per process. */
export function floorStatements(): QueryCatalog {
  catalog ??= loadQueries(FLOOR_CYPHER_DIR);
  return catalog;
}

/** What one request runs: a named statement and its parameters. */
export interface FloorCall {
  name: string;
  params: Record<string, unknown>;
}

/** One read: its statement's parameters from the request's variables, and the answer from its one row. */
export interface FloorQuery {
  call(variables: Record<string, unknown>): FloorCall;
  /** The answer's `data`, from the statement's row (its parameters are given for the page size). */
  answer(row: Record<string, unknown>, call: FloorCall): Record<string, unknown>;
}

/** The sizes the workload's query texts fix (bench/workload.ts), and our API's own bounds. */
const SIZES = { relationshipsOfEntity: 20, neighborhoodLimit: 200, searchFirst: 10, pathHops: 4, pathsFirst: 5, timelineFirst: 50, relationshipsFirst: 20, claimsFirst: 20 } as const;
/** Above every id: where a fact type not asked for starts its empty range (as in src/graph/repository.ts). */
const PAST_EVERY_ID = '\u{10FFFF}';

function requireString(variables: Record<string, unknown>, name: string): string {
  const value = variables[name];
  if (typeof value !== 'string' || value === '') throw new Error(`expected the variable "${name}" to be a non-empty string, but got ${JSON.stringify(value)}`);
  return value;
}

/** Refuses keys the statement does not handle, so the floor never answers a narrower question. */
function onlyKeys(what: string, value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`expected ${what} to be an object, but got ${JSON.stringify(value)}`);
  const extra = Object.keys(value).filter((k) => !allowed.includes(k));
  if (extra.length > 0) throw new Error(`expected ${what} to use only ${allowed.join(', ')}, but it has ${extra.join(', ')} (the floor over HTTP has no statement for them)`);
  return value as Record<string, unknown>;
}

/** The valid-time window and minimum confidence of a relationship or claim filter, as parameters. */
function windowParams(filter: Record<string, unknown>) {
  const during = onlyKeys('validDuring', filter.validDuring, ['from', 'to', 'keepUndated']);
  const window = timeWindow(during.from as string | null | undefined, during.to as string | null | undefined);
  const minConfidence = filter.minConfidence ?? null;
  if (minConfidence !== null && typeof minConfidence !== 'number') throw new Error(`expected minConfidence to be a number, but got ${JSON.stringify(minConfidence)}`);
  return { windowStart: window?.start ?? null, windowEnd: window?.end ?? null, keepUndated: during.keepUndated === true, minConfidence };
}

const stringList = (value: unknown): string[] | null => (Array.isArray(value) && value.length > 0 ? value.map(String) : null);
const afterId = (after: unknown) => (typeof after === 'string' ? decodeCursor(after) : null);

interface PageItem {
  node: { id: string };
  sortKey?: string;
}

/** A forward page read with one row more than its size: the Relay shape our connections give (edges, hasNextPage, endCursor). */
export function pageAnswer(items: readonly PageItem[], size: number, sorted: boolean) {
  const edges = items.slice(0, size).map((item) => ({ cursor: encodeCursor(item.node.id, sorted ? (item.sortKey ?? null) : undefined), node: item.node }));
  return { edges, pageInfo: { hasNextPage: items.length > size, endCursor: edges[edges.length - 1]?.cursor ?? null } };
}

export const FLOOR_QUERIES: Record<QueryId, FloorQuery> = {
  Q1: {
    call: (v) => ({ name: 'floorEntityWithRelationships', params: { id: requireString(v, 'id'), limit: SIZES.relationshipsOfEntity } }),
    answer: (row) => ({ entity: row.data }),
  },
  Q2: {
    call: (v) => ({ name: 'floorNeighborhood', params: { id: requireString(v, 'id'), limit: SIZES.neighborhoodLimit, fanout: LIMITS.fanout } }),
    answer: (row) => ({ neighborhood: row.data }),
  },
  Q3: {
    call: (v) => {
      const text = requireString(v, 'text');
      // Every word: what ours asks first, and all it asks when an entity holds every word (the
      // workload's typed name always has one: the entity it was typed from).
      const query = buildLuceneQuery(text, 'every');
      if (query === null) throw new Error(`expected the search text to hold a letter or digit, but got ${JSON.stringify(text)}`);
      return { name: 'floorSearch', params: { query, wanted: normalizeName(text), candidates: Math.max(50, SIZES.searchFirst * 5), first: SIZES.searchFirst } };
    },
    answer: (row) => ({ search: row.data }),
  },
  Q4: {
    call: (v) => {
      const [from, to] = [requireString(v, 'from'), requireString(v, 'to')];
      if (from === to) throw new Error('expected two different entities (the floor over HTTP has no statement for a path of length 0)');
      return { name: 'floorPaths', params: { from, to, maxHops: SIZES.pathHops, first: SIZES.pathsFirst } };
    },
    answer: (row) => ({ paths: row.data }),
  },
  Q5: {
    call: (v) => {
      const cursor = typeof v.after === 'string' ? decodeSortCursor(v.after) : null;
      return { name: 'floorTimeline', params: { entityId: requireString(v, 'id'), afterKey: cursor?.key ?? null, afterId: cursor?.id ?? null, limit: SIZES.timelineFirst + 1 } };
    },
    answer: (row) => ({ timeline: pageAnswer(row.page as PageItem[], SIZES.timelineFirst, true) }),
  },
  Q6: {
    call: (v) => {
      const filter = onlyKeys('the relationship filter', v.filter, ['types', 'validDuring', 'minConfidence']);
      return {
        name: 'floorRelationshipsPage',
        params: { types: stringList(filter.types), ...windowParams(filter), afterId: afterId(v.after), pastEveryId: PAST_EVERY_ID, limit: SIZES.relationshipsFirst + 1 },
      };
    },
    answer: (row) => ({ relationships: pageAnswer(row.page as PageItem[], SIZES.relationshipsFirst, false) }),
  },
  Q6c: {
    call: (v) => {
      const filter = onlyKeys('the claim filter', v.filter, ['predicates', 'validDuring', 'minConfidence']);
      const first = v.first ?? SIZES.claimsFirst;
      if (!Number.isInteger(first) || (first as number) < 1) throw new Error(`expected "first" to be a positive whole number, but got ${JSON.stringify(first)}`);
      return { name: 'floorClaimsPage', params: { predicates: stringList(filter.predicates), ...windowParams(filter), afterId: afterId(v.after), limit: (first as number) + 1 } };
    },
    answer: (row, call) => ({ claims: pageAnswer(row.page as PageItem[], (call.params.limit as number) - 1, false) }),
  },
};

/** The floor's query for an id of the workload, or null when there is none. */
export function floorQuery(id: string): FloorQuery | null {
  return Object.hasOwn(FLOOR_QUERIES, id) ? FLOOR_QUERIES[id as QueryId] : null;
}

/** The floor's statement for a request, as a one-call trace (for PROFILE: bench/profile.ts). */
export function floorTrace(id: string, variables: Record<string, unknown>): TracedCall[] {
  const query = floorQuery(id);
  if (!query) return [];
  const call = query.call(variables);
  const statement = floorStatements().get(call.name);
  if (!statement) throw new Error(`expected a statement named ${call.name} in bench/floorCypher, but there is none`);
  return [{ name: call.name, text: statement.text, params: call.params, wave: 0 }];
}
