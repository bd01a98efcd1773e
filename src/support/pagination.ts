import { BadUserInputError } from './errors';

/**
 * Relay pagination by keyset, both ways: a cursor is the opaque form of an item's sort key and id,
 * so a deep page costs an index seek or a bounded sort, never a skip over every earlier row.
 * `first`/`after` read forward from the start (or from a cursor); `last`/`before` read backward from
 * the end (or from a cursor). Both cursors may bound one page.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** Items wanted: `first`, or `last` when paging backward. */
  size: number;
  /** True for `last` (or `before` alone): the page is the last `size` items of the range. */
  backward: boolean;
  /** The id after which the range starts, or null from the start. */
  afterId: string | null;
  /** For connections sorted by something else than id: the sort key of the item at `afterId`. */
  afterKey: string | number | null;
  /** The id before which the range ends, or null to the end. */
  beforeId: string | null;
  /** The sort key of the item at `beforeId`. */
  beforeKey: string | number | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The paging arguments of a connection field, as the schema declares them. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * An opaque cursor. Connections ordered by id carry the id alone; connections ordered by a sort key
 * (time, confidence) carry the key too, so the next page starts exactly after the last item.
 */
export function encodeCursor(id: string, key?: string | number | null): string {
  const text = key === undefined ? `id:${id}` : `k:${JSON.stringify([key, id])}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The id inside a cursor. */
export function decodeCursor(cursor: string, argument = 'after'): string {
  return decodeSortCursor(cursor, argument).id;
}

/** The id and the sort key inside a cursor (the key is null in an id-only cursor). */
export function decodeSortCursor(cursor: string, argument = 'after'): { id: string; key: string | number | null } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (text.startsWith('id:') && text.length > 3) return { id: text.slice(3), key: null };
  if (text.startsWith('k:')) {
    try {
      const [key, id] = JSON.parse(text.slice(2)) as [unknown, unknown];
      if (typeof id === 'string' && id !== '' && (key === null || typeof key === 'string' || typeof key === 'number')) return { id, key };
    } catch {
      // falls through to the error below
    }
  }
  throw new BadUserInputError(
    `expected "${argument}" to be a cursor returned by this API, but got ${JSON.stringify(cursor)}`,
    argument,
  );
}

function checkSize(argument: 'first' | 'last', value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`expected "${argument}" from 1 to ${MAX_PAGE_SIZE}, but got ${value}`, argument);
  }
  return value;
}

/**
 * Validates the paging arguments of a connection field: `first` and `last` are 1 to 100 and not both
 * given, cursors must be this API's, and a connection `sorted` by a key (time, confidence) takes only
 * cursors that carry one. With neither size, `before` alone reads backward and anything else reads
 * forward, 20 items. Resolvers call it before anything is loaded, so a bad argument fails the field
 * even when only `totalCount` is asked for.
 */
export function pageRequest(args: PageArguments = {}, sorted = false): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError(`expected either "first" (forward) or "last" (backward), but got both: first ${first}, last ${last}`, 'last');
  }
  const backward = last != null || (first == null && before != null);
  const size = first != null ? checkSize('first', first) : last != null ? checkSize('last', last) : DEFAULT_PAGE_SIZE;
  const a = after == null ? null : decodeSortCursor(after, 'after');
  const b = before == null ? null : decodeSortCursor(before, 'before');
  if (sorted) {
    for (const [argument, cursor] of [['after', a], ['before', b]] as const) {
      if (cursor !== null && cursor.key === null) {
        throw new BadUserInputError(`expected "${argument}" to be a cursor of this connection's order, but got a cursor of another`, argument);
      }
    }
  }
  return { size, backward, afterId: a?.id ?? null, afterKey: a?.key ?? null, beforeId: b?.id ?? null, beforeKey: b?.key ?? null };
}

/**
 * The Cypher parameters of a page: the range bounds, the direction and the row limit (one more than
 * the page, to learn whether the range goes on). Connections ordered by id compare an empty key, so
 * id cursors and sorted cursors share one query shape.
 */
export function pageParams(page: PageRequest, sorted: boolean) {
  return {
    afterId: page.afterId,
    afterKey: page.afterId === null ? null : sorted ? page.afterKey : '',
    beforeId: page.beforeId,
    beforeKey: page.beforeId === null ? null : sorted ? page.beforeKey : '',
    backward: page.backward,
    limit: page.size + 1,
  };
}

/**
 * Turns the rows of a query asked for `size + 1` items, in the order of its direction (backward:
 * from the end), into a page in the connection's order. The side the page read towards is exact
 * (the extra row); the other side has items when a cursor bounds it, since the cursor's own item is
 * there.
 */
export function toPage<T>(rows: T[], request: PageRequest): Page<T> {
  const more = rows.length > request.size;
  const taken = rows.slice(0, request.size);
  return request.backward
    ? { items: taken.reverse(), hasPreviousPage: more || request.afterId !== null, hasNextPage: request.beforeId !== null }
    : { items: taken, hasNextPage: more || request.beforeId !== null, hasPreviousPage: request.afterId !== null };
}

/** A page of a list already in memory and in order, keyed by `keyOf` (for computed lists). */
export function pageOfList<T>(all: readonly T[], request: PageRequest, keyOf: (item: T) => string): Page<T> {
  const inRange = all.filter((item) => (request.afterId === null || keyOf(item) > request.afterId) && (request.beforeId === null || keyOf(item) < request.beforeId));
  return toPage(request.backward ? [...inRange].reverse() : inRange, request);
}
