import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fightingLine } from '../helpers/gdeltLines';
import { runImportCommand } from '../helpers/importCommand';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * A feed reports the same thing again and again: Russian troops attack Ukrainian troops on most days,
 * and the same armies fight at Pokrovsk all month. Those are occurrences, not sources disagreeing:
 * imported through the command line and read through the API, they make no dispute, while a denial
 * of one day's attack still disputes that day's claims (src/claim/disputes.ts, docs/api.md).
 */
let scratch: ScratchNeo4j;
let dir: string;
beforeAll(async () => {
  scratch = await startScratchNeo4j('repeated-events');
  dir = mkdtempSync(path.join(os.tmpdir(), 'repeated-events-'));
}, 180_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await scratch?.stop();
});

const run = (argv: string[]) => runImportCommand(scratch.uri, argv);

/** Three outlets, each a site of its own: each day's report comes from the next. */
const OUTLETS = ['kyiv-wire.example', 'kharkiv-daily.example', 'front-courier.example'];

/** A GDELT 2.0 events line: fighting of Russian troops against Ukrainian troops at Kharkiv on `day`, one outlet's report of it. */
const fighting = (id: number, day: string, outlet: string) => fightingLine(id, day, `https://www.${outlet}/${day}/kharkiv-fighting`, { place: true });

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

/** An ACLED armed clash of the two armies at Pokrovsk on `day`, with no fatalities. */
const clash = (id: string, day: string) =>
  `${id},${day},2025,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,State forces,Military Forces of Ukraine (2019-),,State forces,State forces-State forces,,804,Europe,Ukraine,Donetsk,Pokrovskyi,Pokrovska,Pokrovsk,48.2826,37.1758,1,Regional Daily,Subnational,"Fighting went on near Pokrovsk on ${day}.",0,,1742000000`;

const FACTS = `{
  relationships(filter: { types: [ATTACKED, FIGHTS_IN] }, first: 20) {
    edges { node { type from { id name } to { name } claimCount disputed
      claims { validFrom { iso } validTo { iso } status polarity } } }
  }
  disputes(first: 20) { totalCount edges { node { kind reason claims { validFrom { iso } polarity } } } }
}`;

describe('events a feed reports day after day', () => {
  it('makes one fact per triple, with no dispute, from attacks and clashes on different days', async () => {
    const events = path.join(dir, 'repeated.export.CSV');
    writeFileSync(events, `${['2025-03-10', '2025-03-11', '2025-03-12'].map((day, i) => fighting(1_100_000_001 + i, day, OUTLETS[i] as string)).join('\n')}\n`);
    const acled = path.join(dir, 'repeated-acled.csv');
    writeFileSync(acled, `${ACLED_HEADER}\n${clash('UKR9001', '2025-03-03')}\n${clash('UKR9002', '2025-03-17')}\n`);

    expect((await run(['--format', 'gdelt', events])).code).toBe(0);
    expect((await run(['--format', 'acled', acled])).code).toBe(0);

    const result = await scratch.api.execute(FACTS);
    expect(result.errors).toBeUndefined();
    const facts = result.data?.relationships.edges.map((e: any) => e.node);
    const attacks = facts.filter((f: any) => f.type === 'ATTACKED');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]).toMatchObject({ from: { name: 'Russian troops' }, to: { name: 'Ukrainian troops' }, claimCount: 3, disputed: false });
    // Each record dates its day as a period that ends there, not as a start; three outlets corroborate the fact.
    expect(attacks[0].claims.map((c: any) => [c.validFrom.iso, c.validTo.iso, c.status]).sort()).toEqual([
      ['2025-03-10', '2025-03-10', 'CORROBORATED'],
      ['2025-03-11', '2025-03-11', 'CORROBORATED'],
      ['2025-03-12', '2025-03-12', 'CORROBORATED'],
    ]);
    const fightsIn = facts.filter((f: any) => f.type === 'FIGHTS_IN');
    expect(fightsIn.map((f: any) => [f.from.name, f.to.name, f.claimCount, f.disputed]).sort()).toEqual([
      ['Russian troops', 'Pokrovsk, Pokrovskyi, Donetsk, Ukraine', 2, false],
      ['Ukrainian troops', 'Pokrovsk, Pokrovskyi, Donetsk, Ukraine', 2, false],
    ]);
    expect(result.data?.disputes.totalCount).toBe(0);

    // No claim is disputed: today's disputes read no claim at all, the whole graph's or an entity's.
    const ran: string[] = [];
    const stop = scratch.api.db.onQuery((e) => ran.push(e.name));
    try {
      const { data, errors } = await scratch.api.execute('query($id: ID!) { all: disputes(first: 20) { totalCount } own: disputes(entityId: $id, first: 20) { totalCount } }', { id: attacks[0].from.id });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ all: { totalCount: 0 }, own: { totalCount: 0 } });
    } finally {
      stop();
    }
    expect(ran).toEqual(expect.arrayContaining(['findDisputedTriples', 'findEntityDisputeCandidates']));
    expect(ran).not.toContain('findClaimsByIds');
  });

  it("disputes a denial of one day's attack with that day's claims only", async () => {
    const ids = await scratch.api.db.runStatement(
      `MATCH (s:Entity {name: 'Russian troops'}), (o:Entity {name: 'Ukrainian troops'}) RETURN s.id AS subjectId, o.id AS objectId`,
    );
    const source = await scratch.api.execute(
      `mutation { recordSource(input: { url: "https://ministry.example.org/2025/03/12/statement", title: "Statement on 11 March", publishedAt: "2025-03-12" }) { id } }`,
    );
    expect(source.errors).toBeUndefined();
    const denial = await scratch.api.execute(
      `mutation Deny($input: ClaimInput!) { assertClaim(input: $input) { id status } }`,
      { input: { ...ids[0], sourceId: source.data?.recordSource.id, predicate: 'ATTACKED', polarity: 'DENIED', validFrom: '2025-03-11', excerpt: 'No attack took place near Kharkiv on 11 March.', credibility: 4 } },
    );
    expect(denial.errors).toBeUndefined();
    expect(denial.data?.assertClaim.status).toBe('DISPUTED');

    const result = await scratch.api.execute(FACTS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.disputes.edges.map((e: any) => ({
      kind: e.node.kind,
      reason: e.node.reason,
      claims: e.node.claims.map((c: any) => [c.validFrom.iso, c.polarity]).sort(),
    }))).toEqual([
      {
        kind: 'POLARITY',
        reason: 'ATTACKED is asserted by 1 claim and denied by 1 claim (on 2025-03-11)',
        claims: [['2025-03-11', 'ASSERTED'], ['2025-03-11', 'DENIED']],
      },
    ]);
    const attack = result.data?.relationships.edges.map((e: any) => e.node).find((f: any) => f.type === 'ATTACKED');
    expect(attack.disputed).toBe(true);
    // The fact's claims are those that support it: the denial is in the dispute, not among them.
    expect(attack.claims.map((c: any) => [c.validFrom.iso, c.polarity, c.status]).sort()).toEqual([
      ['2025-03-10', 'ASSERTED', 'CORROBORATED'],
      ['2025-03-11', 'ASSERTED', 'DISPUTED'],
      ['2025-03-12', 'ASSERTED', 'CORROBORATED'],
    ]);
  });

  it('gives each claim the status the claims known at a date give it, once per triple and date', async () => {
    const asOf = async (date: string) => {
      const result = await scratch.api.execute(
        `query($asOf: String) { claims(filter: { predicates: [ATTACKED] }, first: 20, asOf: $asOf) { edges { node { validFrom { iso } polarity status asOf } } } }`,
        { asOf: date },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.claims.edges.map((e: any) => [e.node.validFrom.iso, e.node.polarity, e.node.status, e.node.asOf]).sort();
    };
    // Each report is known from the day it was added; the denial from its statement's day.
    expect(await asOf('2025-03-10')).toEqual([['2025-03-10', 'ASSERTED', 'REPORTED', '2025-03-10']]);
    expect(await asOf('2025-03-11')).toEqual([
      ['2025-03-10', 'ASSERTED', 'CORROBORATED', '2025-03-11'],
      ['2025-03-11', 'ASSERTED', 'CORROBORATED', '2025-03-11'],
    ]);
    expect(await asOf('2025-03-12')).toEqual([
      ['2025-03-10', 'ASSERTED', 'CORROBORATED', '2025-03-12'],
      ['2025-03-11', 'ASSERTED', 'DISPUTED', '2025-03-12'],
      ['2025-03-11', 'DENIED', 'DISPUTED', '2025-03-12'],
      ['2025-03-12', 'ASSERTED', 'CORROBORATED', '2025-03-12'],
    ]);
  });

  it("gives a fact's first claims and origins when asked for some, read as a page, from an entity, around it and by id", async () => {
    const [attackers] = await scratch.api.db.runStatement(`MATCH (e:Entity {name: 'Russian troops'}) RETURN e.id AS id`);
    const fields = 'id claimCount originCount all: claims { id } some: claims(first: 2) { id status } allOrigins: origins { key } someOrigins: origins(first: 2) { key claimCount description }';
    const result = await scratch.api.execute(
      `query($id: ID!) {
        relationships(filter: { types: [ATTACKED] }) { edges { node { ${fields} } } }
        entity(id: $id) { relationships(types: [ATTACKED]) { edges { node { ${fields} } } } }
        neighborhood(id: $id, types: [ATTACKED]) { edges { ${fields} } }
      }`,
      { id: attackers?.id },
    );
    expect(result.errors).toBeUndefined();
    const read = [result.data?.relationships.edges[0].node, result.data?.entity.relationships.edges[0].node, result.data?.neighborhood.edges[0]];
    for (const fact of read) {
      expect(fact.claimCount).toBe(3);
      const ids = fact.all.map((c: any) => c.id);
      expect(ids).toEqual([...ids].sort());
      expect(fact.some.map((c: any) => c.id)).toEqual(ids.slice(0, 2));
      // Three outlets, three origins: the first two, as the whole list orders them.
      expect(fact.originCount).toBe(3);
      expect(fact.allOrigins).toHaveLength(3);
      expect(fact.someOrigins.map((o: any) => o.key)).toEqual(fact.allOrigins.slice(0, 2).map((o: any) => o.key));
      // A GDELT source has no title: its origin is the outlet its address belongs to (src/feeds/outlets.ts).
      expect(fact.someOrigins[0].description).toMatch(/^(kyiv-wire|kharkiv-daily|front-courier)\.example in its own voice is one origin, in one source \(\1\.example, 2025-03-1\d\)/);
    }
    // The rest of a fact's claims, as the schema says to page them: Query.claims of its triple, in id order.
    const all = read[0].all.map((c: any) => c.id);
    const ends = await scratch.api.db.runStatement(`MATCH (s:Entity {name: 'Russian troops'}), (o:Entity {name: 'Ukrainian troops'}) RETURN s.id AS s, o.id AS o`);
    const page = async (after: string | null) =>
      (await scratch.api.execute(
        `query($s: ID!, $o: ID!, $after: String) { claims(filter: { subjectId: $s, objectId: $o, predicates: [ATTACKED], polarity: ASSERTED }, orderBy: ID, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { s: ends[0]?.s, o: ends[0]?.o, after },
      )).data?.claims;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(all);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // The workbench asks a fact's evidence by its id (Query.nodes), a bounded part of it.
    const byId = await scratch.api.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Relationship { claims(first: 1) { id } origins(first: 1) { key } } } }`, { ids: [read[0].id] });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.nodes).toEqual([{ claims: [{ id: all[0] }], origins: [{ key: read[0].allOrigins[0].key }] }]);

    const refused = await scratch.api.execute(`{ relationships { edges { node { claims(first: 0) { id } } } } }`);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', 'expected "first" from 1 to 100, but got 0']]);
    const tooMany = await scratch.api.execute(`{ relationships { edges { node { origins(first: 101) { key } } } } }`);
    expect(tooMany.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it("gives some of a dispute's claims, from every side, when a state a feed reports is denied", async () => {
    // FIGHTS_IN is a state: a denial disputes every day's report of it, whatever their dates.
    const acled = path.join(dir, 'more-acled.csv');
    writeFileSync(acled, `${ACLED_HEADER}\n${[4, 5, 6, 7, 8, 9].map((d) => clash(`UKR91${d}`, `2025-03-0${d}`)).join('\n')}\n`);
    expect((await run(['--format', 'acled', acled])).code).toBe(0);
    const ids = await scratch.api.db.runStatement(
      `MATCH (s:Entity {name: 'Russian troops'}), (o:Entity {name: 'Pokrovsk, Pokrovskyi, Donetsk, Ukraine'}) RETURN s.id AS subjectId, o.id AS objectId`,
    );
    const source = await scratch.api.execute(`mutation { recordSource(input: { url: "https://ministry.example.org/2025/03/20/pokrovsk", title: "No troops at Pokrovsk", publishedAt: "2025-03-20" }) { id } }`);
    const denial = await scratch.api.execute(
      `mutation Deny($input: ClaimInput!) { assertClaim(input: $input) { id } }`,
      { input: { ...ids[0], sourceId: source.data?.recordSource.id, predicate: 'FIGHTS_IN', polarity: 'DENIED', excerpt: 'No Russian unit has fought at Pokrovsk.', credibility: 5 } },
    );
    expect(denial.errors).toBeUndefined();
    const result = await scratch.api.execute(`{
      relationships(filter: { types: [FIGHTS_IN], fromId: "${ids[0]?.subjectId}" }) { edges { node {
        disputes { kind claimCount all: claims { id polarity } some: claims(first: 2) { id polarity } one: claims(first: 1) { id } }
      } } }
    }`);
    expect(result.errors).toBeUndefined();
    const [dispute] = result.data?.relationships.edges[0].node.disputes;
    expect(dispute.kind).toBe('POLARITY');
    expect(dispute.claimCount).toBe(9);
    expect(dispute.all).toHaveLength(9);
    // The first claim of each side: an assertion and the denial, in id order.
    expect(dispute.some.map((c: any) => c.polarity).sort()).toEqual(['ASSERTED', 'DENIED']);
    const someIds = dispute.some.map((c: any) => c.id);
    expect(someIds).toEqual([...someIds].sort());
    expect(dispute.one).toHaveLength(1);
  });

  it("names an outlet's origin by its first five sources and counts the rest, and gives some of its sources", async () => {
    const entity = async (kind: string, name: string) =>
      (await scratch.api.execute(`mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`, { input: { kind, name } })).data?.upsertEntity.id as string;
    const [outlet, raiders, depot] = [await entity('ORGANIZATION', 'Frontline Daily'), await entity('ARMED_FORCE', 'Raiding party'), await entity('ARMED_FORCE', 'Depot guard')];
    for (let day = 1; day <= 7; day++) {
      const source = await scratch.api.execute(
        `mutation($input: SourceInput!) { recordSource(input: $input) { id } }`,
        { input: { url: `https://frontline-daily.example.org/2025-04-0${day}`, title: `Front report ${day}`, publishedAt: `2025-04-0${day}`, publisherId: outlet } },
      );
      const claim = await scratch.api.execute(`mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`, {
        input: { sourceId: source.data?.recordSource.id, subjectId: raiders, predicate: 'ATTACKED', objectId: depot, validFrom: `2025-04-0${day}`, validTo: `2025-04-0${day}`, excerpt: `The raiding party struck the depot guard on 2025-04-0${day}.`, credibility: 3 },
      });
      expect(claim.errors).toBeUndefined();
    }
    const result = await scratch.api.execute(
      `query($id: ID!) { entity(id: $id) { relationships(types: [ATTACKED]) { edges { node { originCount origins { kind claimCount description all: sources { id } some: sources(first: 2) { id } } } } } } }`,
      { id: raiders },
    );
    expect(result.errors).toBeUndefined();
    const fact = result.data?.entity.relationships.edges[0].node;
    expect(fact.originCount).toBe(1);
    const [origin] = fact.origins;
    expect(origin).toMatchObject({ kind: 'PUBLISHER', claimCount: 7 });
    expect(origin.all).toHaveLength(7);
    expect(origin.some.map((s: any) => s.id)).toEqual(origin.all.slice(0, 2).map((s: any) => s.id));
    expect(origin.description).toMatch(/^Frontline Daily in its own voice is one origin, in 7 sources \((Frontline Daily, 2025-04-0\d; ){4}Frontline Daily, 2025-04-0\d; and 2 more\): /);
  });

  it('moves the claims of a source given a publisher later into its origin, by an import or by recordSource', async () => {
    const entity = async (name: string) =>
      (await scratch.api.execute(`mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`, { input: { kind: 'ARMED_FORCE', name } })).data?.upsertEntity.id as string;
    const [harbour, ridge, delta] = [await entity('Harbour brigade'), await entity('Ridge battalion'), await entity('Delta company')];
    const source = async (input: Record<string, unknown>) =>
      (await scratch.api.execute(`mutation($input: SourceInput!) { recordSource(input: $input) { id publisher { name } } }`, { input })).data?.recordSource;
    const attack = async (sourceId: string, objectId: string, day: string) => {
      const claim = await scratch.api.execute(`mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`, {
        input: { sourceId, subjectId: harbour, predicate: 'ATTACKED', objectId, validFrom: day, validTo: day, excerpt: `The Harbour brigade attacked on ${day}.`, credibility: 3 },
      });
      expect(claim.errors).toBeUndefined();
    };
    const facts = async () => {
      const result = await scratch.api.execute(
        `query($id: ID!) { relationships(filter: { types: [ATTACKED], fromId: $id }) { edges { node { to { name } originCount claims { status } } } } }`,
        { id: harbour },
      );
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data?.relationships.edges.map((e: any) => [e.node.to.name, [e.node.originCount, e.node.claims.map((c: any) => c.status)]]));
    };
    // Four articles of one site, recorded with no publisher: each its own origin, so two corroborate.
    const url = (day: string) => `https://www.late-wire.example/${day}/harbour`;
    const days = ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04'];
    const [a, b, c, d] = await Promise.all(days.map(async (day) => (await source({ url: url(day), publishedAt: day })).id as string));
    await attack(a as string, ridge, '2025-05-01');
    await attack(b as string, ridge, '2025-05-02');
    await attack(c as string, delta, '2025-05-03');
    await attack(d as string, delta, '2025-05-04');
    const corroborated = [2, ['CORROBORATED', 'CORROBORATED']];
    expect(await facts()).toEqual({ 'Ridge battalion': corroborated, 'Delta company': corroborated });

    // A feed citing the first two articles publishes them by their site: one outlet, one origin.
    const events = path.join(dir, 'late-wire.export.CSV');
    writeFileSync(events, `${[fightingLine(1_100_000_101, '2025-05-01', url('2025-05-01')), fightingLine(1_100_000_102, '2025-05-02', url('2025-05-02'))].join('\n')}\n`);
    expect((await run(['--format', 'gdelt', events])).code).toBe(0);
    const reported = [1, ['REPORTED', 'REPORTED']];
    expect(await facts()).toEqual({ 'Ridge battalion': reported, 'Delta company': corroborated });

    // recordSource naming the publisher of the other two does the same.
    const [outlet] = await scratch.api.db.runStatement(`MATCH (e:Entity {kind: 'ORGANIZATION', name: 'late-wire.example'}) RETURN e.id AS id`);
    expect((await source({ url: url('2025-05-03'), publisherId: outlet?.id })).publisher).toEqual({ name: 'late-wire.example' });
    expect(await facts()).toEqual({ 'Ridge battalion': reported, 'Delta company': [2, ['CORROBORATED', 'CORROBORATED']] });
    await source({ url: url('2025-05-04'), publisherId: outlet?.id });
    expect(await facts()).toEqual({ 'Ridge battalion': reported, 'Delta company': reported });

    // A source has one publisher. Through the API, naming another is refused, and nothing changes.
    const [frontline] = await scratch.api.db.runStatement(`MATCH (e:Entity {name: 'Frontline Daily'}) RETURN e.id AS id`);
    const refused = await scratch.api.execute(`mutation($input: SourceInput!) { recordSource(input: $input) { id } }`, {
      input: { url: url('2025-05-04'), publisherId: frontline?.id },
    });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', expect.stringMatching(/^input\.publisherId: expected the publisher source \S+ has \(\S+\) or none, but got "\S+": a source has one publisher$/)],
    ]);
    // From a feed, the publisher an analyst named stays: the site's outlet is not added beside it.
    const named = url('2025-05-05');
    expect((await source({ url: named, publisherId: frontline?.id })).publisher).toEqual({ name: 'Frontline Daily' });
    const more = path.join(dir, 'late-wire-more.export.CSV');
    writeFileSync(more, `${[fightingLine(1_100_000_103, '2025-05-05', named), fightingLine(1_100_000_104, '2025-05-06', url('2025-05-06'))].join('\n')}\n`);
    const imported = await run(['--format', 'gdelt', more]);
    expect(imported.code).toBe(0);
    // The summary counts the publishers the sources have: Frontline Daily and the site's outlet.
    expect(imported.out).toMatch(/, 2 sources \(1 new\) from 2 publishers;/);
    const publishers = await scratch.api.db.runStatement(
      `MATCH (s:Source) WHERE s.url IN $urls MATCH (s)-[:PUBLISHED_BY]->(p) RETURN s.url AS url, collect(p.name) AS names ORDER BY url`,
      { urls: [url('2025-05-04'), named] },
    );
    expect(publishers.map((r) => [r.url, r.names])).toEqual([[url('2025-05-04'), ['late-wire.example']], [named, ['Frontline Daily']]]);
  });
});

describe('places a feed locates in their country', () => {
  it('locates a place by the first record that cites a source: a record citing none makes no claim, so it locates nothing', async () => {
    const acled = path.join(dir, 'unsourced-acled.csv');
    // The same clash at Druzhkivka twice: the first row's `source` is empty, the second names an outlet.
    const at = (id: string, day: string, outlet: string) =>
      clash(id, day).replace('Pokrovskyi,Pokrovska,Pokrovsk,48.2826,37.1758,1,Regional Daily', `Kramatorskyi,Druzhkivska,Druzhkivka,48.6203,37.527,1,${outlet}`);
    writeFileSync(acled, `${ACLED_HEADER}\n${at('UKR9301', '2025-03-21', '')}\n${at('UKR9302', '2025-03-22', 'Donbas Courier')}\n`);
    const result = await run(['--format', 'acled', acled]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/1 places \(1 located in their country\)/);
    const located = await scratch.api.execute(`{
      relationships(filter: { types: [LOCATED_IN] }, first: 20) { edges { node { from { name } to { name } claims { source { title } } } } }
    }`);
    expect(located.errors).toBeUndefined();
    const druzhkivka = located.data?.relationships.edges.map((e: any) => e.node).filter((f: any) => f.from.name.startsWith('Druzhkivka'));
    expect(druzhkivka).toEqual([
      { from: { name: 'Druzhkivka, Kramatorskyi, Donetsk, Ukraine' }, to: { name: 'Ukraine' }, claims: [{ source: { title: 'Donbas Courier' } }] },
    ]);
  });

  it('locates a place once, cited by the record\'s first source, however many outlets the record cites', async () => {
    const acled = path.join(dir, 'many-outlets-acled.csv');
    // One clash at Kostiantynivka reported by three outlets: three claims of the clash, one of where the town lies.
    const row = clash('UKR9303', '2025-03-23').replace(
      'Pokrovskyi,Pokrovska,Pokrovsk,48.2826,37.1758,1,Regional Daily',
      'Kramatorskyi,Kostiantynivska,Kostiantynivka,48.5277,37.7069,1,Donbas Courier; Steppe Herald; Kyiv Wire',
    );
    writeFileSync(acled, `${ACLED_HEADER}\n${row}\n`);
    const result = await run(['--format', 'acled', acled]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3 sources \(\d+ new\) from 3 publishers/);
    const located = await scratch.api.execute(`{
      relationships(filter: { types: [LOCATED_IN] }, first: 20) { edges { node { from { name } claimCount originCount claims { source { title } } } } }
    }`);
    expect(located.errors).toBeUndefined();
    const town = located.data?.relationships.edges.map((e: any) => e.node).filter((f: any) => f.from.name.startsWith('Kostiantynivka'));
    expect(town).toEqual([
      { from: { name: 'Kostiantynivka, Kramatorskyi, Donetsk, Ukraine' }, claimCount: 1, originCount: 1, claims: [{ source: { title: 'Donbas Courier' } }] },
    ]);
  });
});
