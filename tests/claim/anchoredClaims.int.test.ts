import { planDbHits } from '../../bench/profile';
import { claimAnchorParams, claimFilterParams, type ClaimFilterInput, type ClaimInput } from '../../src/claim';
import { writeClaims } from '../../src/claim/repository';
import { upsertEntities } from '../../src/entity/repository';
import { recordSource } from '../../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Query.claims with a filter naming an entity or a source starts from that node's claims, not from
 * every claim in id order (claimAnchor, cypher/claim/findAnchoredClaims.cypher,
 * countAnchoredClaims.cypher, and the anchored block of the one-statement pages). Beside a hub with
 * 4,000 claims, an entity with 3 is answered through the API as before, and the statements' costs
 * are read in Neo4j's database hits (PROFILE), which do not depend on how busy the machine is: the
 * small entity's page and count cost its own claims; the hub's page is still read in id order,
 * where its claims fill a page at once.
 */
let scratch: ScratchNeo4j;
beforeAll(async () => {
  scratch = await startScratchNeo4j('anchored-claims');
}, 180_000);
afterAll(() => scratch?.stop());

const ACTOR = 'anchored-claims-test';
const HUB_CLAIMS = 4_000;
const url = 'https://anchored.example/report';
const hub = { kind: 'ARMED_FORCE' as const, name: 'Anchored Hub Force' };
const small = { kind: 'PERSON' as const, name: 'Anchored Small Person' };
const places = ['Anchorville', 'Keelton', 'Moorburg'].map((name) => ({ kind: 'LOCATION' as const, name }));
const view = { asOf: null, window: null };
let smallClaimIds: string[] = [];

beforeAll(async () => {
  await scratch.api.db.writeTransaction(async (tx) => {
    await upsertEntities(tx, [hub, small, ...places], ACTOR);
    await recordSource(tx, { url, title: 'A report', publishedAt: parsePartialDate('2025-03-01'), publisherId: null }, ACTOR);
  });
  // The hub's claims, made directly: what reading every claim in id order would go through.
  await scratch.api.db.runStatement(
    `MATCH (h:Entity {id: $hubId}), (s:Source {id: $sourceId})
     UNWIND range(1, $n) AS i
     CREATE (c:Claim {id: 'hub-' + i, predicate: 'DEPLOYED_TO', polarity: 'ASSERTED', status: 'REPORTED', attribution: 'SOURCE', text: 'Deployed.', knownAt: '2025-03-01'})
     CREATE (c)-[:SUBJECT]->(h), (c)-[:CITED_IN]->(s)`,
    { hubId: entityId(hub.kind, hub.name), sourceId: sourceId({ url }), n: HUB_CLAIMS },
  );
  const claims: ClaimInput[] = places.map((place, i) => ({
    sourceId: sourceId({ url }), subjectId: entityId(small.kind, small.name), predicate: 'LOCATED_IN', objectId: entityId(place.kind, place.name),
    polarity: 'ASSERTED', quantity: null, validFrom: parsePartialDate(`2025-03-0${i + 1}`), validTo: null, excerpt: `Seen in ${place.name}.`,
    reportedById: null, attribution: 'SOURCE', credibility: 3, note: null,
  }));
  smallClaimIds = (await scratch.api.db.writeTransaction((tx) => writeClaims(tx, claims, ACTOR))).ids;
  await scratch.api.db.runStatement('CALL db.prepareForReplanning()');
}, 180_000);

/** The db hits of a named query with a filter's parameters, as the API sends them, or with the anchor left out (the id order over every claim). */
async function hits(name: string, filter: ClaimFilterInput, extra: Record<string, unknown>, anchored = true): Promise<number> {
  const anchor = anchored ? claimAnchorParams(filter) : { anchorEntityId: null, anchorLinks: [], anchorSourceId: null };
  const params = { ...claimFilterParams(filter, view), ...anchor, ...extra };
  return planDbHits((await scratch.api.db.driver.executeQuery(`PROFILE ${scratch.api.db.text(name)}`, params)).summary.profile);
}

const PAGE = { afterId: null, beforeId: null, limit: 21, withSources: true, entityLinks: ['SUBJECT', 'OBJECT'], withPublishers: false };

it('answers the claims of an entity, in every order and both ways, as they are', async () => {
  const smallId = entityId(small.kind, small.name);
  const expected = [...smallClaimIds].sort();
  for (const orderBy of ['ID', 'CONFIDENCE_DESC', 'VALID_TIME']) {
    const forward = await scratch.api.execute(
      `query($id: ID!, $order: ClaimOrder) { claims(filter: { entityId: $id }, orderBy: $order, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id subject { id } } } } }`,
      { id: smallId, order: orderBy },
    );
    expect(forward.errors).toBeUndefined();
    const first = (forward.data as any).claims;
    expect(first.totalCount).toBe(3);
    const rest = await scratch.api.execute(
      `query($id: ID!, $order: ClaimOrder, $after: String) { claims(filter: { entityId: $id }, orderBy: $order, first: 5, after: $after) { edges { node { id } } } }`,
      { id: smallId, order: orderBy, after: first.pageInfo.endCursor },
    );
    const ids = [...first.edges, ...(rest.data as any).claims.edges].map((e: { node: { id: string } }) => e.node.id);
    expect({ orderBy, ids: [...ids].sort() }).toEqual({ orderBy, ids: expected });
    const backward = await scratch.api.execute(
      `query($id: ID!, $order: ClaimOrder) { claims(filter: { entityId: $id }, orderBy: $order, last: 5) { edges { node { id } } } }`,
      { id: smallId, order: orderBy },
    );
    expect({ orderBy, ids: (backward.data as any).claims.edges.map((e: { node: { id: string } }) => e.node.id) }).toEqual({ orderBy, ids });
  }
  const ofSource = await scratch.api.execute(`query($id: ID!) { claims(filter: { sourceId: $id }) { totalCount } }`, { id: sourceId({ url }) });
  expect((ofSource.data as any).claims.totalCount).toBe(HUB_CLAIMS + 3);
});

it('reads a small entity\'s page and count from its own claims, and a hub\'s page in id order', async () => {
  const smallFilter = { entityId: entityId(small.kind, small.name) };
  const hubFilter = { entityId: entityId(hub.kind, hub.name) };
  const page = await hits('findClaimPageInIdOrder', smallFilter, PAGE);
  const pageScanning = await hits('findClaimPageInIdOrder', smallFilter, PAGE, false);
  const count = await hits('countAnchoredClaims', smallFilter, {});
  const countScanning = await hits('countClaims', smallFilter, { idFloor: '' });
  const hubPage = await hits('findClaimPageInIdOrder', hubFilter, PAGE);
  console.log(
    `beside ${HUB_CLAIMS} claims of a hub: a page of an entity with 3 claims ${page} db hits (${pageScanning} in id order over every claim), ` +
      `its count ${count} (${countScanning}); the hub's page ${hubPage}`,
  );
  // In id order every claim is tested against the filter; from the entity, its 3.
  expect(pageScanning).toBeGreaterThan(HUB_CLAIMS);
  expect(page).toBeLessThan(pageScanning / 20);
  expect(countScanning).toBeGreaterThan(HUB_CLAIMS);
  expect(count).toBeLessThan(countScanning / 20);
  // The hub's own claims would be 4,000 to read; in id order its first 21 are the page.
  expect(hubPage).toBeLessThan(HUB_CLAIMS);
});
