import type { ClaimRecord, DisputeRecord } from '../claim';
import type { RelationshipRecord } from '../graph';
import type { SourceRecord } from '../source';
import { encodeCursor, type Page } from '../support';

/**
 * Relay connections: the shape of a page (`edges { cursor node }`, `pageInfo`) and the lazily
 * counted `totalCount`. Repositories return pages (src/support/pagination.ts); this turns them into
 * what the schema's connection types resolve from.
 */

/**
 * The Relay shape of a page; totalCount is resolved lazily by the connection's resolver. `keyOf`
 * gives the sort key of a node, for connections not ordered by id.
 */
export function toConnection<T extends { id: string }>(page: Page<T>, keyOf?: (node: T) => string | number | null) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id, keyOf ? keyOf(node) : undefined), node }));
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

/** The edges and page info of one page. */
export interface PageOf<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * What a connection resolver returns, at once: the page as a promise and a way to count all items
 * only when asked. Returning before the page is loaded lets every entity's `claims { totalCount }`
 * in a list ask in the same tick, so DataLoader batches them into one query.
 */
export interface ConnectionRecord<T> {
  page: Promise<PageOf<T>>;
  count: () => Promise<number>;
}

export function connection<T>(page: Promise<PageOf<T>>, count: () => Promise<number>): ConnectionRecord<T> {
  // The page may never be read (a query asking only for totalCount): its failure must not go unhandled.
  page.catch(() => {});
  return { page, count };
}

/** The resolvers every connection type shares. */
export const connectionFields = {
  edges: <T>(connection: ConnectionRecord<T>) => connection.page.then((p) => p.edges),
  pageInfo: <T>(connection: ConnectionRecord<T>) => connection.page.then((p) => p.pageInfo),
  totalCount: <T>(connection: ConnectionRecord<T>) => connection.count(),
};

export type ClaimConnectionRecord = ConnectionRecord<ClaimRecord>;
export type SourceConnectionRecord = ConnectionRecord<SourceRecord>;
export type RelationshipConnectionRecord = ConnectionRecord<RelationshipRecord>;
export type DisputeConnectionRecord = ConnectionRecord<DisputeRecord>;
