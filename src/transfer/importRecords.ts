import { retractClaims } from '../claim';
import { findEntitiesByIds, type EntityRecord } from '../entity';
import type { Database } from '../neo4j';
import { findSourcesByIds } from '../source';
import { checkEnds, writeBundle } from '../write';
import { IMPORT_ACTOR } from '../support';
import type { ReadResult } from './readImportFile';
import type { ImportRecord } from './records';
/**
 * Records per transaction. Larger batches leave fewer triples with claims in other batches (each
 * such triple's claims are read again, and its fact rewritten, once per batch that touches it): the
 * large benchmark graph loaded in 111.5 s at 2,000 against 126.3 s at 500 (scratch probe, one run
 * each, 2026-11-30); 5,000 gave 108.8 s, for transactions two and a half times as large.
 */
export const IMPORT_BATCH_SIZE = 2_000;

export interface ImportReport {
  entities: number;
  sources: number;
  claims: number;
  retractions: number;
  /** Each refused record with the line it came from. */
  errors: Array<{ line: number; message: string }>;
}

/** Called after each batch: the phase, records done and in all, and records per second so far. */
export type Progress = (phase: string, done: number, total: number, perSecond: number) => void;

/**
 * Writes read records in batches through the bundle writer the seed and ingestion use: entities, then
 * sources, then claims (whose facts are rebuilt in the same transaction), then retractions. Every
 * write is keyed by content, so running an import again changes nothing. A record that refers to a
 * source or entity that exists nowhere is refused with its line; the rest goes in.
 */
export async function importRecords(
  db: Database,
  read: readonly ReadResult[],
  progress: Progress = () => {},
  options: { batchSize?: number } = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const report: ImportReport = { entities: 0, sources: 0, claims: 0, retractions: 0, errors: [] };
  const ok: Array<{ line: number; record: ImportRecord }> = [];
  for (const result of read) {
    if ('error' in result) report.errors.push({ line: result.line, message: result.error });
    else ok.push(result);
  }
  const of = <T extends ImportRecord['type']>(type: T) =>
    ok.filter((r): r is { line: number; record: Extract<ImportRecord, { type: T }> } => r.record.type === type);

  const entities = of('entity');
  await inBatches('entities', entities, batchSize, progress, async (batch) => {
    await db.writeTransaction((tx) => writeBundle(tx, { entities: batch.map((r) => r.record.entity), claims: [] }, IMPORT_ACTOR, 'an import'));
    report.entities += batch.length;
  });

  const sources = await refuseMissing(db, of('source'), (r) => (r.record.source.publisherId ? [r.record.source.publisherId] : []), () => [], report);
  await inBatches('sources', sources, batchSize, progress, async (batch) => {
    await db.writeTransaction(async (tx) => {
      const written = (await writeBundle(tx, { entities: [], sources: batch.map((r) => r.record.source), claims: [] }, IMPORT_ACTOR, 'an import')).sources;
      batch.forEach(({ line, record }, i) => {
        const id = written[i]?.source.id;
        if (record.source.id && record.source.id !== id) {
          throw new Error(`line ${line}: expected source id ${record.source.id}, but its URL or hash keys it as ${id}`);
        }
      });
    });
    report.sources += batch.length;
  });

  const ends = new Map<string, EntityRecord>();
  const claims = await refuseMissing(
    db,
    of('claim'),
    (r) => r.record.claims.flatMap((c) => [c.subjectId, c.objectId, c.reportedById, c.intermediaryId]).filter((id): id is string => Boolean(id)),
    (r) => r.record.claims.map((c) => c.sourceId),
    report,
    // The vocabulary's rules for the two ends, with the kinds of the entities just loaded.
    (r, entities) => r.record.claims.forEach((c) => checkEnds(c, (id) => entities.get(id)?.kind, '')),
    ends,
  );
  const retractions: Array<{ id: string; retraction: NonNullable<Extract<ImportRecord, { type: 'claim' }>['retraction']> }> = [];
  await inBatches('claims', claims, batchSize, progress, async (batch) => {
    const ids = await db.writeTransaction(async (tx) =>
      // The ends were read to check the references: the bundle does not look them up again.
      (await writeBundle(tx, { entities: [], claims: batch.flatMap((r) => r.record.claims), knownEnds: ends }, IMPORT_ACTOR, 'an import')).claimIds,
    );
    let i = 0;
    for (const { record } of batch) {
      const id = ids[i] as string;
      i += record.claims.length;
      if (record.retraction) retractions.push({ id, retraction: record.retraction });
    }
    report.claims += batch.length;
  });
  // A batch of retractions is one statement, and the triples they touch are rebuilt once.
  await inBatches('retractions', retractions, batchSize, progress, async (batch) => {
    await db.writeTransaction((tx) =>
      retractClaims(tx, batch.map(({ id, retraction }) => ({ id, reason: retraction.reason, actor: retraction.by ?? IMPORT_ACTOR, at: retraction.at }))),
    );
    report.retractions += batch.length;
  });
  report.errors.sort((a, b) => a.line - b.line);
  return report;
}

/** Drops (and reports) the records that point at entities or sources that do not exist, or that `check` refuses. */
async function refuseMissing<T extends { line: number }>(
  db: Database,
  records: T[],
  entityIdsOf: (record: T) => string[],
  sourceIdsOf: (record: T) => string[],
  report: ImportReport,
  check: (record: T, entities: ReadonlyMap<string, EntityRecord>) => void = () => {},
  /** Filled with the entities read, when given. */
  read?: Map<string, EntityRecord>,
): Promise<T[]> {
  const entityIds = [...new Set(records.flatMap(entityIdsOf))];
  const sourceIds = [...new Set(records.flatMap(sourceIdsOf))];
  const [entities, sources] = await Promise.all([
    entityIds.length ? findEntitiesByIds(db, entityIds) : new Map<string, EntityRecord>(),
    sourceIds.length ? findSourcesByIds(db, sourceIds) : new Map(),
  ]);
  for (const [id, entity] of entities) read?.set(id, entity);
  return records.filter((record) => {
    const missingEntity = entityIdsOf(record).find((id) => !entities.has(id));
    const missingSource = sourceIdsOf(record).find((id) => !sources.has(id));
    if (missingEntity || missingSource) {
      report.errors.push({
        line: record.line,
        message: missingSource
          ? `sourceId: expected a source recorded before this claim, but no source has id ${missingSource}`
          : `expected every referenced entity to exist (in the graph or earlier in the file), but ${missingEntity} does not`,
      });
      return false;
    }
    try {
      check(record, entities);
    } catch (error) {
      report.errors.push({ line: record.line, message: (error as Error).message });
      return false;
    }
    return true;
  });
}

async function inBatches<T>(phase: string, items: readonly T[], size: number, progress: Progress, write: (batch: T[]) => Promise<void>) {
  const started = Date.now();
  for (let i = 0; i < items.length; i += size) {
    await write(items.slice(i, i + size));
    const done = Math.min(i + size, items.length);
    progress(phase, done, items.length, done / Math.max((Date.now() - started) / 1000, 0.001));
  }
}
