import type { Transaction } from 'neo4j-driver';
import { upsertEntities, type EntityInput } from '../../src/entity';
import type { QueryRunner } from '../../src/neo4j';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Upserting an entity that would not change writes nothing (cypher/entity/upsertEntities.cypher).
 * A write takes the node's lock until the transaction ends, even when it sets what is already
 * there: concurrent articles that all named one country queued on it. Here one transaction holds
 * an unchanged upsert open while another upserts the same entity, unchanged, and must finish; a
 * change still moves updatedAt.
 */
let scratch: ScratchNeo4j;
beforeAll(async () => {
  scratch = await startScratchNeo4j('upsert');
}, 180_000);
afterAll(() => scratch?.stop());

const runnerOf = (tx: Pick<Transaction, 'run'>): QueryRunner => ({
  run: async (name, params = {}) => (await tx.run(scratch.api.db.text(name), params)).records.map((r) => r.toObject()),
});

const COUNTRY: EntityInput = { kind: 'COUNTRY', name: 'Upsertland', aliases: [{ name: 'Upsert Republic', kind: 'ALIAS' }], description: 'An invented country.' };

it('leaves an unchanged entity unlocked and its updatedAt as it was', async () => {
  const [first] = await scratch.api.db.writeTransaction((tx) => upsertEntities(tx, [COUNTRY], 'test'));
  expect(first?.created).toBe(true);

  const holder = scratch.api.db.driver.session();
  const held = await holder.beginTransaction();
  try {
    const [again] = await upsertEntities(runnerOf(held), [COUNTRY], 'test');
    expect(again).toMatchObject({ created: false, addedAliases: 0 });
    // The open transaction above would hold the node's write lock had it written: this one would
    // wait for it until its timeout (the old statement did).
    const other = scratch.api.db.driver.session();
    try {
      const rows = await other.executeWrite((tx) => upsertEntities(runnerOf(tx), [COUNTRY], 'other'), { timeout: 30_000 });
      expect(rows[0]?.entity.updatedAt).toBe(first?.entity.updatedAt);
    } finally {
      await other.close();
    }
  } finally {
    await held.rollback();
    await holder.close();
  }

  // A new alias is a change: written, and updatedAt moves.
  const [changed] = await scratch.api.db.writeTransaction((tx) => upsertEntities(tx, [{ ...COUNTRY, aliases: [{ name: 'Upsertia', kind: 'ALIAS' }] }], 'test'));
  expect(changed).toMatchObject({ created: false, addedAliases: 1 });
  expect(changed?.entity.aliases).toEqual(['Upsert Republic', 'Upsertia']);
  expect(changed?.entity.updatedAt).not.toBe(first?.entity.updatedAt);
}, 120_000);
