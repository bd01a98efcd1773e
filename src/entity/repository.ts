import type { Database, QueryRunner } from '../neo4j/database';
import { BadUserInputError, entityId, perEntity } from '../support';
import type { AliasKind, ChangeAction as GeneratedChangeAction, EntityKind, Reliability } from '../generated/types';
import { ENTITY_LABELS, toEntityRecord, type EntityRecord } from './model';
import { buildLuceneQuery, checkSearchText, rankHits, type RankedHit } from './searchQuery';

export const MAX_SEARCH_RESULTS = 50;

/** Loads entities by id, in one round trip, keyed by id. */
export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await db.read('findEntitiesByIds', { ids: [...new Set(ids)] });
  // Keyed by the id asked for: a merged entity's old id maps to the entity that absorbed it.
  return new Map(rows.map((row) => [row.id as string, toEntityRecord(row.entity)]));
}

/** Full-text search over names and aliases; see searchQuery.ts for the query and the ranking. */
export async function searchEntities(
  db: Database,
  text: string,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
): Promise<RankedHit[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
    throw new BadUserInputError(`expected "first" from 1 to ${MAX_SEARCH_RESULTS}, but got ${first}`, 'first');
  }
  checkSearchText(text);
  const everyWord = buildLuceneQuery(text, 'every');
  if (everyWord === null) {
    throw new BadUserInputError(
      `expected "text" to contain at least one letter or digit, but got ${JSON.stringify(text)}`,
      'text',
    );
  }
  const anyWord = buildLuceneQuery(text, 'any');
  const rows = await db.read('searchEntities', {
    everyWord,
    anyWord: anyWord === everyWord ? null : anyWord,
    kinds: kinds && kinds.length > 0 ? [...kinds] : null,
    candidates: Math.max(50, first * 5),
  });
  const hits = rows.map((row) => ({ entity: toEntityRecord(row.entity), score: row.score as number }));
  return rankHits(text, hits).slice(0, first);
}

export interface EntityInput {
  kind: EntityKind;
  name: string;
  aliases?: ReadonlyArray<{ name: string; kind: AliasKind }>;
  description?: string | null;
  reliability?: Reliability | null;
  coordinates?: { latitude: number; longitude: number } | null;
}

export interface EntityWrite {
  entity: EntityRecord;
  created: boolean;
  addedAliases: number;
}

/** Writes entities keyed by kind and normalised name; aliases are added, never removed. */
export async function upsertEntities(tx: QueryRunner, inputs: readonly EntityInput[], actor: string): Promise<EntityWrite[]> {
  const entities = inputs.map((e) => ({
    id: entityId(e.kind, e.name),
    kind: e.kind,
    label: ENTITY_LABELS[e.kind],
    name: e.name,
    aliases: (e.aliases ?? []).map((a) => a.name),
    aliasKinds: (e.aliases ?? []).map((a) => a.kind),
    description: e.description ?? null,
    reliability: e.reliability ?? null,
    latitude: e.coordinates?.latitude ?? null,
    longitude: e.coordinates?.longitude ?? null,
  }));
  const rows = await tx.run('upsertEntities', { entities, actor });
  return rows.map((row) => ({
    entity: toEntityRecord(row.entity),
    created: row.created as boolean,
    addedAliases: row.addedAliases as number,
  }));
}

/** The schema's ChangeAction: entity writes, claim writes, and analyst review of claims. */
export type ChangeAction = GeneratedChangeAction;

export interface ChangeRecord {
  at: string;
  by: string;
  action: ChangeAction;
  summary: string;
}

/** Appends to the history of the entities a write touched, in the same transaction. */
export async function recordChanges(
  tx: QueryRunner,
  changes: ReadonlyArray<{ entityId: string; by: string; action: ChangeAction; summary: string }>,
): Promise<void> {
  if (changes.length > 0) await tx.run('recordChanges', { changes });
}

/** The history of each entity, newest first, in one round trip. */
export async function findEntityHistory(db: Database, entityIds: readonly string[]): Promise<Map<string, ChangeRecord[]>> {
  const rows = await db.read('findEntityHistory', { entityIds: [...new Set(entityIds)] });
  return perEntity(entityIds, rows, (row) => row.changes as ChangeRecord[], []);
}
