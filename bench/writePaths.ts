import path from 'node:path';
import type { ClaimInput } from '../src/claim/repository';
import type { EntityKind } from '../src/generated/types';
import type { Database, QueryRunner } from '../src/neo4j';
import type { PartialDate } from '../src/support';

/**
 * A write path the write benchmarks (`bench:writes`, `bench:hot`) time: ours, the compiled build
 * of another version of this project (`--baseline DIR`), or the bare write.
 */
export interface WritePath {
  name: string;
  db: Database;
  assertClaims(tx: QueryRunner, claims: ClaimInput[], actor: string): Promise<string[]>;
  upsertEntities(tx: QueryRunner, entities: Array<{ kind: EntityKind; name: string }>, actor: string): Promise<unknown>;
  recordSource(tx: QueryRunner, input: { url: string; title: string; publishedAt: PartialDate; publisherId: string | null }, actor: string): Promise<unknown>;
}

/** The write path of a compiled build: ours (`path.join(__dirname, '..', 'src')`) or a baseline's `DIR/dist/src`. */
export function loadWritePath(name: string, distSrc: string, uri: string): WritePath {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const neo4jModule = require(path.join(distSrc, 'neo4j')) as typeof import('../src/neo4j');
  const claims = require(path.join(distSrc, 'claim', 'repository')) as typeof import('../src/claim/repository');
  const entities = require(path.join(distSrc, 'entity', 'repository')) as { upsertEntities: WritePath['upsertEntities'] };
  const sources = require(path.join(distSrc, 'source', 'repository')) as { recordSource: WritePath['recordSource'] };
  return {
    name,
    db: neo4jModule.openDatabase({ uri, transactionTimeoutMs: 600_000 }),
    assertClaims: claims.assertClaims,
    upsertEntities: entities.upsertEntities,
    recordSource: sources.recordSource,
  };
}
