import { entityId } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { errorCodes, type TestApi } from '../helpers/testApi';

/** The write path's shared rules, seen through the API on an empty database of its own. */
let scratch: ScratchNeo4j;
let api: TestApi;
let sourceId: string;
const ids = {
  russia: entityId('COUNTRY', 'Russia'),
  northKorea: entityId('COUNTRY', 'North Korea'),
  troops: entityId('ARMED_FORCE', 'North Korean troops'),
  agency: entityId('ORGANIZATION', 'National Intelligence Service'),
  lawmaker: entityId('PERSON', 'Lee Seong-kweun'),
  kursk: entityId('LOCATION', 'Kursk'),
};

const UPSERT = `mutation U($input: EntityInput!) { upsertEntity(input: $input) { id coordinates { latitude longitude } } }`;
const ASSERT = `mutation A($input: ClaimInput!) {
  assertClaim(input: $input) { id subject { name } object { name } reportedBy { name } intermediary { name } hedged
    quantity { value upper qualifier unit } extraction { rule } }
}`;

beforeAll(async () => {
  scratch = await startScratchNeo4j('write-paths');
  api = scratch.api;
  for (const [kind, name] of [['COUNTRY', 'Russia'], ['COUNTRY', 'North Korea'], ['ARMED_FORCE', 'North Korean troops'], ['ORGANIZATION', 'National Intelligence Service'], ['PERSON', 'Lee Seong-kweun']] as const) {
    const result = await api.execute(UPSERT, { input: { kind, name } });
    expect(result.errors).toBeUndefined();
  }
  const source = await api.execute(`mutation { recordSource(input: { url: "https://example.org/wire/1", title: "Wire" }) { id } }`);
  expect(source.errors).toBeUndefined();
  sourceId = source.data?.recordSource.id;
}, 180_000);
afterAll(() => scratch?.stop());

const assert = (input: Record<string, unknown>) => api.execute(ASSERT, { input: { sourceId, excerpt: 'As the wire put it.', credibility: 2, ...input } });

describe('the write path through the API', () => {
  it('stores an alliance given in reverse name order with its sides in name order', async () => {
    const result = await assert({ subjectId: ids.russia, predicate: 'ALLIED_WITH', objectId: ids.northKorea });
    expect(result.errors).toBeUndefined();
    expect(result.data?.assertClaim).toMatchObject({ subject: { name: 'North Korea' }, object: { name: 'Russia' } });
    const facts = await api.execute(`{ relationships(filter: { types: [ALLIED_WITH] }) { edges { node { from { name } to { name } } } } }`);
    expect(facts.data?.relationships.edges).toEqual([{ node: { from: { name: 'North Korea' }, to: { name: 'Russia' } } }]);
  });

  it('keeps the reporter, the intermediary who relays it, hedging and a range', async () => {
    const result = await assert({
      subjectId: ids.troops,
      predicate: 'DEPLOYED_TO',
      objectId: ids.russia,
      reportedById: ids.agency,
      intermediaryId: ids.lawmaker,
      hedged: true,
      quantity: { value: 10_000, upper: 12_000, unit: 'troops' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.assertClaim).toMatchObject({
      reportedBy: { name: 'National Intelligence Service' },
      intermediary: { name: 'Lee Seong-kweun' },
      hedged: true,
      quantity: { value: 10_000, upper: 12_000, qualifier: 'EXACTLY', unit: 'troops' },
      extraction: null,
    });
  });

  it('refuses a provenance-only type, a kind the type does not allow and an entity related to itself', async () => {
    const provenance = await assert({ subjectId: ids.troops, predicate: 'REPORTED_BY', objectId: ids.agency });
    expect(errorCodes(provenance)).toEqual(['BAD_USER_INPUT']);
    expect(provenance.errors?.[0]?.message).toMatch(/^input\.predicate: expected a type that makes facts between entities/);
    const wrongKind = await assert({ subjectId: ids.agency, predicate: 'DEPLOYED_TO', objectId: ids.russia });
    expect(wrongKind.errors?.[0]?.message).toBe('input.subjectId: expected an entity of kind ARMED_FORCE or COUNTRY or PERSON for DEPLOYED_TO, but got ORGANIZATION');
    const itself = await assert({ subjectId: ids.russia, predicate: 'AT_WAR_WITH', objectId: ids.russia });
    expect(itself.errors?.[0]?.message).toMatch(/^input\.objectId: expected an entity other than the subject/);
    const [row] = await api.db.runStatement(`MATCH (c:Claim) WHERE c.predicate IN ['REPORTED_BY', 'AT_WAR_WITH'] OR c.text IS NULL RETURN count(c) AS n`);
    expect(row?.n).toBe(0);
  });

  it('names an unknown intermediary as NOT_FOUND', async () => {
    const result = await assert({ subjectId: ids.troops, predicate: 'DEPLOYED_TO', objectId: ids.russia, reportedById: ids.agency, intermediaryId: 'nobody' });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
    expect(result.errors?.[0]?.message).toBe('input.intermediaryId: expected the id of an entity, but no entity has id "nobody"');
  });

  it('records coordinates on an entity and refuses a latitude out of range', async () => {
    const placed = await api.execute(UPSERT, { input: { kind: 'LOCATION', name: 'Kursk', coordinates: { latitude: 51.73, longitude: 36.19 } } });
    expect(placed.errors).toBeUndefined();
    expect(placed.data?.upsertEntity).toEqual({ id: ids.kursk, coordinates: { latitude: 51.73, longitude: 36.19 } });
    const off = await api.execute(UPSERT, { input: { kind: 'LOCATION', name: 'Nowhere', coordinates: { latitude: 91, longitude: 0 } } });
    expect(off.errors?.[0]?.message).toBe('input.coordinates.latitude: expected a number from -90 to 90, but got 91');
  });
});

describe('Query.vocabulary', () => {
  it('lists every relationship type with what it means, from the one declaration', async () => {
    const result = await api.execute(`{ vocabulary { relationshipTypes { type label description provenanceOnly symmetric subjectKinds objectKinds objectOptional figure } } }`);
    expect(result.errors).toBeUndefined();
    const types = result.data?.vocabulary.relationshipTypes as Array<Record<string, unknown>>;
    const schema = await api.execute(`{ __type(name: "RelationshipType") { enumValues { name } } }`);
    expect(types.map((t) => t.type)).toEqual(schema.data?.__type.enumValues.map((v: { name: string }) => v.name));
    const byType = new Map(types.map((t) => [t.type, t]));
    expect(byType.get('REPORTED_BY')).toMatchObject({ provenanceOnly: true, symmetric: false });
    expect(byType.get('ALLIED_WITH')).toMatchObject({ provenanceOnly: false, symmetric: true, label: 'allied with' });
    expect(byType.get('KILLED_IN')).toMatchObject({ figure: 'KILLED', objectOptional: true, objectKinds: ['COUNTRY', 'LOCATION'] });
    expect(byType.get('DEPLOYED_TO')?.description).toMatch(/deployed to a country or location/);
  });
});
