import { createHash } from 'node:crypto';
import type { Database, QueryRunner } from '../neo4j/database';
import { canonicalUrl, invariant, pageParams, perEntity, periodEnd, sourceId, toPage, type Page, type PageRequest, type PartialDate } from '../support';
import { toSourceRecord, type SourceRecord } from './model';

export async function findSourcesByIds(db: Database, ids: readonly string[]): Promise<Map<string, SourceRecord>> {
  const rows = await db.read('findSourcesByIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const source = toSourceRecord(row.source);
    return [source.id, source];
  }));
}

export async function findSources(db: Database, page: PageRequest): Promise<Page<SourceRecord>> {
  const rows = await db.read('findSources', pageParams(page, false));
  return toPage(rows.map((row) => toSourceRecord(row.source)), page);
}

export async function countSources(db: Database): Promise<number> {
  const rows = await db.read('countSources');
  return (rows[0]?.total as number | undefined) ?? 0;
}

export interface SourceInput {
  title?: string | null;
  url?: string | null;
  /** The document's text; its hash keys the source when it has no URL. */
  text?: string | null;
  /** The hash itself, when the text is not at hand (an import of an export). */
  contentHash?: string | null;
  publishedAt?: PartialDate | null;
  publisherId?: string | null;
}

/** SHA-256 of the text with whitespace runs collapsed, so re-wrapped copies hash the same. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}

/** A source as recordSources wrote it. */
export interface SourceWrite {
  source: SourceRecord;
  /** New in the graph. */
  created: boolean;
  /** Recorded before, and given a publisher now that it did not have: its claims' origins moved. */
  publisherAdded: boolean;
}

/** Records a source once, keyed by canonical URL or else by content hash. */
export async function recordSource(
  tx: QueryRunner,
  input: SourceInput,
  actor: string,
): Promise<SourceWrite> {
  const [written] = await recordSources(tx, [input], actor);
  invariant(written, 'expected one row from recordSources');
  return written;
}

/**
 * Records sources, each once (keyed by canonical URL or else by content hash), in one statement:
 * a batch of an import or a feed file costs one round trip, not one per source. Returns one entry
 * per input, in input order; a source given twice is created by the first and not by the second.
 */
export async function recordSources(
  tx: QueryRunner,
  inputs: readonly SourceInput[],
  actor: string,
): Promise<SourceWrite[]> {
  if (inputs.length === 0) return [];
  const params = inputs.map(sourceParams);
  // As if recorded one by one: the first input of a source creates it, a later one adds the text it lacks.
  const unique = new Map<string, ReturnType<typeof sourceParams>>();
  for (const p of params) {
    const first = unique.get(p.id);
    unique.set(p.id, first ? { ...first, text: first.text ?? p.text } : p);
  }
  const rows = await tx.run('recordSources', { sources: [...unique.values()], actor });
  const byId = new Map(rows.map((row) => [row.id as string, { source: toSourceRecord(row.source), created: row.created as boolean, publisherAdded: row.publisherAdded as boolean }]));
  const seen = new Set<string>();
  return params.map(({ id }) => {
    const written = byId.get(id);
    invariant(written, `expected a row from recordSources for source ${id}`);
    const first = !seen.has(id);
    seen.add(id);
    return first ? written : { ...written, created: false, publisherAdded: false };
  });
}

/** The stored properties of a source input: its id from the canonical URL, else the text's hash. */
function sourceParams(input: SourceInput) {
  const hash = input.contentHash ?? (input.text ? contentHash(input.text) : null);
  invariant(input.url || hash, 'a source needs a URL or its text');
  const url = input.url ? canonicalUrl(input.url) : null;
  return {
    id: url ? sourceId({ url }) : sourceId({ contentHash: hash as string }),
    // Claims count as known from the last day the publication date can mean, or from today when
    // the source gives no date: conservative for "what did we know then".
    knownAt: input.publishedAt ? periodEnd(input.publishedAt) : new Date().toISOString().slice(0, 10),
    title: input.title ?? null,
    url,
    contentHash: hash,
    text: input.text ?? null,
    publishedAt: input.publishedAt?.iso ?? null,
    publishedAtPrecision: input.publishedAt?.precision ?? null,
    publisherId: input.publisherId ?? null,
  };
}

/** One page of source ids per entity, for `Entity.sources`: one round trip for many entities. */
export async function findEntitySources(db: Database, entityIds: readonly string[], page: PageRequest): Promise<Map<string, Page<{ id: string }>>> {
  const rows = await db.read('findEntitySources', { entityIds: [...new Set(entityIds)], ...pageParams(page, false) });
  return perEntity(entityIds, rows, (row) => toPage((row.page as string[]).map((id) => ({ id })), page), toPage([], page));
}

export async function countEntitySources(db: Database, entityIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read('countEntitySources', { entityIds: [...new Set(entityIds)] });
  return perEntity(entityIds, rows, (row) => row.total as number, 0);
}

/** The kept text of each source (null when none was kept), apart from the source records. */
export async function findSourceTexts(db: Database, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await db.read('findSourceTexts', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id as string, (row.text as string | null) ?? null]));
}

/** One page of the sources each entity published, by id: one round trip for many entities. */
export async function findPublishedSources(db: Database, entityIds: readonly string[], page: PageRequest): Promise<Map<string, Page<{ id: string }>>> {
  const rows = await db.read('findPublishedSources', { entityIds: [...new Set(entityIds)], ...pageParams(page, false) });
  return perEntity(entityIds, rows, (row) => toPage((row.page as string[]).map((id) => ({ id })), page), toPage([], page));
}

export async function countPublishedSources(db: Database, entityIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read('countPublishedSources', { entityIds: [...new Set(entityIds)] });
  return perEntity(entityIds, rows, (row) => row.total as number, 0);
}

/** One entry per publication date of a source, oldest first, with the claims citing them (rejected ones left out). */
export async function findPublicationDates(db: Database): Promise<Array<{ date: string; claimCount: number }>> {
  const rows = await db.read('findPublicationDates');
  return rows.map((row) => ({ date: row.date as string, claimCount: row.claimCount as number }));
}
