import { findClaimsByIds } from '../claim/repository';
import type { Database } from '../neo4j/database';

export const EXPORT_BATCH_SIZE = 1_000;

/**
 * The whole graph as import records, in id order: entities (with their names and kinds), sources
 * (keyed by URL or content hash) and claims (every excerpt, and a retraction if any). Facts are not
 * exported: they are derived, and import rebuilds them from the claims. Merge tombstones and the
 * change history are not exported either.
 */
export async function* exportRecords(db: Database): AsyncGenerator<Record<string, unknown>> {
  for await (const row of pages((after) => db.read('exportEntities', { after, limit: EXPORT_BATCH_SIZE }), 'entity')) {
    const e = row.entity as Record<string, unknown>;
    const aliases = (e.aliases as string[]).map((name, i) => ({ name, kind: (e.aliasKinds as string[])[i] ?? 'ALIAS' }));
    yield { type: 'entity', id: e.id, kind: e.kind, name: e.name, aliases, description: e.description ?? null, reliability: e.reliability ?? null,
      ...(typeof e.latitude === 'number' ? { coordinates: { latitude: e.latitude, longitude: e.longitude } } : {}) };
  }
  for await (const row of pages((after) => db.read('exportSources', { after, limit: EXPORT_BATCH_SIZE }), 'source')) {
    const s = row.source as Record<string, unknown>;
    yield {
      type: 'source', id: s.id, url: s.url ?? null, title: s.title ?? null, contentHash: s.contentHash ?? null,
      publishedAt: s.publishedAt ?? null, publisherId: s.publisherId ?? null,
    };
  }
  let after = '';
  for (;;) {
    const ids = (await db.read('exportClaimIds', { after, limit: EXPORT_BATCH_SIZE })).map((row) => row.id as string);
    if (ids.length === 0) break;
    const claims = await findClaimsByIds(db, ids);
    for (const id of ids) {
      const c = claims.get(id);
      if (!c) continue;
      yield {
        type: 'claim', id: c.id, sourceId: c.sourceId, subjectId: c.subjectId, predicate: c.predicate, objectId: c.objectId,
        polarity: c.polarity, quantity: c.quantity, validFrom: c.validFrom?.iso ?? null, validTo: c.validTo?.iso ?? null,
        excerpts: c.excerpts, textSpan: c.textSpan, reportedById: c.reportedById, attribution: c.attribution,
        credibility: c.credibility, note: c.note, retraction: c.retraction,
        ...(c.intermediaryId ? { intermediaryId: c.intermediaryId } : {}),
        ...(c.hedged ? { hedged: true } : {}),
        ...(c.extraction ? { extraction: c.extraction } : {}),
      };
    }
    after = ids[ids.length - 1] as string;
  }
}

/** Every row of a query paged by id: `read(after)` gives the rows after that id, in id order. */
async function* pages(read: (after: string) => Promise<Array<Record<string, unknown>>>, column: string) {
  let after = '';
  for (;;) {
    const rows = await read(after);
    if (rows.length === 0) return;
    yield* rows;
    after = (rows[rows.length - 1]?.[column] as { id: string }).id;
  }
}
