import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../src/support';
import { writeBundle } from '../../src/write';
import { asGdelt1, fightingLine, mentionLine } from '../helpers/gdeltLines';
import { graphSize, runImportCommand } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * What real feed files do that the exact fixtures of feeds.int do not: ACLED revises an event in
 * place between two exports; one article is the source of events in many batches; a mentions table
 * cites events by when GDELT saw them, not when they happened, and repeats a line; a download is
 * cut short; a town's alias is also its country's. Each file here is made in the test (ACLED's
 * from its fixture's header, GDELT's by tests/helpers/gdeltLines.ts), against an empty Neo4j of
 * this suite's own.
 */
const FIXTURES = path.join(projectRoot, 'tests', 'fixtures', 'feeds');
const ACLED_HEADER = (readFileSync(path.join(FIXTURES, 'acled.csv'), 'utf8').split('\n')[0] as string).trim().split(',');

let scratch: ScratchNeo4j;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'kg-feeds-real-'));
  scratch = await startScratchNeo4j('feeds-real');
  // A country that keeps its capital as an alias, as ingestion's countries do.
  await scratch.api.db.writeTransaction((tx) =>
    writeBundle(tx, { entities: [{ kind: 'COUNTRY', name: 'Ukraine', aliases: [{ name: 'Kyiv', kind: 'ALIAS' }] }], claims: [] }, 'test', 'the real files test'),
  );
}, 180_000);
afterAll(async () => {
  await scratch?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const run = (argv: string[]) => runImportCommand(scratch.uri, argv);

const everything = () => graphSize(scratch.api.db);

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** An ACLED export of the given records, each a set of fields over a plain battle near Pokrovsk. */
function acledFile(name: string, rows: Array<Record<string, string>>): string {
  const base: Record<string, string> = {
    event_date: '2025-04-02', year: '2025', time_precision: '1', disorder_type: 'Political violence', event_type: 'Battles',
    sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)', inter1: 'State forces',
    actor2: 'Military Forces of Ukraine (2019-)', inter2: 'State forces', interaction: 'State forces-State forces', iso: '804',
    region: 'Europe', country: 'Ukraine', admin1: 'Donetsk', admin2: 'Pokrovskyi', location: 'Novoselivka', latitude: '48.21',
    longitude: '37.02', geo_precision: '1', source: 'Regional Desk', source_scale: 'National', notes: 'A made-up clash for this test.',
    fatalities: '0', timestamp: '1743600000',
  };
  const lines = [ACLED_HEADER.join(','), ...rows.map((row) => ACLED_HEADER.map((c) => csvField({ ...base, ...row }[c] ?? '')).join(','))];
  const file = path.join(folder, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function writeFile(name: string, text: string | Buffer): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('an ACLED record revised between two exports', () => {
  it('replaces what the record said: the claims it no longer makes are retracted, its old place unlinked', async () => {
    const first = await run(['--format', 'acled', acledFile('first.csv', [{ event_id_cnty: 'REV1', fatalities: '3' }])]);
    expect(first.code).toBe(0);
    // FIGHTS_IN for each army, and the killed figure, in Novoselivka; and Novoselivka LOCATED_IN Ukraine.
    expect(first.out).toMatch(/imported 1 ACLED events .*: 4 claims \(4 new\)/);

    // ACLED corrected the figure and the village: the same event id, a later export.
    const revised = acledFile('revised.csv', [{ event_id_cnty: 'REV1', fatalities: '5', location: 'Hrodivka', latitude: '48.34', longitude: '37.38' }]);
    const second = await run(['--format', 'acled', revised]);
    expect(second.code).toBe(0);
    expect(second.out).toContain('3 claims retracted: records the feed has revised no longer make them');

    const claimed = await scratch.api.db.runStatement(
      `MATCH (:FeedEvent {eventId: 'REV1'})-[:CLAIMED]->(c:Claim)-[:OBJECT]->(o:Entity)
       RETURN c.predicate AS predicate, c.quantityValue AS killed, c.status AS status, o.name STARTS WITH 'Hrodivka' AS inHrodivka ORDER BY predicate`,
    );
    expect(claimed.map((c) => [c.predicate, c.killed, c.inHrodivka])).toEqual([['FIGHTS_IN', null, true], ['FIGHTS_IN', null, true], ['KILLED_IN', 5, true]]);
    expect(claimed.every((c) => c.status !== 'RETRACTED')).toBe(true);
    const retracted = await scratch.api.db.runStatement(
      `MATCH (c:Claim {status: 'RETRACTED'}) RETURN c.quantityValue AS killed, c.retractedReason AS reason ORDER BY killed`,
    );
    expect(retracted).toHaveLength(3);
    expect(retracted.map((r) => r.killed)).toEqual([3, null, null]);
    expect(retracted[0]?.reason).toMatch(/^ACLED revised event REV1 \(the ACLED file .*revised\.csv\): its record no longer says this$/);
    // The figure of 3 no longer stands as a fact beside the 5: nothing counts for it.
    const facts = await scratch.api.db.runStatement(
      `MATCH (:Entity)-[r:KILLED_IN]->(p:Entity) RETURN r.quantityValue AS killed, p.name STARTS WITH 'Hrodivka' AS inHrodivka`,
    );
    expect(facts).toEqual([{ killed: 5, inHrodivka: true }]);
    // Through the API: the figure the feed took back is RETRACTED, with the record as the reason.
    const api = await scratch.api.execute(
      `{ claims(filter: { predicates: [KILLED_IN] }, first: 10) { edges { node { status quantity { value } retraction { reason } } } } }`,
    );
    expect(api.errors).toBeUndefined();
    expect(api.data?.claims.edges.map((e: any) => [e.node.quantity.value, e.node.status, e.node.retraction?.reason ?? null]).sort()).toEqual([
      [3, 'RETRACTED', retracted[0]?.reason],
      [5, 'REPORTED', null],
    ]);
    const [places] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: 'REV1'})-[:AT]->(p) RETURN collect(p.name) AS names`);
    expect(places?.names).toHaveLength(1);
    expect((places?.names as string[])[0]).toMatch(/^Hrodivka/);
    // Where a place is is not the record's to take back: the village the revision left is still in
    // Ukraine, and the new one is too.
    const where = await scratch.api.execute(
      `{ relationships(filter: { types: [LOCATED_IN] }, first: 10) { edges { node { from { name } to { name } claims(first: 5) { status } } } } }`,
    );
    expect(where.errors).toBeUndefined();
    expect(where.data?.relationships.edges.map((e: any) => [e.node.from.name.split(',')[0], e.node.to.name, e.node.claims.map((c: any) => c.status)]).sort()).toEqual([
      ['Hrodivka', 'Ukraine', ['REPORTED']],
      ['Novoselivka', 'Ukraine', ['REPORTED']],
    ]);

    // The revised export again: nothing new, nothing retracted.
    const before = await everything();
    const third = await run(['--format', 'acled', revised]);
    expect(third.out).toMatch(/: 4 claims \(0 new\)/);
    expect(third.out).not.toContain('retracted');
    expect(await everything()).toEqual(before);

    // The older export after the newer one: the last run wins, and the claims it makes count again.
    const older = await run(['--format', 'acled', path.join(folder, 'first.csv')]);
    expect(older.out).toContain('3 claims retracted');
    expect(older.out).toContain('3 claims restored: a revision had retracted them, and the records make them again');
    const figures = await scratch.api.execute(`{ claims(filter: { predicates: [KILLED_IN] }, first: 10) { edges { node { status quantity { value } retraction { reason } } } } }`);
    expect(figures.data?.claims.edges.map((e: any) => [e.node.quantity.value, e.node.status, e.node.retraction === null]).sort()).toEqual([
      [3, 'REPORTED', true],
      [5, 'RETRACTED', false],
    ]);
    const [fact] = await scratch.api.db.runStatement(`MATCH (:Entity)-[r:KILLED_IN]->(p:Entity) RETURN r.quantityValue AS killed, p.name STARTS WITH 'Novoselivka' AS inNovoselivka`);
    expect(fact).toEqual({ killed: 3, inNovoselivka: true });
  });

  it('takes the last of two versions of a record in one file, without the links of the first', async () => {
    const file = acledFile('both.csv', [
      { event_id_cnty: 'REV2', fatalities: '2', location: 'Ocheretyne', latitude: '48.22', longitude: '37.60' },
      { event_id_cnty: 'REV2', fatalities: '4', location: 'Avdiivka', latitude: '48.14', longitude: '37.74' },
    ]);
    const result = await run(['--format', 'acled', file]);
    expect(result.code).toBe(0);
    // The last version's three, and where Avdiivka is.
    expect(result.out).toMatch(/imported 1 ACLED events .*: 4 claims \(4 new\)/);
    const [event] = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent {eventId: 'REV2'})
       RETURN [(f)-[:AT]->(p) | p.name] AS places, [(f)-[:CLAIMED]->(c:Claim) WHERE c.quantityValue IS NOT NULL | c.quantityValue] AS killed, f.fatalities AS fatalities`,
    );
    expect(event?.places).toHaveLength(1);
    expect((event?.places as string[])[0]).toMatch(/^Avdiivka/);
    expect(event).toMatchObject({ killed: [4], fatalities: 4 });
  });

  it("keeps a town apart from its country when the town's name is the country's alias", async () => {
    const result = await run(['--format', 'acled', acledFile('kyiv.csv', [{ event_id_cnty: 'KYV1', admin1: 'Kyiv City', admin2: '', location: 'Kyiv', latitude: '50.45', longitude: '30.52' }])]);
    expect(result.code).toBe(0);
    const [place] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: 'KYV1'})-[:AT]->(p:Entity) RETURN p.kind AS kind, p.name AS name`);
    expect(place?.kind).toBe('LOCATION');
    expect(place?.name).toMatch(/^Kyiv, /);
    const [ukraine] = await scratch.api.db.runStatement(`MATCH (u:Entity {kind: 'COUNTRY', name: 'Ukraine'}) RETURN u.latitude AS latitude, u.aliases AS aliases`);
    expect(ukraine?.latitude).toBeNull();
    expect(ukraine?.aliases).not.toContain(place?.name);
  });
});

describe("ACLED's list of deleted events", () => {
  it('retracts what a deleted event said, keeps the record as deleted, and lets a later export bring it back', async () => {
    const exported = acledFile('before-deletion.csv', [
      { event_id_cnty: 'DEL1', fatalities: '3', location: 'Zarichne', latitude: '48.95', longitude: '37.96', event_date: '2025-04-09' },
      { event_id_cnty: 'DEL2', location: 'Torske', latitude: '48.99', longitude: '38.06', event_date: '2025-04-09' },
    ]);
    expect((await run(['--format', 'acled', exported])).code).toBe(0);
    // A time no date can hold refuses its line only: the deletions after it still apply.
    const deletions = writeFile('deleted.csv', 'event_id_cnty,deleted_timestamp\nDEL9,99999999999999999999\nDEL1,1744329600\nNOPE99,1744329600\nDEL2,soon\n');
    const deleted = await run(['--format', 'acled', deletions]);
    expect(deleted.code).toBe(1);
    expect(deleted.err).toContain(`${deletions}:2: deleted_timestamp: expected seconds since 1970, but got "99999999999999999999"`);
    expect(deleted.err).toContain(`${deletions}:5: deleted_timestamp: expected seconds since 1970, but got "soon"`);
    expect(deleted.err).not.toContain('stopped reading');
    expect(deleted.out).toContain('1 ACLED events deleted, as the deletion lists say: 3 claims retracted that only they made; 1 listed events the graph does not hold');
    const [record] = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent {eventId: 'DEL1'}) RETURN f.deletedAt AS deletedAt, COUNT { (f)--() } AS links`,
    );
    expect(record).toEqual({ deletedAt: '2025-04-11T00:00:00.000Z', links: 0 });
    const retracted = await scratch.api.db.runStatement(
      `MATCH (c:Claim) WHERE c.retractedReason STARTS WITH 'ACLED deleted event DEL1 ' RETURN count(c) AS n`,
    );
    expect(retracted).toEqual([{ n: 3 }]);
    // DEL2 was refused, not deleted: its claims stand.
    const [kept] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: 'DEL2'})-[:CLAIMED]->(c:Claim {status: 'REPORTED'}) RETURN count(c) AS n`);
    expect(kept?.n).toBeGreaterThan(0);

    // ACLED has the event again in a later export: the last run wins.
    const back = await run(['--format', 'acled', exported]);
    expect(back.out).toContain('3 claims restored');
    const [again] = await scratch.api.db.runStatement(`MATCH (f:FeedEvent {eventId: 'DEL1'}) RETURN f.deletedAt AS deletedAt, COUNT { (f)-[:CLAIMED]->() } AS claims`);
    expect(again).toEqual({ deletedAt: null, claims: 3 });
  });
});

describe('ACLED sources and the outlets behind them', () => {
  it('counts a source per event and outlet, and each outlet once, however many batches cite it', async () => {
    const file = acledFile('outlets.csv', [
      { event_id_cnty: 'OUT1', source: 'Harbour Courier; Steppe Wire' },
      { event_id_cnty: 'OUT2', source: 'Harbour Courier', event_date: '2025-04-03' },
      { event_id_cnty: 'OUT3', source: 'Steppe Wire', event_date: '2025-04-04' },
    ]);
    const result = await run(['--format', 'acled', '--batch', '1', file]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/imported 3 ACLED events .*, 4 sources \(4 new\) from 2 publishers;/);
    const [stored] = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent) WHERE f.eventId STARTS WITH 'OUT' MATCH (f)-[:REPORTED_IN]->(s:Source)-[:PUBLISHED_BY]->(p:Entity)
       RETURN count(DISTINCT s) AS sources, collect(DISTINCT p.name) AS publishers`,
    );
    expect(stored?.sources).toBe(4);
    expect([...(stored?.publishers as string[])].sort()).toEqual(['Harbour Courier', 'Steppe Wire']);
  });
});

describe('an ACLED actor whose rows suggest different kinds', () => {
  it('is one entity, of the kind its own records give it, whatever the batches', async () => {
    // Beside civilians, as an associated actor, the brigade takes the civilians' code; as actor1 it is a rebel group.
    const file = acledFile('kinds.csv', [
      { event_id_cnty: 'KND1', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Ukraine)', inter1: 'Political militia',
        actor2: 'Civilians (Ukraine)', inter2: 'Civilians', assoc_actor_2: 'Marsh Brigade', event_date: '2025-04-05' },
      { event_id_cnty: 'KND2', actor1: 'Marsh Brigade', inter1: 'Rebel group', event_date: '2025-04-06' },
    ]);
    expect((await run(['--format', 'acled', '--batch', '1', file])).code).toBe(0);
    const again = await run(['--format', 'acled', acledFile('kinds-again.csv', [{ event_id_cnty: 'KND3', actor1: 'Marsh Brigade', inter1: 'Rebel group', event_date: '2025-04-07' }])]);
    expect(again.code).toBe(0);
    expect(await scratch.api.db.runStatement(`MATCH (e:Entity {name: 'Marsh Brigade'}) RETURN e.kind AS kind`)).toEqual([{ kind: 'ARMED_FORCE' }]);
    const [linked] = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent)-[:INVOLVES]->(:Entity {name: 'Marsh Brigade'}) WHERE f.eventId STARTS WITH 'KND' RETURN collect(f.eventId) AS events`,
    );
    expect([...(linked?.events as string[])].sort()).toEqual(['KND1', 'KND2', 'KND3']);
  });

  it("takes the graph's kind for a name the graph knows, as a name or an alias", async () => {
    await scratch.api.db.writeTransaction((tx) =>
      writeBundle(tx, { entities: [{ kind: 'ARMED_FORCE', name: 'Reed Legion', aliases: [{ name: 'Reed Company', kind: 'ALIAS' }] }], claims: [] }, 'test', 'the real files test'),
    );
    const file = acledFile('kinds-known.csv', [
      { event_id_cnty: 'KND4', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Ukraine)', inter1: 'Political militia',
        actor2: 'Civilians (Ukraine)', inter2: 'Civilians', assoc_actor_2: 'Reed Company', event_date: '2025-04-05' },
    ]);
    expect((await run(['--format', 'acled', file])).code).toBe(0);
    expect(await scratch.api.db.runStatement(`MATCH (e:Entity) WHERE e.name IN ['Reed Company', 'Reed Legion'] RETURN e.name AS name, e.kind AS kind`)).toEqual([
      { name: 'Reed Legion', kind: 'ARMED_FORCE' },
    ]);
    const [linked] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: 'KND4'})-[:INVOLVES {role: 'assoc_actor_2'}]->(e) RETURN e.name AS name`);
    expect(linked).toEqual({ name: 'Reed Legion' });
  });
});

describe('GDELT files as published', () => {
  const article = 'https://desk.example.org/2024/12/30/three-villages';
  const event = (id: number, day = '2024-12-30') => fightingLine(id, day, article, { place: true });

  it('counts a source cited by events in many batches once, and each claim once', async () => {
    const file = writeFile('one-article.export.CSV', `${[event(2000000001), event(2000000002), event(2000000003, '2024-12-29')].join('\n')}\n`);
    const result = await run(['--format', 'gdelt', '--batch', '1', file]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/imported 3 GDELT events and 0 mentions .*, 1 sources \(1 new\)/);
    const [stored] = await scratch.api.db.runStatement(
      `MATCH (s:Source {url: $article})<-[:CITED_IN]-(c:Claim) RETURN count(DISTINCT c) AS claims, count(DISTINCT CASE WHEN c.predicate = 'LOCATED_IN' THEN c END) AS located`,
      { article },
    );
    expect(stored?.claims).toBeGreaterThan(1);
    // Where the village is, said once, by the first record (of three, in three batches) that places it.
    expect(stored?.located).toBe(1);
    // Two events on the same day make the same statement: one claim, reported once.
    expect(result.out).toContain(`: ${stored?.claims} claims (${stored?.claims} new)`);
    const again = await run(['--format', 'gdelt', '--batch', '1', file]);
    expect(again.out).toContain(`: ${stored?.claims} claims (0 new)`);
  });

  it("filters mentions by their event's date, not by when GDELT saw it, and counts a repeated line once", async () => {
    // GDELT first saw the event on 2 January, three days after it happened.
    const mention = (sentence: number) => mentionLine(2000000001, '20250102101500', 'https://wire.example.com/europe/villages', sentence);
    const file = writeFile('one-article.mentions.CSV', `${[mention(3), mention(3), mention(7)].join('\n')}\n`);
    const outside = await run(['--format', 'gdelt', '--since', '2025-01-01', file]);
    expect(outside.out).toContain('imported 0 GDELT events and 0 mentions');
    expect(outside.out).toContain('3 outside the dates asked');
    // The event happened on 30 December and GDELT saw it on 2 January: December's mentions are its.
    const inside = await run(['--format', 'gdelt', '--since', '2024-12-01', '--until', '2024-12-31', file]);
    expect(inside.code).toBe(0);
    expect(inside.out).toContain('imported 0 GDELT events and 2 mentions');
    const [links] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: '2000000001'})-[m:MENTIONED_IN]->() RETURN count(m) AS n`);
    expect(links?.n).toBe(2);
  });

  it("imports GDELT 1.0's events files, with their sources, and refuses a 2.0 line among them", async () => {
    const dailyArticle = 'https://desk.example.org/2025/01/05/river-crossing';
    const record = (id: number) => fightingLine(id, '2025-01-05', dailyArticle, { place: true });
    const daily = writeFile('20250105.export.CSV', `${[asGdelt1(record(4000000001)), asGdelt1(record(4000000002), { withUrl: false }), record(4000000003)].join('\n')}\n`);
    const result = await run(['--format', 'gdelt', daily]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${daily}:3: expected 57 or 58 tab-separated fields (GDELT 1.0's events table), but got 61`);
    // The article's outlet, example.org, is an entity an earlier test made.
    // The place's country, Ukraine, is the fifth.
    expect(result.out).toMatch(/imported 2 GDELT events and 0 mentions .*: \d+ claims \(\d+ new\), 5 entities \(0 new\), 1 places \(1 located in their country\), 2 sources \(2 new\) from 1 publishers;/);
    const rows = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent) WHERE f.eventId IN ['4000000001', '4000000002']
       MATCH (f)-[:REPORTED_IN]->(s:Source) OPTIONAL MATCH (f)-[:CLAIMED]->(c:Claim)-[:CITED_IN]->(s)
       RETURN f.eventId AS id, coalesce(s.url, s.text) AS source, count(c) AS claims, f.ActionGeo_ADM1Code AS adm1, f.ActionGeo_ADM2Code AS adm2 ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: '4000000001', source: dailyArticle, claims: expect.any(Number), adm1: 'UP07', adm2: null },
      { id: '4000000002', source: 'GDELT event 4000000002', claims: expect.any(Number), adm1: 'UP07', adm2: null },
    ]);
    expect(rows.every((r) => (r.claims as number) > 0)).toBe(true);
  });

  it('goes on past a file it cannot read, and keeps what it read of one cut short', async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => event(3_000_000_000 + i));
    const whole = gzipSync(`${lines.join('\n')}\n`);
    const cut = writeFile('cut.export.CSV.gz', whole.subarray(0, Math.floor(whole.length * 0.6)));
    const good = writeFile('good.export.CSV', `${event(2000000009)}\n`);
    const missing = path.join(folder, 'missing.export.CSV');
    const result = await run(['--format', 'gdelt', missing, cut, good]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${missing}: not read: ENOENT`);
    expect(result.err).toMatch(new RegExp(`${cut.replace(/[.]/g, '\\.')}:\\d+: stopped reading the file here: unexpected end of file`));
    expect(result.err).toContain('1 line(s) refused and 1 file(s) not read; everything else went in.');
    const [read] = await scratch.api.db.runStatement(`MATCH (f:FeedEvent) WHERE f.eventId STARTS WITH '3' OR f.eventId = '2000000009' RETURN count(f) AS n`);
    // Every line before the cut, and the good file.
    expect(read?.n).toBeGreaterThan(100);
    expect(result.out).toContain(`imported ${(read?.n as number).toLocaleString('en-US')} GDELT events`);
    expect((await run(['--format', 'gdelt', missing])).code).toBe(2);
  });
});
