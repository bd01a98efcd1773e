import { createTestApi, type TestApi } from '../helpers/testApi';
import { SCRATCH_USER, startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * `timeline(places: true)`: a country's timeline with what happened at the places in it (what a
 * feed's events are about), through LOCATED_IN facts up to three levels down, as of the view's
 * date, without the claims that locate them. Written through the API on a scratch Neo4j, read
 * through Query.timeline on all three read paths (projected, one statement, DataLoader) and
 * Entity.timeline.
 */
let scratch: ScratchNeo4j;
/** The same graph read without single-statement reads, and without projected reads. */
let loaders: TestApi;
let unprojected: TestApi;

const ids: Record<string, string> = {};
/** Claim ids by a short name. */
const claims: Record<string, string> = {};

async function write(document: string, variables: Record<string, unknown>) {
  const result = await scratch.api.execute(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

beforeAll(async () => {
  scratch = await startScratchNeo4j('timeline-places');
  loaders = await createTestApi(scratch.uri, SCRATCH_USER, { singleStatementReads: false });
  unprojected = await createTestApi(scratch.uri, SCRATCH_USER, { projectedReads: false });
  const entity = async (name: string, kind: string) =>
    (await write('mutation($i: EntityInput!) { upsertEntity(input: $i) { id } }', { i: { kind, name } })).upsertEntity.id as string;
  ids.ukraine = await entity('Ukraine', 'COUNTRY');
  ids.russia = await entity('Russia', 'COUNTRY');
  ids.europe = await entity('Eastern Europe', 'LOCATION');
  ids.donetsk = await entity('Donetsk Oblast', 'LOCATION');
  ids.pokrovsk = await entity('Pokrovsk', 'LOCATION');
  ids.lviv = await entity('Lviv', 'LOCATION');
  ids.brigade = await entity('Timeline Test Brigade', 'ARMED_FORCE');
  ids.commander = await entity('Timeline Test Commander', 'PERSON');
  const source = async (url: string, publishedAt: string) =>
    (await write('mutation($i: SourceInput!) { recordSource(input: $i) { id } }', { i: { url, title: url, publishedAt } })).recordSource.id as string;
  const atlas = await source('https://atlas.example/regions', '2024-01-10');
  const wire = await source('https://wire.example/2024/02/05/attacks', '2024-02-05');
  const gazette = await source('https://gazette.example/2024/06/01/lviv', '2024-06-01');
  const claim = async (name: string, sourceId: string, subject: string, predicate: string, object: string, validFrom?: string) => {
    const input = { sourceId, subjectId: ids[subject], predicate, objectId: ids[object], excerpt: `${subject} ${predicate} ${object}.`, credibility: 2, validFrom };
    claims[name] = (await write('mutation($i: ClaimInput!) { assertClaim(input: $i) { id } }', { i: input })).assertClaim.id as string;
  };
  await claim('war', atlas, 'ukraine', 'AT_WAR_WITH', 'russia', '2022-02-24');
  await claim('ukraineInEurope', atlas, 'ukraine', 'LOCATED_IN', 'europe');
  await claim('donetskInUkraine', atlas, 'donetsk', 'LOCATED_IN', 'ukraine');
  await claim('pokrovskInDonetsk', atlas, 'pokrovsk', 'LOCATED_IN', 'donetsk');
  await claim('attackOnPokrovsk', wire, 'brigade', 'ATTACKED', 'pokrovsk', '2024-02-03');
  // Lviv's attack is known before Lviv is known to be in Ukraine (the gazette, in June).
  await claim('attackOnLviv', wire, 'brigade', 'ATTACKED', 'lviv', '2024-02-04');
  await claim('lvivInUkraine', gazette, 'lviv', 'LOCATED_IN', 'ukraine');
  // A person in Pokrovsk: where the commander was is about Pokrovsk, and stays; the commander is not
  // one of Ukraine's places, so what else is said of the commander stays out.
  await claim('commanderInPokrovsk', wire, 'commander', 'LOCATED_IN', 'pokrovsk');
  await claim('commanderInBrigade', wire, 'commander', 'PART_OF', 'brigade', '2023-05-01');
}, 300_000);
afterAll(async () => {
  await loaders?.close();
  await unprojected?.close();
  await scratch?.stop();
});

const TIMELINE = `query($id: ID!, $places: Boolean, $asOf: String, $first: Int, $after: String) {
  timeline(entityId: $id, places: $places, asOf: $asOf, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id predicate validFrom { iso } subject { name } object { name } source { url } } }
  }
}`;

const ENTITY_TIMELINE = `query($id: ID!, $places: Boolean, $asOf: String) {
  entity(id: $id) { timeline(places: $places, asOf: $asOf, first: 100) { totalCount edges { cursor node { id predicate validFrom { iso } subject { name } object { name } source { url } } } } }
}`;

async function timeline(api: TestApi, variables: Record<string, unknown>) {
  const result = await api.execute(TIMELINE, { first: 100, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data!.timeline;
}

/** Claim names in id order: how claims with no valid time, last, are ordered among themselves. */
const byId = (...names: string[]) => names.sort((a, b) => claims[a]!.localeCompare(claims[b]!));

/** The claim names of a page, in its order (an as-of view's claim ids end in "@" and its date). */
const named = (connection: { edges: Array<{ node: { id: string } }> }) =>
  connection.edges.map((e) => Object.keys(claims).find((name) => claims[name] === e.node.id.split('@')[0]) ?? e.node.id);

describe('a timeline with the places in it', () => {
  it('without places: the claims about the country alone, its places only as located in it', async () => {
    const page = await timeline(scratch.api, { id: ids.ukraine });
    expect(named(page)).toEqual(['war', ...byId('ukraineInEurope', 'donetskInUkraine', 'lvivInUkraine')]);
    expect(page.totalCount).toBe(4);
  });

  it('with places: what happened at its places, three levels down, in valid-time order, without the claims that locate them', async () => {
    const page = await timeline(scratch.api, { id: ids.ukraine, places: true });
    // Pokrovsk is in Donetsk Oblast, which is in Ukraine; Ukraine's own location stays, and so does
    // the commander's in Pokrovsk (no valid time: last, with Ukraine's).
    expect(named(page)).toEqual(['war', 'attackOnPokrovsk', 'attackOnLviv', ...byId('ukraineInEurope', 'commanderInPokrovsk')]);
    expect(page.totalCount).toBe(5);
  });

  it('a region with places: its own location, and its town', async () => {
    const page = await timeline(scratch.api, { id: ids.donetsk, places: true });
    expect(named(page)).toEqual(['attackOnPokrovsk', ...byId('donetskInUkraine', 'commanderInPokrovsk')]);
    expect(page.totalCount).toBe(3);
  });

  it('as of a date: a place not yet known to be in it is not one of its places', async () => {
    const page = await timeline(scratch.api, { id: ids.ukraine, places: true, asOf: '2024-03-01' });
    expect(named(page)).toEqual(['war', 'attackOnPokrovsk', ...byId('ukraineInEurope', 'commanderInPokrovsk')]);
    expect(page.totalCount).toBe(4);
    // Before the wire's report, nothing had happened at its places yet.
    expect(named(await timeline(scratch.api, { id: ids.ukraine, places: true, asOf: '2024-01-31' }))).toEqual(['war', 'ukraineInEurope']);
  });

  it('pages through its cursors without losing or repeating a claim', async () => {
    const whole = named(await timeline(scratch.api, { id: ids.ukraine, places: true }));
    const first = await timeline(scratch.api, { id: ids.ukraine, places: true, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await timeline(scratch.api, { id: ids.ukraine, places: true, first: 10, after: first.pageInfo.endCursor });
    expect([...named(first), ...named(rest)]).toEqual(whole);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('answers the same on every read path, and through Entity.timeline', async () => {
    for (const variables of [{ id: ids.ukraine, places: true }, { id: ids.ukraine, places: true, asOf: '2024-03-01' }, { id: ids.ukraine }, { id: ids.donetsk, places: true }]) {
      const projected = await timeline(scratch.api, variables);
      expect(await timeline(unprojected, variables)).toEqual(projected);
      expect(await timeline(loaders, variables)).toEqual(projected);
      const viaEntity = await scratch.api.execute(ENTITY_TIMELINE, variables);
      expect(viaEntity.errors).toBeUndefined();
      expect(viaEntity.data!.entity.timeline).toEqual({ totalCount: projected.totalCount, edges: projected.edges });
    }
  });
});
