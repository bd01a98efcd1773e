import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yazl from 'yazl';
import { projectRoot } from '../../src/support';
import { writeBundle } from '../../src/write';
import { graphSize, runImportCommand } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * The GDELT and ACLED importers from the command line's entry point, end to end against an empty
 * Neo4j of this suite's own (exact counts). The fixtures (tests/fixtures/feeds/) are written for
 * these tests; docs/feeds.md says how each line maps, which is where the expected numbers come from.
 */
const FIXTURES = path.join(projectRoot, 'tests', 'fixtures', 'feeds');
const EVENTS = path.join(FIXTURES, 'gdelt.export.CSV');
const MENTIONS = path.join(FIXTURES, 'gdelt.mentions.CSV');
const ACLED = path.join(FIXTURES, 'acled.csv');

let scratch: ScratchNeo4j;
beforeAll(async () => {
  scratch = await startScratchNeo4j('feeds');
  // What the graph knows before any feed: the feeds must add to these, not beside them.
  await scratch.api.db.writeTransaction((tx) =>
    writeBundle(
      tx,
      {
        entities: [
          { kind: 'ARMED_FORCE', name: 'Armed Forces of Ukraine', aliases: [{ name: 'Ukrainian forces', kind: 'ALIAS' }] },
          { kind: 'LOCATION', name: 'Kharkiv', aliases: [], coordinates: { latitude: 49.99, longitude: 36.23 } },
        ],
        claims: [],
      },
      'test',
      'the feeds test',
    ),
  );
}, 180_000);
afterAll(() => scratch?.stop());

const run = (argv: string[]) => runImportCommand(scratch.uri, argv);

async function counts(feed: string) {
  const [row] = await scratch.api.db.runStatement(
    `RETURN COUNT { (f:FeedEvent {feed: $feed}) } AS events,
            COUNT { (e:Entity) } AS entities,
            COUNT { MATCH (:FeedEvent {feed: $feed})-[:AT]->(p) RETURN DISTINCT p } AS places,
            COUNT { (s:Source) } AS sources,
            COUNT { (c:Claim) } AS claims`,
    { feed },
  );
  return row as { events: number; entities: number; places: number; sources: number; claims: number };
}

const everything = () => graphSize(scratch.api.db);

/** A zip archive of the files (deflated, as GDELT's are), written to `target`. */
async function zipOf(target: string, files: string[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addFile(file, path.basename(file));
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(target)).on('close', resolve).on('error', reject));
  return target;
}

/** The refused lines a run printed, as "file:line" with the start of the reason. */
const refused = (err: string) => err.split('\n').filter((l) => /^[^ ]+:\d+: /.test(l)).map((l) => l.replace(/^(.*?:\d+: [^:]+).*$/, '$1'));

describe('npm run import:gdelt', () => {
  it('imports the events table with a date filter, reporting bad lines by number and codes with no mapping', async () => {
    const result = await run(['--format', 'gdelt', '--since', '2025-01-01', EVENTS]);
    expect(result.code).toBe(1);
    expect(refused(result.err)).toEqual([
      `${EVENTS}:3: expected 61 tab-separated fields (the events table), but got 60`,
      `${EVENTS}:7: GoldsteinScale`,
      `${EVENTS}:10: SQLDATE`,
    ]);
    expect(result.err).toMatch(/\[gdelt\] 10 lines, 6 written, 3 errors/);
    expect(result.out).toContain('imported 6 GDELT events and 0 mentions');
    expect(result.out).toContain('1 outside the dates asked');
    expect(result.out).toContain('CAMEO codes with no mapping (events kept, no claim made): 043 ×1');
    expect(result.out).toContain('1 mapped events made no claim');
    // 17 entities touched, 2 of them the graph's own; 4 of them outlets: the monitoring service a
    // citation names and the sites of the web sources (example.org, example.net, example.com); and
    // Syria, the country Halab is in. 5 places, 4 of them towns located in their country (Ukraine is
    // the fifth); 5 distinct sources (two events share one article). 8 claims: the events' 4, and
    // where the 4 towns are, each said once, by the first record that places it.
    expect(result.out).toMatch(/: 8 claims \(8 new\), 17 entities \(15 new\), 5 places \(4 located in their country\), 5 sources \(5 new\) from 4 publishers;/);
    expect(await counts('GDELT')).toEqual({ events: 6, entities: 17, places: 5, sources: 5, claims: 8 });
    const located = await scratch.api.db.runStatement(
      `MATCH (p:Entity)-[r:LOCATED_IN]->(c:Country) MATCH (p)<-[:SUBJECT]-(claim:Claim {predicate: 'LOCATED_IN'})-[:CITED_IN]->(s:Source)
       RETURN p.name AS place, c.name AS country, r.claimCount AS claims, claim.validFrom AS validFrom, s.url AS source ORDER BY place`,
    );
    expect(located).toEqual([
      { place: "Kharkiv", country: 'Ukraine', claims: 1, validFrom: null, source: 'https://news.example.org/2025/03/10/front-line-report' },
      { place: 'Kyiv, Kyyiv, Misto, Ukraine', country: 'Ukraine', claims: 1, validFrom: null, source: 'https://wire.example.net/aid-announcement?id=42' },
      { place: 'Pyongyang, P\'yongyang-si, North Korea', country: 'North Korea', claims: 1, validFrom: null, source: 'https://daily.example.com/visit' },
      { place: 'Ḩalab, Halab, Syria', country: 'Syria', claims: 1, validFrom: null, source: null },
    ]);
  });

  it('adds to the entities the graph has instead of duplicating them', async () => {
    const rows = await scratch.api.db.runStatement(
      `MATCH (e:Entity) WHERE e.name IN ['Ukrainian troops', 'Armed Forces of Ukraine', 'Kharkiv'] OR e.name STARTS WITH 'Kharkiv,'
       RETURN e.name AS name, e.aliases AS aliases ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(['Armed Forces of Ukraine', 'Kharkiv']);
    expect(rows[0]?.aliases).toContain('Ukrainian troops');
    expect(rows[1]?.aliases).toContain("Kharkiv, Kharkivs'ka Oblast', Ukraine");
    const [fights] = await scratch.api.db.runStatement(
      `MATCH (c:Claim {predicate: 'FIGHTS_IN'})-[:SUBJECT]->(s:Entity) MATCH (c)-[:OBJECT]->(o:Entity) RETURN s.name AS subject, o.name AS object`,
    );
    expect(fights).toEqual({ subject: 'Armed Forces of Ukraine', object: 'Ukraine' });
  });

  it("keeps GDELT's own fields on the event: tone, Goldstein scale, its counts of mentions and sources, the place", async () => {
    const [event] = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent {feed: 'GDELT', eventId: '1000000001'})-[:AT]->(p:Entity)
       MATCH (f)-[:CLAIMED]->(c:Claim)-[:CITED_IN]->(s:Source)
       RETURN f.GoldsteinScale AS goldstein, f.AvgTone AS tone, f.NumMentions AS mentions, f.NumSources AS sources, f.NumArticles AS articles,
              f.QuadClass AS quadClass, f.date AS date, p.name AS place, c.predicate AS predicate, s.url AS url`,
    );
    expect(event).toEqual({
      goldstein: -10, tone: -6.52, mentions: 12, sources: 4, articles: 10, quadClass: 4, date: '2025-03-10',
      place: 'Kharkiv', predicate: 'ATTACKED', url: 'https://news.example.org/2025/03/10/front-line-report',
    });
    // Ukraine is an actor of one event and the place of another: one entity, located where GDELT puts it.
    const [ukraine] = await scratch.api.db.runStatement(`MATCH (u:Entity {name: 'Ukraine'}) RETURN count(u) AS n, u.latitude AS latitude, u.longitude AS longitude`);
    expect(ukraine).toEqual({ n: 1, latitude: 49, longitude: 32 });
  });

  it('imports the rest when run again without the filter, and changes nothing on a third run', async () => {
    const second = await run(['--format', 'gdelt', EVENTS]);
    expect(second.code).toBe(1);
    expect(second.out).toContain('imported 7 GDELT events');
    // Event 6, at country level, locates nothing.
    expect(await counts('GDELT')).toEqual({ events: 7, entities: 17, places: 6, sources: 6, claims: 9 });
    const before = await everything();
    const third = await run(['--format', 'gdelt', EVENTS]);
    expect(third.out).toMatch(/\(0 new\), 6 places \(4 located in their country\), \d+ sources \(0 new\)/);
    expect(await everything()).toEqual(before);
  });

  it('reads a table from a .zip archive, as GDELT publishes it, and refuses an archive of several files or a broken one', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-feeds-zip-'));
    try {
      const zipped = await zipOf(path.join(folder, 'gdelt.export.CSV.zip'), [EVENTS]);
      const before = await everything();
      const fromZip = await run(['--format', 'gdelt', zipped]);
      // The same lines as the file itself: the same refusals, by line, and nothing new in the graph.
      expect(refused(fromZip.err)).toEqual([`${zipped}:3: expected 61 tab-separated fields (the events table), but got 60`, `${zipped}:7: GoldsteinScale`, `${zipped}:10: SQLDATE`]);
      expect(fromZip.out).toContain('imported 7 GDELT events');
      expect(await everything()).toEqual(before);

      const two = await run(['--format', 'gdelt', await zipOf(path.join(folder, 'two.zip'), [EVENTS, MENTIONS])]);
      expect(two.code).toBe(2);
      expect(two.err).toMatch(/two\.zip: expected a zip archive of one file, but it holds 2: gdelt\.export\.CSV, gdelt\.mentions\.CSV/);

      const broken = path.join(folder, 'broken.zip');
      writeFileSync(broken, 'not an archive at all');
      const bad = await run(['--format', 'gdelt', broken]);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/broken\.zip: not a readable zip archive/);
      expect(await everything()).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('imports the mentions table: each mention a source citing its event, with its confidence', async () => {
    const result = await run(['--format', 'gdelt', MENTIONS]);
    expect(result.code).toBe(1);
    expect(refused(result.err)).toEqual([`${MENTIONS}:5: Confidence`]);
    expect(result.out).toContain('imported 0 GDELT events and 5 mentions');
    expect(result.out).toContain('1 mentions of events the graph does not hold were left out');
    expect(await counts('GDELT')).toEqual({ events: 7, entities: 17, places: 6, sources: 9, claims: 11 });
    const [mention] = await scratch.api.db.runStatement(
      `MATCH (:FeedEvent {eventId: '1000000001'})-[m:MENTIONED_IN]->(s:Source {url: 'https://other.example.net/world/kharkiv'})
       MATCH (c:Claim)-[:CITED_IN]->(s)
       RETURN m.Confidence AS confidence, m.MentionDocTone AS tone, m.sentenceId AS sentence, c.predicate AS predicate, c.credibility AS credibility`,
    );
    expect(mention).toEqual({ confidence: 50, tone: -4.2, sentence: 4, predicate: 'ATTACKED', credibility: 4 });
    const before = await everything();
    await run(['--format', 'gdelt', MENTIONS]);
    expect(await everything()).toEqual(before);
  });

  it('counts the mentions of events its own events file had outside the dates asked as outside them, not as orphans', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gdelt-filtered-'));
    try {
      // A new event of 2024 (the fixture's new-year line under another id) and two mentions of it; one mention of an unknown event.
      const [yearLine] = readFileSync(EVENTS, 'utf8').split('\n').filter((l) => l.startsWith('1000000006\t'));
      const [mentionLine] = readFileSync(MENTIONS, 'utf8').split('\n').filter((l) => l.startsWith('1000000006\t'));
      const events = path.join(dir, 'old.export.CSV');
      const mentions = path.join(dir, 'old.mentions.CSV');
      writeFileSync(events, `${yearLine?.replace(/^1000000006/, '1000000066')}\n`);
      const cited = (id: string, url: string) => mentionLine?.replace(/^1000000006/, id).replace('https://archive.example.org/2024/new-year', url);
      writeFileSync(mentions, `${[cited('1000000066', 'https://archive.example.org/a'), cited('1000000066', 'https://archive.example.org/b'), cited('1000000098', 'https://archive.example.org/c')].join('\n')}\n`);
      const result = await run(['--format', 'gdelt', '--since', '2025-01-01', mentions, events]);
      expect(result.code).toBe(0);
      expect(result.out).toContain('imported 0 GDELT events and 0 mentions');
      expect(result.out).toContain('3 outside the dates asked');
      expect(result.out).toContain('1 mentions of events the graph does not hold were left out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("publishes each web source by its site's outlet, so one outlet's articles are one origin and two outlets' are two", async () => {
    // Every web source has one publisher: its address's registrable domain (src/feeds/outlets.ts).
    const published = await scratch.api.db.runStatement(
      `MATCH (s:Source) WHERE s.url IS NOT NULL
       RETURN s.url AS url, [(s)-[:PUBLISHED_BY]->(p) | p.name] AS publishers ORDER BY url`,
    );
    expect(published.map((r) => [r.url, r.publishers])).toEqual([
      ['https://archive.example.org/2024/new-year', ['example.org']],
      ['https://daily.example.com/visit', ['example.com']],
      ['https://daily.example.com/visit-follow-up', ['example.com']],
      ['https://news.example.org/2025/03/10/front-line-report', ['example.org']],
      ['https://news.example.org/2025/03/14/occupation', ['example.org']],
      ['https://other.example.net/world/kharkiv', ['example.net']],
      ['https://wire.example.net/aid-analysis', ['example.net']],
      ['https://wire.example.net/aid-announcement?id=42', ['example.net']],
    ]);
    // The aid: the wire's announcement (the event's SOURCEURL) and its analysis (a mention), one
    // outlet. The attack: an article of example.org and a mention at example.net, two outlets.
    const result = await scratch.api.execute(`{
      relationships(filter: { types: [SUPPORTS, ATTACKED] }, first: 10) { edges { node {
        type from { name } claimCount originCount origins { kind key claimCount } claims { status }
      } } }
    }`);
    expect(result.errors).toBeUndefined();
    const facts = result.data?.relationships.edges.map((e: any) => e.node);
    const [outlet] = await scratch.api.db.runStatement(`MATCH (e:Entity {kind: 'ORGANIZATION', name: 'example.net'}) RETURN e.id AS id`);
    const aid = facts.find((f: any) => f.type === 'SUPPORTS');
    expect(aid).toMatchObject({ claimCount: 2, originCount: 1, origins: [{ kind: 'PUBLISHER', key: `entity:${outlet?.id}`, claimCount: 2 }] });
    expect(aid.claims.map((c: any) => c.status)).toEqual(['REPORTED', 'REPORTED']);
    const attack = facts.find((f: any) => f.type === 'ATTACKED' && f.from.name === 'Russian troops');
    expect(attack).toMatchObject({ originCount: 2 });
    expect(attack.claims.map((c: any) => c.status)).toEqual(['CORROBORATED', 'CORROBORATED']);
  });
});

describe('npm run import:acled', () => {
  it('imports the CSV export with a date filter, reporting bad records by line and types with no mapping', async () => {
    const before = await counts('ACLED');
    const result = await run(['--format', 'acled', '--since', '2025-01-01', ACLED]);
    expect(result.code).toBe(1);
    expect(refused(result.err)).toEqual([`${ACLED}:6: expected 31 fields as the header names, but got 8`, `${ACLED}:8: latitude`, `${ACLED}:9: event_date`]);
    expect(result.out).toContain('imported 3 ACLED events');
    expect(result.out).toContain('1 outside the dates asked');
    expect(result.out).toContain('event types with no mapping (events kept, no claim made): Peaceful protest ×1');
    // Actors, associated actors, places, publishers, the unnamed dead of the battle and Ukraine, where
    // the places are: 15, of which the graph had 4. The events' 8 claims, and 3 saying where the 3
    // places are, each cited by its record's first source (one record has two).
    expect(result.out).toMatch(/: 11 claims \(11 new\), 15 entities \(11 new\), 3 places \(3 located in their country\), 4 sources \(4 new\) from 4 publishers;/);
    expect(await counts('ACLED')).toEqual({ events: 3, entities: before.entities + 11, places: 3, sources: before.sources + 4, claims: before.claims + 11 });
  });

  it('turns fatalities into "killed" figures and carries the precisions over', async () => {
    const rows = await scratch.api.db.runStatement(
      `MATCH (f:FeedEvent {feed: 'ACLED'})-[:CLAIMED]->(c:Claim {predicate: 'KILLED_IN'})-[:SUBJECT]->(s:Entity)
       RETURN DISTINCT f.eventId AS event, s.name AS subject, c.quantityValue AS killed, c.validFrom AS validFrom,
              f.time_precision AS timePrecision, f.geo_precision AS geoPrecision, f.datePrecision AS datePrecision
       ORDER BY event`,
    );
    expect(rows).toEqual([
      // A battle's figure counts all sides: the unnamed people killed, as article ingestion names them.
      { event: 'UKR1001', subject: 'people', killed: 3, validFrom: '2025-03-10', timePrecision: 1, geoPrecision: 1, datePrecision: 'DAY' },
      { event: 'UKR1002', subject: 'Civilians (Ukraine)', killed: 2, validFrom: '2025-03', timePrecision: 3, geoPrecision: 2, datePrecision: 'MONTH' },
    ]);
    const [kharkiv] = await scratch.api.db.runStatement(`MATCH (:FeedEvent {eventId: 'UKR1002'})-[:AT]->(p) RETURN p.name AS name`);
    expect(kharkiv).toEqual({ name: 'Kharkiv' });
  });

  it('is safe to run again: the rest goes in, then nothing changes', async () => {
    const before = await counts('ACLED');
    const second = await run(['--format', 'acled', ACLED]);
    expect(second.out).toContain('imported 4 ACLED events');
    // SYR2001: its actor, the civilians, Idleb and the observatory; its claim, and Idleb in Syria.
    expect(await counts('ACLED')).toEqual({ events: 4, entities: before.entities + 4, places: 4, sources: before.sources + 1, claims: before.claims + 2 });
    const snapshot = await everything();
    await run(['--format', 'acled', ACLED]);
    expect(await everything()).toEqual(snapshot);
  });

  it('refuses a line too long to be the feed\'s: GDELT reads on past it, ACLED stops there, and what came before goes in', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-feeds-long-'));
    try {
      // Two megabytes without a line break: a binary, or a quote never closed, must not be held whole.
      const junk = 'x'.repeat(2 * 1024 * 1024);
      const events = path.join(folder, 'long.export.CSV');
      const eventLines = readFileSync(EVENTS, 'utf8').replace(/\n$/, '').split('\n');
      writeFileSync(events, [...eventLines.slice(0, 4), junk, ...eventLines.slice(4)].join('\n') + '\n');
      const before = await everything();
      const gdelt = await run(['--format', 'gdelt', events]);
      expect(refused(gdelt.err)).toEqual([
        `${events}:3: expected 61 tab-separated fields (the events table), but got 60`,
        `${events}:5: longer than 1,048,576 bytes, which no line of the feed is`,
        `${events}:8: GoldsteinScale`,
        `${events}:11: SQLDATE`,
      ]);
      expect(gdelt.out).toContain('imported 7 GDELT events');
      expect(gdelt.out).toContain('11 lines read');

      const acled = path.join(folder, 'open-quote.csv');
      const rows = readFileSync(ACLED, 'utf8').split('\n').filter((l) => l !== '');
      writeFileSync(acled, [...rows, `UKR9999,2025-03-20,"${junk}`, ...rows.slice(1)].join('\n') + '\n');
      const stopped = await run(['--format', 'acled', acled]);
      expect(stopped.code).toBe(1);
      expect(stopped.err).toContain(`${acled}:10: stopped reading the file here: a record longer than 1,048,576 characters, which no record of the feed is: most likely a quote opened here and never closed`);
      // The records before it went in (all of them known already), and nothing after it was read.
      expect(stopped.out).toContain('imported 4 ACLED events');
      expect(await everything()).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses an unknown format and a file that is not a feed', async () => {
    expect((await run(['--format', 'rss', ACLED])).code).toBe(2);
    // A file that is not the feed's is not read at all: exit 2 when it is the only one, and nothing went in.
    const wrong = await run(['--format', 'acled', EVENTS]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(`${EVENTS}: not read: expected the columns of an ACLED export, but the header lacks`);
    expect(wrong.err).toContain('1 file(s) not read; nothing went in.');
    const gdelt = await run(['--format', 'gdelt', ACLED]);
    expect(gdelt.code).toBe(2);
    expect(gdelt.err).toMatch(/: not read: expected 61 \(GDELT 2\.0\).*: not a GDELT table/);
    // An export saved by a spreadsheet with ";" between fields: said so.
    const semicolons = path.join(os.tmpdir(), `acled-semicolons-${process.pid}.csv`);
    writeFileSync(semicolons, 'event_id_cnty;event_date;event_type\nUKR1;2025-03-01;Battles\n');
    const excel = await run(['--format', 'acled', semicolons, ACLED]);
    rmSync(semicolons, { force: true });
    expect(excel.code).toBe(1);
    expect(excel.err).toContain('(its fields are separated by ";": save it as comma-separated CSV)');
    expect(excel.err).toMatch(/1 file\(s\) not read; everything else went in\./);
  });
});
