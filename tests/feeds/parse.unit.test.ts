import { readFileSync } from 'node:fs';
import path from 'node:path';
import { acledActor, acledDay, acledDraft, ACLED_MAPPING } from '../../src/feeds/acled/rows';
import { ACLED_COLUMNS } from '../../src/feeds/acled/columns';
import { actorEntity } from '../../src/feeds/gdelt/actors';
import { byName, EVENT_COLUMNS, EVENT_COLUMNS_V1, MENTION_COLUMNS, tableOf } from '../../src/feeds/gdelt/columns';
import { CAMEO_MAPPING, cameoEntry, eventDraft } from '../../src/feeds/gdelt/events';
import { mentionCredibility, mentionDraft, mentionSource } from '../../src/feeds/gdelt/mentions';
import { monitoredOutlet, outletOfUrl } from '../../src/feeds/outlets';
import { parseFeedArgs, periodInWindow } from '../../src/feeds/options';
import { distanceKm } from '../../src/feeds/resolve';
import { checkTemplate } from '../../src/feeds/mapping';
import { statementsOf } from '../../src/feeds/writeEvents';
import { parsePartialDate, projectRoot } from '../../src/support';
import { RELATIONSHIP_TYPES } from '../../src/vocabulary';
import { asGdelt1 } from '../helpers/gdeltLines';

const fixture = (name: string) => readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'feeds', name), 'utf8').split('\n');

describe('GDELT columns and mapping', () => {
  it('has the 61 event columns and 16 mention columns of the codebooks, in order', () => {
    expect(EVENT_COLUMNS).toHaveLength(61);
    expect(EVENT_COLUMNS.slice(0, 7)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name']);
    expect(EVENT_COLUMNS.slice(25, 35)).toEqual(['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    expect(EVENT_COLUMNS.slice(51)).toEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
    expect(MENTION_COLUMNS).toHaveLength(16);
    expect([tableOf(61), tableOf(16), tableOf(14), tableOf(60), tableOf(13)]).toEqual(['events', 'mentions', 'mentions', null, null]);
  });

  it('narrows a template to the subject kinds its entry gives: an arrest captures people and forces, not organisations', () => {
    expect(cameoEntry('173', '173', '17')?.claims[0]?.subjectKinds).toEqual(['PERSON', 'ARMED_FORCE']);
    expect(() => checkTemplate('test', { predicate: 'CAPTURED_BY', subject: 'actor2', object: 'actor1', subjectKinds: ['LOCATION'] })).toThrow(
      'test.subjectKinds: expected some of PERSON, ARMED_FORCE, ORGANIZATION, but got ["LOCATION"]',
    );
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const arrest = (type2: string) =>
      eventDraft(fields.map((f, i) => (i === 26 || i === 27 ? '173' : i === 28 ? '17' : i === 15 ? `UKR${type2}` : i === 22 ? type2 : f)), 1);
    const claims = (draft: ReturnType<typeof eventDraft>) =>
      statementsOf(draft, draft.ends as Parameters<typeof statementsOf>[1]).map((s) => s.predicate);
    expect(claims(arrest('MIL'))).toEqual(['CAPTURED_BY']);
    expect(claims(arrest('BUS'))).toEqual([]);
  });

  it('makes a SOURCEURL that is a citation a source of the record, published by the outlet it names', () => {
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const cited = (id: string) => eventDraft(fields.map((f, i) => (i === 0 ? id : i === 60 ? 'Harbour Monitoring Service' : f)), 1).sources;
    const [first] = cited('1000000101');
    const [second] = cited('1000000102');
    expect(first).toMatchObject({ text: 'GDELT event 1000000101, reported by Harbour Monitoring Service', title: 'Harbour Monitoring Service', publisher: { kind: 'ORGANIZATION', name: 'Harbour Monitoring Service' } });
    // Two records citing one service: two sources, one publisher.
    expect(second?.key).not.toBe(first?.key);
    expect(second?.publisher).toEqual(first?.publisher);
  });

  it("publishes a web source by its site's outlet, the same from the events and the mentions tables", () => {
    expect(outletOfUrl('https://www.bbc.co.uk/news/world-europe-1')).toBe('bbc.co.uk');
    // Regional editions and sections of one site are one outlet; blogs on a hosting platform are not.
    expect(['http://www.pskov.kp.ru/online/news/1/', 'http://kem.kp.ru/online/news/1/'].map(outletOfUrl)).toEqual(['kp.ru', 'kp.ru']);
    expect(['https://one.blogspot.com/a', 'https://two.blogspot.com/a'].map(outletOfUrl)).toEqual(['one.blogspot.com', 'two.blogspot.com']);
    expect(outletOfUrl('http://192.0.2.7:8080/report')).toBe('192.0.2.7');
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const [fromEvents] = eventDraft(fields.map((f, i) => (i === 60 ? 'https://arabic.wire.example.co.uk/story?id=3' : f)), 1).sources;
    // GDELT names this outlet "wire.example.co.uk" in the mentions table; the address decides, in both tables.
    const fromMentions = mentionSource('1000000001', 'https://arabic.wire.example.co.uk/story?id=3', 'arabic.wire.example.co.uk', parsePartialDate('2025-03-10'));
    expect(fromEvents).toMatchObject({ url: 'https://arabic.wire.example.co.uk/story?id=3', publisher: { kind: 'ORGANIZATION', name: 'example.co.uk' } });
    expect(fromMentions).toEqual(fromEvents);
  });

  it('makes a mention that cites an outlet the source an events line citing it gives, and a fuller citation a document of the outlet', () => {
    const day = parsePartialDate('2025-03-13');
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const [fromEvents] = eventDraft(fields.map((f, i) => (i === 0 ? '1000000101' : i === 60 ? 'Harbour Monitoring Service' : f)), 1).sources;
    const cited = mentionSource('1000000101', 'Harbour Monitoring Service', 'Harbour Monitoring Service', day);
    expect(cited.key).toBe(fromEvents?.key);
    expect(cited.publisher).toEqual({ kind: 'ORGANIZATION', name: 'Harbour Monitoring Service', aliases: [] });
    const citation = 'Harbour Monitoring Service, "Evening bulletin", 13 March 2025, item 4';
    const document = mentionSource('1000000101', citation, 'Harbour Monitoring Service', day);
    expect(document).toMatchObject({ text: citation, title: citation, publisher: { name: 'Harbour Monitoring Service' } });
    expect(mentionSource('1000000102', citation, 'Harbour Monitoring Service', day).key).toBe(document.key);
  });

  it("publishes a monitoring service's citation of a broadcast by the outlet it monitored, one source in both tables", () => {
    const day = parsePartialDate('2025-03-13');
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const cite = (id: string, citation: string) => eventDraft(fields.map((f, i) => (i === 0 ? id : i === 60 ? citation : f)), 1).sources[0];
    const kabul = 'Ariana Evening TV, Kabul/Harbour Monitoring/(c) Harbour';
    const fromEvents = cite('1000000101', kabul);
    expect(fromEvents).toMatchObject({ text: `GDELT event 1000000101, reported by ${kabul}`, title: kabul, publisher: { kind: 'ORGANIZATION', name: 'Ariana Evening TV' } });
    // The mentions table names the service; the citation says whose broadcast it is, and the events line gives the same source.
    const fromMentions = mentionSource('1000000101', kabul, 'Harbour Monitoring', day);
    expect(fromMentions).toEqual({ ...fromEvents, publishedAt: day });
    // Two stations the service monitored are two origins; one station cited twice is one.
    expect(cite('1000000102', 'Levant News Agency, Damascus/Harbour Monitoring/(c) Harbour')?.publisher?.name).toBe('Levant News Agency');
    expect(cite('1000000103', 'Ariana Evening TV, Kabul/Harbour Monitoring')?.publisher?.name).toBe('Ariana Evening TV');
    expect(monitoredOutlet('Reuters/Ipsos poll')).toBeNull();
    expect(monitoredOutlet('Harbour Monitoring Service')).toBeNull();
    expect(monitoredOutlet('Radio Dawn/Gulf Monitoring Unit')).toBe('Radio Dawn');
  });

  it("reads GDELT 1.0's events lines, with and without SOURCEURL, into 2.0's fields", () => {
    expect(EVENT_COLUMNS_V1).toHaveLength(58);
    expect(EVENT_COLUMNS_V1.slice(49)).toEqual(['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL']);
    expect([tableOf(58), tableOf(57), tableOf(59)]).toEqual(['events', 'events', null]);
    const line = fixture('gdelt.export.CSV')[0] as string;
    const v2 = eventDraft(line.split('\t'), 1);
    const v1 = eventDraft(asGdelt1(line).split('\t'), 1);
    expect(v1.ends).toEqual(v2.ends);
    expect(v1.sources).toEqual(v2.sources);
    // Without the ADM2Codes: a 1.0 record imported after the event's 2.0 record leaves them as they are.
    const { Actor1Geo_ADM2Code: _1, Actor2Geo_ADM2Code: _2, ActionGeo_ADM2Code: _3, ...withoutAdm2 } = v2.props;
    expect(v1.props).toEqual(withoutAdm2);
    // Before April 2013 the record names no document: it is its own source.
    const early = eventDraft(asGdelt1(line, { withUrl: false }).split('\t'), 1);
    expect(early.sources).toEqual([expect.objectContaining({ text: 'GDELT event 1000000001', title: 'GDELT event 1000000001 (the record names no document)' })]);
  });

  it('maps CAMEO codes by event code, then base code, then root code, onto types of the vocabulary', () => {
    for (const entry of CAMEO_MAPPING.values()) for (const t of entry.claims) expect(RELATIONSHIP_TYPES).toContain(t.predicate);
    expect(cameoEntry('193', '193', '19')?.label).toBe('fighting');
    expect(cameoEntry('192', '192', '19')?.claims[0]?.predicate).toBe('SEIZED');
    expect(cameoEntry('0741', '074', '07')?.label).toBe('military protection or peacekeeping');
    expect(cameoEntry('043', '043', '04')).toBeNull();
  });

  it('reads an event line of the fixture with every column kept', () => {
    const draft = eventDraft((fixture('gdelt.export.CSV')[0] as string).split('\t'), 1);
    expect(draft).toMatchObject({ eventId: '1000000001', date: { iso: '2025-03-10', precision: 'DAY' }, code: '193', mapped: true, credibility: 3 });
    expect(draft.ends.actor1).toMatchObject({ kind: 'ARMED_FORCE', name: 'Russian troops' });
    expect(draft.ends.actor2).toMatchObject({ kind: 'COUNTRY', name: 'Ukraine' });
    expect(draft.ends.place).toMatchObject({ kind: 'LOCATION', name: "Kharkiv, Kharkivs'ka Oblast', Ukraine", aliases: [{ name: 'Kharkiv', kind: 'ALIAS' }], coordinates: { latitude: 49.9808, longitude: 36.2527 } });
    expect(Object.keys(draft.props).filter((k) => EVENT_COLUMNS.includes(k))).toHaveLength(61);
    expect(draft.props).toMatchObject({ GoldsteinScale: -10, NumMentions: 12, NumSources: 4, NumArticles: 10, AvgTone: -6.52, IsRootEvent: 1 });
    expect(draft.sources.map((s) => s.url)).toEqual(['https://news.example.org/2025/03/10/front-line-report']);
  });

  it('refuses a bad field, naming the column', () => {
    const fields = (fixture('gdelt.export.CSV')[0] as string).split('\t');
    const with_ = (i: number, v: string) => fields.map((f, j) => (j === i ? v : f));
    expect(() => eventDraft(with_(30, 'abc'), 1)).toThrow('GoldsteinScale: expected a number, but got "abc"');
    expect(() => eventDraft(with_(30, '11'), 1)).toThrow('GoldsteinScale: expected a number from -10 to 10');
    expect(() => eventDraft(with_(1, '20251340'), 1)).toThrow('SQLDATE: expected a date as YYYYMMDD');
    expect(() => eventDraft(with_(26, ''), 1)).toThrow('EventCode');
    expect(() => eventDraft(with_(56, ''), 1)).toThrow('ActionGeo_Lat: expected a coordinate beside ActionGeo_Long');
  });

  it('turns actors into entities by their CAMEO codes', () => {
    const actor = (code: string, name: string, country: string, group = '', type = '') =>
      actorEntity(byName(EVENT_COLUMNS, ['1', '20250101', '', '', '', code, name, country, group, '', '', '', type]), 1);
    expect(actor('USAGOV', 'UNITED STATES', 'USA', '', 'GOV')).toMatchObject({ kind: 'COUNTRY', name: 'United States' });
    expect(actor('PRKMIL', 'NORTH KOREA', 'PRK', '', 'MIL')).toMatchObject({ kind: 'ARMED_FORCE', name: 'North Korean troops' });
    expect(actor('UKRCOP', 'UKRAINE', 'UKR', '', 'COP')).toMatchObject({ kind: 'ARMED_FORCE', name: 'Ukrainian police' });
    expect(actor('IGOUNO', 'UNITED NATIONS', '', 'UNO', 'IGO')).toMatchObject({ kind: 'ORGANIZATION', name: 'United Nations' });
    expect(actor('SYRREB', 'SYRIA', 'SYR', '', 'REB')).toMatchObject({ kind: 'ARMED_FORCE', name: 'Syria rebels' });
    expect(actor('EUR', 'EUROPE', 'EUR')).toMatchObject({ kind: 'LOCATION', name: 'Europe' });
    expect(actor('', '', '')).toBeNull();
  });

  it('reads mention lines, old and new, and weighs GDELT confidence as credibility', () => {
    const lines = fixture('gdelt.mentions.CSV');
    const m = mentionDraft((lines[1] as string).split('\t'), 2);
    expect(m).toMatchObject({ eventId: '1000000001', sentenceId: 4, confidence: 50, eventDate: { iso: '2025-03-10' } });
    expect(m.props).toMatchObject({ MentionDocTone: -4.2, InRawText: 0, MentionDocTranslationInfo: 'srclc:ukr;eng:GT-UKR 1.0' });
    expect(mentionDraft((lines[5] as string).split('\t'), 6).props.MentionDocTranslationInfo).toBeNull();
    expect(() => mentionDraft((lines[4] as string).split('\t'), 5)).toThrow('Confidence: expected a whole number, but got "high"');
    expect([100, 70, 69, 40, 39, 0].map(mentionCredibility)).toEqual([3, 3, 4, 4, 5, 5]);
  });
});

describe('ACLED rows', () => {
  const header = ACLED_COLUMNS;
  const row = (values: Record<string, string>) => Object.fromEntries(header.map((c) => [c, values[c] ?? '']));

  it('reads both date forms of the exports and refuses days that do not exist', () => {
    expect(acledDay('2025-03-15').iso).toBe('2025-03-15');
    expect(acledDay('15 March 2025').iso).toBe('2025-03-15');
    expect(acledDay('5 Sep 2024').iso).toBe('2024-09-05');
    expect(() => acledDay('2025-02-30')).toThrow('event_date: expected a day');
    expect(() => acledDay('March 2025')).toThrow('event_date');
  });

  it("names a state's forces as ingestion does, and the others by their interaction code", () => {
    expect(acledActor('Military Forces of Ukraine (2019-)', 'State forces')).toMatchObject({ kind: 'ARMED_FORCE', name: 'Ukrainian troops', aliases: expect.arrayContaining([{ name: 'Military Forces of Ukraine (2019-)', kind: 'ALIAS' }]) });
    expect(acledActor('Civilians (Sudan)', 'Civilians')).toMatchObject({ kind: 'ORGANIZATION' });
    expect(acledActor('Rapid Support Forces', '2')).toMatchObject({ kind: 'ARMED_FORCE' });
    expect(acledActor('  ', 'State forces')).toBeNull();
  });

  it('maps event types as data, fatalities as a killed figure, and month precision onto the date', () => {
    for (const groups of ACLED_MAPPING.values()) for (const g of groups) for (const t of g) expect(RELATIONSHIP_TYPES).toContain(t.predicate);
    const draft = acledDraft(row({
      event_id_cnty: 'TST1', event_date: '2025-03-12', time_precision: '3', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Russia (2000-)',
      inter1: 'State forces', actor2: 'Wagner Group', inter2: 'External/Other forces', country: 'Ukraine', admin1: 'Donetsk', location: 'Bakhmut', latitude: '48.59', longitude: '38.0',
      geo_precision: '2', source: 'Outlet A; Outlet B;Outlet A', fatalities: '7', notes: '',
    }), 2);
    expect(draft).toMatchObject({ eventId: 'TST1', date: { iso: '2025-03', precision: 'MONTH' }, day: '2025-03-12', mapped: true, credibility: 2 });
    expect(draft.killed).toMatchObject({ value: 7, qualifier: 'AT_LEAST' });
    expect(draft.templates).toHaveLength(2);
    expect(draft.ends.place).toMatchObject({ name: 'Bakhmut, Donetsk, Ukraine', aliases: [{ name: 'Bakhmut', kind: 'ALIAS' }] });
    expect(draft.sources.map((s) => s.title)).toEqual(['Outlet A', 'Outlet B']);
    expect(draft.excerpt).toMatch(/^ACLED event TST1 on 2025-03-12: Armed clash by Russian troops against Wagner Group at Bakhmut/);
    expect(draft.props).toMatchObject({ time_precision: 3, geo_precision: 2, fatalities: 7 });
  });
});

describe('arguments and distances', () => {
  it('reads the date filter and refuses what it cannot use', () => {
    expect(parseFeedArgs(['--since', '2025-03', '--until', '2025', 'a.csv'])).toEqual({
      files: ['a.csv'],
      options: { since: '2025-03-01', until: '2025-12-99', batchSize: 2_000, table: null },
    });
    expect(() => parseFeedArgs(['--since', 'yesterday'])).toThrow('--since: expected a date');
    expect(() => parseFeedArgs(['--since', '2025-04-01', '--until', '2025-03-01'])).toThrow('--until: expected a day on or after --since');
    expect(() => parseFeedArgs(['--fast'])).toThrow('--fast');
  });

  it('takes a week or a month when any of its days is in the window', () => {
    const { options } = parseFeedArgs(['--since', '2025-03-20', '--until', '2025-04-02']);
    const day = (iso: string) => parsePartialDate(iso);
    // ACLED's month-only event, coded on the 15th: March overlaps the window, though the 15th does not.
    expect(periodInWindow(day('2025-03'), day('2025-03'), options)).toBe(true);
    expect(periodInWindow(day('2025-02'), day('2025-02'), options)).toBe(false);
    expect(periodInWindow(day('2025-04'), day('2025-04'), options)).toBe(true);
    expect(periodInWindow(day('2025-05'), day('2025-05'), options)).toBe(false);
    // A week around a day: in when it reaches into the window.
    expect(periodInWindow(day('2025-03-14'), day('2025-03-20'), options)).toBe(true);
    expect(periodInWindow(day('2025-03-13'), day('2025-03-19'), options)).toBe(false);
    expect(periodInWindow(day('2025-04-02'), day('2025-04-08'), options)).toBe(true);
    expect(periodInWindow(day('2025-04-03'), day('2025-04-09'), options)).toBe(false);
    expect(periodInWindow(day('2025'), day('2025'), parseFeedArgs(['--since', '2025-12-31']).options)).toBe(true);
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ latitude: 50.45, longitude: 30.52 }, { latitude: 49.99, longitude: 36.23 })).toBeCloseTo(410, -1);
  });
});
