import { planOperators } from '../helpers/planOperators';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * The name lookup of ingestion and of the feed importers (findEntitiesByNames) seeks the full-text
 * index with the name as a quoted phrase, then keeps the exact matches. These are the names where a phrase could go wrong: Lucene's operators and wildcards, quotes and backslashes
 * (the only characters escaped), punctuation the analyzer drops, case, accents, and names that are
 * a part of another name. Each must find exactly the entity that has it as name or alias.
 */
let scratch: ScratchNeo4j;

const ENTITIES = [
  { kind: 'ARMED_FORCE', name: 'Lookup Forces (North)', aliases: [{ name: 'AND OR NOT' }] },
  { kind: 'ORGANIZATION', name: 'The "Quoted" Lookup Office', aliases: [{ name: 'back\\slash lookup' }] },
  { kind: 'ARMED_FORCE', name: 'U.S. Lookup Army', aliases: [{ name: 'lookup* ~2' }] },
  { kind: 'LOCATION', name: "Lookupivka, Lookupivs'ka Oblast', Ukraine", aliases: [{ name: 'Lookupivka' }] },
  { kind: 'ARMED_FORCE', name: 'Brigada Ñandú de Búsqueda' },
  { kind: 'ORGANIZATION', name: 'Lookup Ministry of Defence' },
];

beforeAll(async () => {
  scratch = await startScratchNeo4j('name-lookup');
  for (const input of ENTITIES) {
    const result = await scratch.api.execute('mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }', { input });
    expect(result.errors).toBeUndefined();
  }
}, 180_000);
afterAll(() => scratch?.stop());

async function lookup(names: string[]): Promise<Map<string, string[]>> {
  const rows = await scratch.api.db.read('findEntitiesByNames', { names });
  return new Map(rows.map((row) => [row.name as string, (row.entities as Array<{ name: string }>).map((e) => e.name).sort()]));
}

describe('findEntitiesByNames', () => {
  it('finds each entity by its name and by each alias, ignoring case', async () => {
    const asked = ENTITIES.flatMap((e) => [e.name, e.name.toUpperCase(), ...(e.aliases ?? []).map((a) => a.name.toLowerCase())]);
    const found = await lookup(asked);
    for (const entity of ENTITIES) {
      for (const name of [entity.name, entity.name.toUpperCase(), ...(entity.aliases ?? []).map((a) => a.name.toLowerCase())]) {
        expect([name, found.get(name)]).toEqual([name, [entity.name]]);
      }
    }
  });

  it('finds nothing for a part of a name, a name with other punctuation, or a name no entity has', async () => {
    const found = await lookup(['Lookup Forces', 'Lookup Ministry', 'US Lookup Army', 'Quoted Lookup Office', 'Lookup Forces North', 'no such lookup name', '—', '']);
    expect([...found.keys()]).toEqual([]);
  });

  it('seeks the full-text index: no scan of every entity or node', async () => {
    const operators = await planOperators(scratch.api.db, 'findEntitiesByNames', { names: ['Lookupivka'] });
    expect(operators.join(' ')).toMatch(/ProcedureCall/);
    expect(operators.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toEqual([]);
  });
});
