import path from 'node:path';
import { openDatabase } from '../../src/neo4j';
import { projectRoot } from '../../src/support';
import { runImport, type Io } from '../../src/transfer';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Claim.feedEvents (schema/feeds.graphql): the feed records a claim was imported from, read through
 * the API after the GDELT and ACLED fixtures are imported by the command line. The figures asserted
 * are the fixtures' own columns (tests/fixtures/feeds/), so a field read from the wrong column fails.
 */
const FIXTURES = path.join(projectRoot, 'tests', 'fixtures', 'feeds');
let scratch: ScratchNeo4j;

beforeAll(async () => {
  scratch = await startScratchNeo4j('feed-events-api');
  const sink: Io = { out: () => undefined, err: () => undefined, isTTY: false };
  for (const argv of [
    ['--format', 'gdelt', path.join(FIXTURES, 'gdelt.export.CSV')],
    ['--format', 'gdelt', path.join(FIXTURES, 'gdelt.mentions.CSV')],
    ['--format', 'acled', path.join(FIXTURES, 'acled.csv')],
  ]) {
    // Exit code 1 means some lines were refused, which the fixtures do on purpose (feeds.int.test.ts).
    expect([0, 1]).toContain(await runImport(argv, sink, openDatabase({ uri: scratch.uri })));
  }
}, 180_000);
afterAll(() => scratch?.stop());

const CLAIMS = `query Claims($after: String) { claims(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { id predicate subject { name } feedEvents {
    id feed eventId date { iso precision } place { name } actors { role entity { name } }
    numSources numMentions numArticles goldsteinScale averageTone fatalities fields { name value } } } } } }`;

interface FeedEventAnswer {
  id: string;
  feed: string;
  eventId: string;
  date: { iso: string; precision: string } | null;
  place: { name: string } | null;
  actors: Array<{ role: string; entity: { name: string } }>;
  numSources: number | null;
  numMentions: number | null;
  numArticles: number | null;
  goldsteinScale: number | null;
  averageTone: number | null;
  fatalities: number | null;
  fields: Array<{ name: string; value: string }>;
}

async function allClaims(): Promise<Array<{ id: string; predicate: string; feedEvents: FeedEventAnswer[] }>> {
  const claims = [];
  let after: string | null = null;
  for (;;) {
    const result = await scratch.api.execute(CLAIMS, { after });
    expect(result.errors).toBeUndefined();
    const page = (result.data as any).claims;
    claims.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return claims;
    after = page.pageInfo.endCursor;
  }
}

describe('Claim.feedEvents', () => {
  it("gives GDELT's own counts and scores, its place and actors, beside the claim it made", async () => {
    const claims = await allClaims();
    const fromEvent = claims.filter((c) => c.feedEvents.some((e) => e.feed === 'GDELT' && e.eventId === '1000000001'));
    expect(fromEvent.length).toBeGreaterThan(0);
    const event = fromEvent[0]!.feedEvents.find((e) => e.eventId === '1000000001')!;
    expect(event).toMatchObject({
      date: { iso: '2025-03-10', precision: 'DAY' },
      // Columns 31-35 of the fixture's line: NumMentions 12, NumSources 4, NumArticles 10, AvgTone -6.52; Goldstein -10.
      numMentions: 12,
      numSources: 4,
      numArticles: 10,
      averageTone: -6.52,
      goldsteinScale: -10,
      fatalities: null,
    });
    expect(event.place?.name).toMatch(/Kharkiv/);
    expect(event.actors.map((a) => a.role).sort()).toEqual(['actor1', 'actor2']);
    const fields = Object.fromEntries(event.fields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ EventCode: '193', Actor1Code: 'RUSMIL', NumSources: '4', ActionGeo_FullName: "Kharkiv, Kharkivs'ka Oblast', Ukraine" });
    // Our bookkeeping is not the feed's: it is not listed among the feed's fields.
    expect(Object.keys(fields)).not.toContain('createdBy');
    expect(Object.keys(fields)).not.toContain('claimPredicate');
    expect(event.fields.map((f) => f.name)).toEqual([...event.fields.map((f) => f.name)].sort());
    // Every claim that names the event sees the same record.
    for (const claim of fromEvent) expect(claim.feedEvents.find((e) => e.eventId === '1000000001')).toEqual(event);
  });

  it("gives ACLED's fatalities and codebook fields, and no GDELT counts", async () => {
    const claims = await allClaims();
    const event = claims.flatMap((c) => c.feedEvents).find((e) => e.feed === 'ACLED' && e.eventId === 'UKR1001');
    expect(event).toBeDefined();
    expect(event).toMatchObject({ fatalities: 3, numSources: null, numMentions: null, goldsteinScale: null, averageTone: null, date: { iso: '2025-03-10', precision: 'DAY' } });
    expect(event!.place?.name).toMatch(/Pokrovsk/);
    const fields = Object.fromEntries(event!.fields.map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash', geo_precision: '1', time_precision: '1', source_scale: 'National' });
    expect(fields).not.toHaveProperty('assoc_actor_1');
  });

  it('is empty for a claim that came from no feed', async () => {
    const written = await scratch.api.execute(
      `mutation { s: recordSource(input: { url: "https://feed-events.example/article", title: "An article" }) { id }
        a: upsertEntity(input: { kind: ARMED_FORCE, name: "Feed events test brigade" }) { id }
        b: upsertEntity(input: { kind: LOCATION, name: "Feed events test town" }) { id } }`,
    );
    const ids = written.data as any;
    const claim = await scratch.api.execute(
      `mutation C($input: ClaimInput!) { assertClaim(input: $input) { id feedEvents { id } } }`,
      { input: { sourceId: ids.s.id, subjectId: ids.a.id, predicate: 'DEPLOYED_TO', objectId: ids.b.id, excerpt: 'The brigade moved to the town.', credibility: 3 } },
    );
    expect(claim.errors).toBeUndefined();
    expect((claim.data as any).assertClaim.feedEvents).toEqual([]);
  });
});
