import { generateGraph } from '../../bench/generator';
import { SCALES, DEFAULT_SEED } from '../../bench/scales';
import { deriveFact, findClaimsByIds, writeClaims, type ClaimInput, type ClaimRecord, type FactKey } from '../../src/claim';
import { upsertEntities } from '../../src/entity/repository';
import type { RelationshipType } from '../../src/generated/types';
import { openDatabase, type Database } from '../../src/neo4j';
import { importRecords } from '../../src/transfer/importRecords';
import { recordSources } from '../../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { mergeEntities, rejectClaim, retractClaim } from '../../src/write';
import { SCRATCH_USER, startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Facts are maintained incrementally (only the triples a batch touches, found by their triple key;
 * re-writes of unchanged claims skipped). This suite loads a generated graph through the import
 * path, batch by batch, and compares every stored fact and claim status with a full rebuild: all
 * claims read through their edges (not the triple key), grouped by triple, and derived afresh.
 */

/** Between the bench's small and medium scales: big enough for hubs that many batches touch. */
const SCALE = { ...SCALES.small, entities: 1_200, countries: 60, sources: 600, claims: 5_000 };

let scratch: ScratchNeo4j;
let db: Database;

beforeAll(async () => {
  scratch = await startScratchNeo4j('incremental-facts');
  // Batches of 500 claims: the API's request budget is for single requests, not an import.
  db = openDatabase({ uri: scratch.uri, transactionTimeoutMs: 600_000 });
}, 600_000);
afterAll(async () => {
  await db?.close();
  await scratch?.stop();
});

interface Rebuilt {
  facts: Map<string, Record<string, unknown>>;
  statuses: Map<string, { status: string; unattributedOnly: boolean }>;
}

/** A full rebuild, in memory: every claim, grouped by the triple its edges give. */
async function fullRebuild(): Promise<Rebuilt> {
  const ids = (await db.runStatement('MATCH (c:Claim) RETURN c.id AS id')).map((row) => row.id as string);
  const claims = [...(await findClaimsByIds(db, ids)).values()];
  const triples = new Map<string, { key: FactKey; claims: ClaimRecord[] }>();
  const statuses = new Map<string, { status: string; unattributedOnly: boolean }>();
  for (const claim of claims) {
    if (claim.status === 'RETRACTED') {
      statuses.set(claim.id, { status: 'RETRACTED', unattributedOnly: claim.unattributedOnly });
      continue;
    }
    if (claim.review.status === 'REJECTED') continue;
    const key = { fromId: claim.subjectId, type: claim.predicate as RelationshipType, toId: claim.objectId };
    const text = JSON.stringify(key);
    const group = triples.get(text) ?? { key, claims: [] };
    group.claims.push(claim);
    triples.set(text, group);
  }
  const facts = new Map<string, Record<string, unknown>>();
  for (const { key, claims: group } of triples.values()) {
    const { fact, claimStatuses } = deriveFact(key, group);
    // Neo4j stores no null property: a fact without a quantity has none.
    if (fact) facts.set(`${key.fromId}|${key.type}|${key.toId}`, Object.fromEntries(Object.entries(fact).filter(([, v]) => v !== null)));
    for (const s of claimStatuses) statuses.set(s.id, { status: s.status, unattributedOnly: s.unattributedOnly });
  }
  return { facts, statuses };
}

/** What the store holds: every fact's properties and the status of every claim the rebuild covers. */
async function stored(statusIds: Iterable<string>): Promise<Rebuilt> {
  const rows = await db.runStatement(
    'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.claimIds IS NOT NULL RETURN a.id + "|" + type(r) + "|" + b.id AS key, properties(r) AS props',
  );
  const facts = new Map(rows.map((row) => [row.key as string, row.props as Record<string, unknown>]));
  const claimRows = await db.runStatement('UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id, c.status AS status, c.unattributedOnly AS u', {
    ids: [...statusIds],
  });
  const statuses = new Map(claimRows.map((row) => [row.id as string, { status: row.status as string, unattributedOnly: (row.u as boolean | null) ?? false }]));
  return { facts, statuses };
}

/** Compares as sorted entries, so a failure names the first fact or claim that differs. */
async function expectEqualToFullRebuild(): Promise<number> {
  const expected = await fullRebuild();
  const actual = await stored(expected.statuses.keys());
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  expect(sorted(actual.facts)).toEqual(sorted(expected.facts));
  expect(sorted(actual.statuses)).toEqual(sorted(expected.statuses));
  return expected.facts.size;
}

/** Smaller than an import's own batches, so that ten of them cross the hubs. */
const BATCH = 500;

describe('facts maintained incrementally', () => {
  const graph = generateGraph(SCALE, DEFAULT_SEED);

  it('equal a full rebuild after the generated graph is imported batch by batch', async () => {
    const report = await importRecords(db, graph.records, undefined, { batchSize: BATCH });
    expect(report.errors).toEqual([]);
    expect(report.claims).toBe(SCALE.claims);
    expect(graph.counts.retractions).toBeGreaterThan(0);
    // Hubs: some subject has claims in many batches (the case the triple key is for).
    const [hub] = await db.runStatement('MATCH (e:Entity)<-[:SUBJECT]-(c:Claim) WITH e, count(c) AS n RETURN max(n) AS n');
    expect(hub?.n as number).toBeGreaterThan(200);
    const [denied] = await db.runStatement("MATCH (c:Claim {polarity: 'DENIED'}) RETURN count(c) AS n");
    expect(denied?.n as number).toBeGreaterThan(0);
    expect(await expectEqualToFullRebuild()).toBeGreaterThan(1_000);
  }, 300_000);

  it('still equal it, with nothing added, after the same import runs again', async () => {
    const count = async () => (await db.runStatement('MATCH (n) RETURN count(n) AS nodes, COUNT { MATCH ()-[r]->() } AS rels'))[0];
    const before = await count();
    const report = await importRecords(db, graph.records, undefined, { batchSize: BATCH });
    expect(report.errors).toEqual([]);
    expect(await count()).toEqual(before);
    await expectEqualToFullRebuild();
  }, 300_000);

  it('still equal it after retractions, rejections and a merge', async () => {
    const claims = await db.runStatement(
      "MATCH (c:Claim) WHERE c.status <> 'RETRACTED' WITH c ORDER BY c.id LIMIT 40 RETURN collect(c.id) AS ids",
    );
    const ids = claims[0]?.ids as string[];
    for (const id of ids.slice(0, 20)) await retractClaim(db, id, 'test: the outlet withdrew it', 'test');
    for (const id of ids.slice(20)) await rejectClaim(db, id, 'test: misread', SCRATCH_USER);
    // Two busy entities of one kind become one: their claims move and get new triple keys.
    const [pair] = await db.runStatement(
      `MATCH (e:Entity {kind: 'ARMED_FORCE'})<-[:SUBJECT]-(c:Claim) WITH e, count(c) AS n ORDER BY n DESC, e.id LIMIT 2
       RETURN collect(e.id) AS ids`,
    );
    const [keepId, mergeId] = pair?.ids as [string, string];
    await mergeEntities(db, keepId, mergeId, 'test');
    const [stale] = await db.runStatement(
      "MATCH (c:Claim)-[:SUBJECT]->(s:Entity) WHERE c.tripleKey <> s.id + '|' + c.predicate + '|' + coalesce([(c)-[:OBJECT]->(o) | o.id][0], '') RETURN count(c) AS n",
    );
    expect(stale?.n).toBe(0);
    await expectEqualToFullRebuild();
  }, 300_000);

  it('still equal it while a feed adds a day of reports at a time to one triple, each appended to the stored fact where nothing else can move', async () => {
    const attackers = entityId('ARMED_FORCE', 'Appending Attackers');
    const defenders = entityId('ARMED_FORCE', 'Appending Defenders');
    const agency = entityId('ORGANIZATION', 'Appending Agency');
    const outlets = [0, 1, 2, 3].map((i) => entityId('ORGANIZATION', `Appending Outlet ${i}`));
    await db.writeTransaction((tx) =>
      upsertEntities(tx, [
        { kind: 'ARMED_FORCE', name: 'Appending Attackers' },
        { kind: 'ARMED_FORCE', name: 'Appending Defenders' },
        { kind: 'ORGANIZATION', name: 'Appending Agency', reliability: 'B' },
        { kind: 'COUNTRY', name: 'Appending Country' },
        ...[0, 1, 2, 3].map((i) => ({ kind: 'ORGANIZATION' as const, name: `Appending Outlet ${i}`, reliability: (['A', 'C', 'E', 'F'] as const)[i] })),
      ], 'test'),
    );
    /** One report per url: the outlet (by the url's number) is its publisher, and every fourth names the agency. */
    const reports = async (day: string, urls: string[], extra: Partial<ClaimInput> = {}): Promise<ClaimInput[]> => {
      await db.writeTransaction((tx) =>
        recordSources(tx, urls.map((url) => ({
          url, title: null, publishedAt: parsePartialDate(day), publisherId: outlets[Number(url.split('/').pop()) % 4] as string,
        })), 'test'),
      );
      return urls.map((url, i) => ({
        sourceId: sourceId({ url }), subjectId: attackers, predicate: 'ATTACKED', objectId: defenders,
        validFrom: parsePartialDate(day), validTo: parsePartialDate(day), excerpt: `Attackers struck on ${day}.`,
        attribution: i % 4 === 0 ? 'REPORTER' : i % 4 === 3 ? 'UNATTRIBUTED' : 'SOURCE', reportedById: i % 4 === 0 ? agency : null,
        credibility: 1 + (i % 6), review: i % 5 === 0 ? 'PENDING' : null, ...extra,
      }));
    };
    const urls = (day: string, n: number) => Array.from({ length: n }, (_, i) => `https://feed.example/${day}/${i}`);
    /** Writes a batch, then says how the fact of each triple findTripleClaims was asked about came back, and compares the store with a full rebuild. */
    const write = async (claims: ClaimInput[]): Promise<string[]> => {
      const reads: string[] = [];
      await db.writeTransaction(async (tx) => {
        const watched = {
          async run(name: string, params?: Record<string, unknown>) {
            const rows = await tx.run(name, params);
            if (name === 'findTripleClaims') reads.push(...rows.map((row) => (row.fact !== null ? 'stored fact' : 'claims')));
            return rows;
          },
        };
        await writeClaims(watched, claims, 'test');
      });
      await expectEqualToFullRebuild();
      return reads;
    };
    // The first day's reports make the fact; the next days append to it.
    expect(await write(await reports('2025-03-01', urls('2025-03-01', 3)))).toEqual([]);
    for (const day of ['2025-03-02', '2025-03-03', '2025-02-27']) {
      expect(await write(await reports(day, urls(day, 12)))).toEqual(['stored fact']);
    }
    // A second report in a source the triple has a claim in already: its origin may fold in with the first's.
    const again = await reports('2025-03-02', ['https://feed.example/2025-03-02/5'], { attribution: 'REPORTER', reportedById: agency, validFrom: parsePartialDate('2025-03'), validTo: null });
    expect(await write(again)).toEqual(['claims']);
    // An event's figures are appended where no stored figure shares their date; one that does is
    // compared with the triple's claims (here it disputes the first two).
    const figure = (value: number) => ({ quantity: { value, upper: null, unit: null, qualifier: 'EXACTLY' as const } });
    expect(await write(await reports('2025-03-04', urls('2025-03-04', 2), figure(3)))).toEqual(['stored fact']);
    expect(await write(await reports('2025-03-04', ['https://feed.example/2025-03-04/7'], figure(30)))).toEqual(['stored fact', 'claims']);
    // A denial disputes the assertions of its day: the fact is not even read to append.
    expect(await write(await reports('2025-03-03', ['https://feed.example/denial/1'], { polarity: 'DENIED' }))).toEqual(['claims']);
    // After a denial, any later assertion might dispute it: the stored fact says so.
    expect(await write(await reports('2025-03-05', urls('2025-03-05', 6)))).toEqual(['claims']);
    const [fact] = await db.runStatement(
      'MATCH (:Entity {id: $attackers})-[r:ATTACKED]->(:Entity {id: $defenders}) RETURN r.claimCount AS claims, r.deniedClaimCount AS denied, r.disputed AS disputed',
      { attackers, defenders },
    );
    expect(fact).toEqual({ claims: 3 + 36 + 1 + 2 + 1 + 6, denied: 1, disputed: true });
    // A fact of one unnamed report: the next day's reports from other outlets are appended, and its
    // first claim becomes CORROBORATED and no longer unattributedOnly.
    const reversed = (claims: ClaimInput[]) => claims.map((c) => ({ ...c, subjectId: defenders, objectId: attackers }));
    const unnamed = { attribution: 'UNATTRIBUTED' as const, reportedById: null };
    expect(await write(reversed(await reports('2025-03-06', ['https://feed.example/2025-03-06/9'], unnamed)))).toEqual([]);
    const [first] = await db.runStatement("MATCH (c:Claim {tripleKey: $key}) RETURN c.status AS status, c.unattributedOnly AS unattributedOnly", {
      key: `${defenders}|ATTACKED|${attackers}`,
    });
    expect(first).toEqual({ status: 'REPORTED', unattributedOnly: true });
    expect(await write(reversed(await reports('2025-03-07', urls('2025-03-07', 4))))).toEqual(['stored fact']);
    const statuses = await db.runStatement('MATCH (c:Claim {tripleKey: $key}) RETURN DISTINCT c.status AS status, c.unattributedOnly AS unattributedOnly', {
      key: `${defenders}|ATTACKED|${attackers}`,
    });
    expect(statuses).toEqual([{ status: 'CORROBORATED', unattributedOnly: false }]);
    // A state, as articles report it ("deployed there since December"): later starts within that
    // month are appended; "since October" disputes it, and the claims are read.
    const country = entityId('COUNTRY', 'Appending Country');
    const deployed = (claims: ClaimInput[]) => claims.map((c) => ({ ...c, predicate: 'DEPLOYED_TO' as const, objectId: country, validTo: null }));
    expect(await write(deployed(await reports('2024-12', urls('state-2024-12', 2))))).toEqual([]);
    expect(await write(deployed(await reports('2024-12-05', urls('state-2024-12-05', 3))))).toEqual(['stored fact']);
    expect(await write(deployed(await reports('2024-10', urls('state-2024-10', 1))))).toEqual(['stored fact', 'claims']);
    const [state] = await db.runStatement('MATCH (:Entity {id: $attackers})-[r:DEPLOYED_TO]->(:Entity {id: $country}) RETURN r.claimCount AS claims, r.disputed AS disputed', {
      attackers, country,
    });
    expect(state).toEqual({ claims: 6, disputed: true });
  }, 300_000);
});
