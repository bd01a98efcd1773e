import { BadUserInputError } from './errors';

/**
 * Relay pagination by keyset: the cursor is the opaque form of the last item's id, so a deep page
 * costs an index seek, not a skip over every earlier row.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  /** Items wanted. */
  first: number;
  /** The id after which the page starts, or null for the first page. */
  afterId: string | null;
  /** For connections sorted by something else than id: the sort key of the item at `afterId`. */
  afterKey: string | number | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
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
export function decodeCursor(cursor: string): string {
  return decodeSortCursor(cursor).id;
}

/** The id and the sort key inside a cursor (the key is null in an id-only cursor). */
export function decodeSortCursor(cursor: string): { id: string; key: string | number | null } {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (text.startsWith('id:') && text.length > 3) return { id: text.slice(3), key: null };
  if (text.startsWith('k:')) {
    try {
      const [key, id] = JSON.parse(text.slice(2)) as [unknown, unknown];
      if (typeof id === 'string' && (key === null || typeof key === 'string' || typeof key === 'number')) return { id, key };
    } catch {
      // falls through to the error below
    }
  }
  throw new BadUserInputError(
    `expected "after" to be a cursor returned by this API, but got ${JSON.stringify(cursor)}`,
    'after',
  );
}

/** Validates `first` and `after` from the arguments of a connection field. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`expected "first" from 1 to ${MAX_PAGE_SIZE}, but got ${size}`, 'first');
  }
  if (after == null) return { first: size, afterId: null, afterKey: null };
  const { id, key } = decodeSortCursor(after);
  return { first: size, afterId: id, afterKey: key };
}

/** Turns the rows of a query asked for `first + 1` items into a page. */
export function toPage<T>(rows: T[], request: PageRequest): Page<T> {
  return {
    items: rows.slice(0, request.first),
    hasNextPage: rows.length > request.first,
    hasPreviousPage: request.afterId !== null,
  };
}
