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
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:') || text.length <= 3) {
    throw new BadUserInputError(
      `expected "after" to be a cursor returned by this API, but got ${JSON.stringify(cursor)}`,
      'after',
    );
  }
  return text.slice(3);
}

/** Validates `first` and `after` from the arguments of a connection field. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`expected "first" from 1 to ${MAX_PAGE_SIZE}, but got ${size}`, 'first');
  }
  return { first: size, afterId: after == null ? null : decodeCursor(after) };
}

/** Turns the rows of a query asked for `first + 1` items into a page. */
export function toPage<T>(rows: T[], request: PageRequest): Page<T> {
  return {
    items: rows.slice(0, request.first),
    hasNextPage: rows.length > request.first,
    hasPreviousPage: request.afterId !== null,
  };
}

/** The Relay shape of a page; totalCount is resolved lazily by the connection's resolver. */
export function toConnection<T extends { id: string }>(page: Page<T>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** What a connection resolver returns: a page, and a way to count all items only when asked. */
export interface ConnectionRecord<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  count: () => Promise<number>;
}
