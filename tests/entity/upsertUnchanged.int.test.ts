import { upsertEntities, type EntityInput } from '../../src/entity';
import { openDatabase } from '../../src/neo4j';
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

const COUNTRY: EntityInput = { kind: 'COUNTRY', name: 'Upsertland', aliases: [{ name: 'Upsert Republic', kind: 'ALIAS' }], description: 'An invented country.' };

it('leaves an unchanged entity unlocked and its updatedAt as it was', async () => {
  const [first] = await scratch.api.db.writeTransaction((tx) => upsertEntities(tx, [COUNTRY], 'test'));
  expect(first?.created).toBe(true);

  // While one transaction holds an unchanged upsert open, another upserts the same entity: had the
  // first written, the second would wait for its lock until its own timeout (the old statement did).
  const other = openDatabase({ uri: scratch.uri, transactionTimeoutMs: 30_000 });
  try {
    await scratch.api.db.writeTransaction(async (held) => {
      const [again] = await upsertEntities(held, [COUNTRY], 'test');
      expect(again).toMatchObject({ created: false, addedAliases: 0 });
      const rows = await other.writeTransaction((tx) => upsertEntities(tx, [COUNTRY], 'other'));
      expect(rows[0]?.entity.updatedAt).toBe(first?.entity.updatedAt);
    });
  } finally {
    await other.close();
  }

  // A new alias is a change: written, and updatedAt moves.
  const [changed] = await scratch.api.db.writeTransaction((tx) => upsertEntities(tx, [{ ...COUNTRY, aliases: [{ name: 'Upsertia', kind: 'ALIAS' }] }], 'test'));
  expect(changed).toMatchObject({ created: false, addedAliases: 1 });
  expect(changed?.entity.aliases).toEqual(['Upsert Republic', 'Upsertia']);
  expect(changed?.entity.updatedAt).not.toBe(first?.entity.updatedAt);
}, 120_000);
