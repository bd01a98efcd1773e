import { toEntityRecord, type EntityRecord } from '../entity';
import type { Database, Row } from '../neo4j/database';
import { toSourceRecord, type SourceRecord } from '../source';
import { pageParams, toPage, type PageRequest } from '../support';
import { toClaimRecord, type ClaimRecord } from './model';
import { claimAnchorParams, claimFilterParams, viewParams, type ClaimFilterInput, type ClaimView, type KeyedPage } from './repository';

/**
 * Reads of a page together with the records its fields show, in one statement (docs/architecture.md,
 * "Reads in one statement"): the API primes its DataLoaders with the records, so the fields resolve
 * as they would if each had been loaded on its own, without the round trips.
 */

/** The records read with a page, each in the shape its own by-id query gives. */
export interface PageRecords {
  claims: ClaimRecord[];
  sources: SourceRecord[];
  entities: EntityRecord[];
}

/** What to read beside a claim page: the claims' sources, and the entities the selection shows. */
export interface ClaimPageReads {
  sources: boolean;
  /** The claims' edges to the entities asked for: SUBJECT, OBJECT, REPORTED_BY, RELAYED_BY. */
  entityLinks: Array<'SUBJECT' | 'OBJECT' | 'REPORTED_BY' | 'RELAYED_BY'>;
  /** The sources' publishers. */
  publishers: boolean;
}

/** The records of a one-statement read's row (missing lists are empty). */
export function pageRecords(row: Row, entities: unknown[] = []): PageRecords {
  return {
    claims: ((row.claims as unknown[] | null) ?? []).map(toClaimRecord),
    sources: ((row.sources as unknown[] | null) ?? []).map(toSourceRecord),
    entities: [...((row.entities as unknown[] | null) ?? []), ...entities].map(toEntityRecord),
  };
}

const readParams = (reads: ClaimPageReads) => ({ withSources: reads.sources, entityLinks: reads.entityLinks, withPublishers: reads.publishers });

/**
 * An entity (null when no entity has the id) with one page of its claims and their records: what
 * `findEntitiesByIds` and `findEntityClaims`, then `findClaimsByIds` and `findSourcesByIds` give
 * (`places` as there).
 */
export async function findEntityWithClaims(
  db: Database,
  entityId: string,
  view: ClaimView,
  orderBy: 'ID' | 'VALID_TIME',
  page: PageRequest,
  reads: ClaimPageReads,
  places = false,
): Promise<{ entity: EntityRecord | null; page: KeyedPage } & PageRecords> {
  const [row] = await db.read('findEntityWithClaims', {
    entityId,
    ...viewParams(view),
    ...pageParams(page, orderBy !== 'ID'),
    orderBy,
    places,
    ...readParams(reads),
  });
  if (!row) throw new Error('expected findEntityWithClaims to return one row, but it returned none');
  return {
    entity: row.entity ? toEntityRecord(row.entity) : null,
    page: toPage(row.page as Array<{ id: string; sortKey: string }>, page),
    ...pageRecords(row),
  };
}

/**
 * A page of claims in id order, read forward, with their records: what `findClaims` then
 * `findClaimsByIds` and `findSourcesByIds` give.
 */
export async function findClaimPageInIdOrder(
  db: Database,
  filter: ClaimFilterInput,
  view: ClaimView,
  page: PageRequest,
  reads: ClaimPageReads,
): Promise<{ page: KeyedPage } & PageRecords> {
  if (page.backward) throw new Error('expected a forward page: findClaimPageInIdOrder reads in id order only');
  const [row] = await db.read('findClaimPageInIdOrder', {
    ...claimFilterParams(filter, view),
    ...claimAnchorParams(filter),
    afterId: page.afterId,
    beforeId: page.beforeId,
    limit: page.size + 1,
    ...readParams(reads),
  });
  if (!row) throw new Error('expected findClaimPageInIdOrder to return one row, but it returned none');
  return { page: toPage(row.page as Array<{ id: string; sortKey: string }>, page), ...pageRecords(row) };
}
