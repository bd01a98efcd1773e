import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acledActor, acledDraft, ACLED_MAPPING } from '../../src/feeds/acled/rows';
import { csvRecords } from '../../src/feeds/lines';
import { ACLED_COLUMNS } from '../../src/feeds/acled/columns';
import eventTypes from '../../src/feeds/acled/eventTypes.json';
import type { EventEnd } from '../../src/feeds/model';
import { locationStatement, statementsOf } from '../../src/feeds/writeEvents';
import { entityId } from '../../src/support';

/**
 * How one ACLED record becomes a draft event, against ACLED's codebook: interaction codes in every
 * form the exports write them, state forces' names, associated actors' kinds, places, time and
 * geo precision, and the event types of older exports. The rows are written for these tests.
 */
const row = (values: Record<string, string>) => Object.fromEntries(ACLED_COLUMNS.map((c) => [c, values[c] ?? '']));

/** A record with what every test needs; `values` replaces or adds columns. */
const draftOf = (values: Record<string, string>) =>
  acledDraft(
    row({
      event_id_cnty: 'TST100',
      event_date: '2024-06-12',
      year: '2024',
      time_precision: '1',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Military Forces of Russia (2000-)',
      inter1: 'State forces',
      country: 'Ukraine',
      admin1: 'Province P',
      location: 'Town T',
      latitude: '48.1',
      longitude: '37.2',
      geo_precision: '1',
      source: 'Outlet A',
      fatalities: '0',
      ...values,
    }),
    2,
  );

describe('ACLED interaction codes', () => {
  it('reads the codes as exports, the R package and pandas write them, ignoring case and plurals', () => {
    for (const code of ['State forces', 'State Forces', 'STATE FORCES', 'State force', 'Rebel Groups', 'Rebel group', 'Political Militias', 'Identity Militias', 'External/Other Forces', '1', '1.0', ' 2 ', '3.00', '8']) {
      expect([code, acledActor('Unit Z', code)?.kind]).toEqual([code, 'ARMED_FORCE']);
    }
    for (const code of ['Rioters', 'Rioter', 'Protesters', 'Protestors', 'Civilians', 'civilian', '5', '6.0', '7']) {
      expect([code, acledActor('Crowd Z', code)?.kind]).toEqual([code, 'ORGANIZATION']);
    }
  });

  it('falls back to an organisation for a code it does not know', () => {
    for (const code of ['', '0', '9', '1.5', 'Militia', 'Other']) expect(acledActor('Group Z', code)?.kind).toBe('ORGANIZATION');
  });
});

describe("ACLED's names of state forces", () => {
  const nationalForce = (name: string) => acledActor(name, 'State forces');

  it('drops "the" before the country', () => {
    expect(nationalForce('Military Forces of the United States (2021-)')).toMatchObject({
      kind: 'ARMED_FORCE',
      name: 'American troops',
      aliases: expect.arrayContaining([{ name: 'Military Forces of the United States (2021-)', kind: 'ALIAS' }]),
    });
    expect(nationalForce('Military Forces of the United Kingdom (2024-)')).toMatchObject({ kind: 'ARMED_FORCE', name: 'British troops' });
  });

  it('accepts a period of two parts, years and a leader', () => {
    expect(nationalForce('Military Forces of Democratic Republic of Congo (1997-2001) (Kabila, L.)')).toMatchObject({ kind: 'ARMED_FORCE', name: 'Congolese troops' });
    expect(nationalForce('Military Forces of Syria (2000-2024)')).toMatchObject({ name: 'Syrian troops' });
  });

  it('keeps a unit named after the period as an armed force of its own, named as ACLED names it', () => {
    expect(nationalForce('Military Forces of Russia (2000-) Air Force')).toEqual({ kind: 'ARMED_FORCE', name: 'Military Forces of Russia (2000-) Air Force', aliases: [] });
    // ACLED's name of the Houthis: not Yemen's national force, whatever its code.
    expect(acledActor('Military Forces of Yemen (2017-) Houthi', 'Rebel group')).toEqual({ kind: 'ARMED_FORCE', name: 'Military Forces of Yemen (2017-) Houthi', aliases: [] });
  });
});

describe('ACLED associated actors', () => {
  const assoc = (draft: ReturnType<typeof acledDraft>) => Object.fromEntries(draft.others.map((o) => [o.entity.name, `${o.role} ${o.entity.kind}`]));

  it("take their kind from ACLED's catch-all names and state forces' names before the main actor's code", () => {
    const draft = draftOf({
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor2: 'Military Forces of Ukraine (2019-)',
      inter2: '1',
      assoc_actor_1: 'Military Forces of Russia (2000-) Air Force',
      assoc_actor_2:
        'Civilians (Ukraine); Journalists (Ukraine); Health Workers (Ukraine); Refugees/IDPs (Ukraine); Labor Group (Ukraine); Government of Ukraine (2019-); Police Forces of Ukraine (2019-); Territorial Unit Z',
    });
    expect(assoc(draft)).toEqual({
      'Military Forces of Russia (2000-) Air Force': 'assoc_actor_1 ARMED_FORCE',
      'Civilians (Ukraine)': 'assoc_actor_2 ORGANIZATION',
      'Journalists (Ukraine)': 'assoc_actor_2 ORGANIZATION',
      'Health Workers (Ukraine)': 'assoc_actor_2 ORGANIZATION',
      'Refugees/IDPs (Ukraine)': 'assoc_actor_2 ORGANIZATION',
      'Labor Group (Ukraine)': 'assoc_actor_2 ORGANIZATION',
      'Government of Ukraine (2019-)': 'assoc_actor_2 ORGANIZATION',
      'Ukrainian police': 'assoc_actor_2 ARMED_FORCE',
      // No name says what it is: the main actor's code does.
      'Territorial Unit Z': 'assoc_actor_2 ARMED_FORCE',
    });
  });

  it('make one entity of an actor whether it is a main actor or an associated one', () => {
    const asAssociate = draftOf({ actor2: 'Military Forces of Ukraine (2019-)', inter2: 'State forces', assoc_actor_2: 'Civilians (Ukraine)' }).others[0]?.entity;
    const asActor = draftOf({ event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Ukraine)', inter2: '7' }).ends.actor2;
    expect(asAssociate).toEqual(asActor);
    // Beside civilians, state forces are still armed forces, and a state's own force its national force.
    const beside = draftOf({ actor1: 'Civilians (Ukraine)', inter1: 'Civilians', assoc_actor_1: 'Police Forces of Ukraine (2019-); Military Forces of Ukraine (2019-); Women (Ukraine)' });
    expect(assoc(beside)).toEqual({ 'Ukrainian police': 'assoc_actor_1 ARMED_FORCE', 'Ukrainian troops': 'assoc_actor_1 ARMED_FORCE', 'Women (Ukraine)': 'assoc_actor_1 ORGANIZATION' });
  });

  it('match a catch-all name as a whole word only', () => {
    expect(acledActor('Womenfolk Defence Militia', 'Identity militia')?.kind).toBe('ARMED_FORCE');
    expect(acledActor('Farmersville Brigade', '3')?.kind).toBe('ARMED_FORCE');
    expect(acledActor('Students (Ukraine)', 'State forces')?.kind).toBe('ORGANIZATION');
  });
});

describe('ACLED places', () => {
  it('name the district, so villages of one name in two districts of a province are two places', () => {
    const a = draftOf({ location: 'Village V', admin2: 'District A', admin1: 'Province P' }).ends.place;
    const b = draftOf({ location: 'Village V', admin2: 'District B', admin1: 'Province P' }).ends.place;
    expect(a).toMatchObject({ kind: 'LOCATION', name: 'Village V, District A, Province P, Ukraine', aliases: [{ name: 'Village V', kind: 'ALIAS' }] });
    expect(b?.name).toBe('Village V, District B, Province P, Ukraine');
  });

  it('leave out a district that repeats the location or the province, or is not given', () => {
    expect(draftOf({ location: 'City C', admin2: 'City C', admin1: 'Province P' }).ends.place?.name).toBe('City C, Province P, Ukraine');
    expect(draftOf({ location: 'Town T', admin2: 'Province P', admin1: 'Province P' }).ends.place?.name).toBe('Town T, Province P, Ukraine');
    expect(draftOf({ location: 'Town T', admin2: '', admin1: 'Province P' }).ends.place?.name).toBe('Town T, Province P, Ukraine');
  });

  it('are the region, at the coordinates ACLED gives, when ACLED knows only the region (geo precision 3)', () => {
    const draft = draftOf({ geo_precision: '3', location: 'Town T', admin2: 'District A', admin1: 'Province P', latitude: '47.5', longitude: '35.1' });
    expect(draft.ends.place).toEqual({ kind: 'LOCATION', name: 'Province P region, Ukraine', aliases: [], coordinates: { latitude: 47.5, longitude: 35.1 } });
    // A city that is its own province keeps apart from its region.
    const city = { location: 'Khartoum', admin2: 'Khartoum', admin1: 'Khartoum', country: 'Sudan' };
    expect(draftOf({ ...city, geo_precision: '1' }).ends.place?.name).toBe('Khartoum, Sudan');
    expect(draftOf({ ...city, geo_precision: '3' }).ends.place?.name).toBe('Khartoum region, Sudan');
    expect(draft.excerpt).not.toContain('Town T');
    for (const precision of ['1', '2']) {
      expect(draftOf({ geo_precision: precision, admin2: 'District A' }).ends.place?.name).toBe('Town T, District A, Province P, Ukraine');
    }
  });

  it('are located in the row\'s country, in a claim of the feed\'s own voice at the record\'s credibility', () => {
    const draft = draftOf({ event_id_cnty: 'TST200', location: 'Village V', admin2: 'District A', admin1: 'Province P' });
    expect(draft.placeCountry).toMatchObject({ kind: 'COUNTRY', name: 'Ukraine' });
    const made = locationStatement(draft, draft.ends.place!, draft.placeCountry!);
    expect(made).toMatchObject({
      subjectId: entityId('LOCATION', 'Village V, District A, Province P, Ukraine'),
      predicate: 'LOCATED_IN',
      objectId: entityId('COUNTRY', 'Ukraine'),
      attribution: 'SOURCE',
      credibility: draft.credibility,
      excerpt: 'ACLED event TST200 locates Village V, District A, Province P, Ukraine in Ukraine.',
    });
    // Timeless: where a place is does not end with the event.
    expect(made?.validFrom ?? null).toBeNull();
    // A place that resolved to the country itself, or to something that is not a location, is not located in it.
    expect(locationStatement(draft, draft.placeCountry!, draft.placeCountry!)).toBeNull();
    expect(locationStatement(draft, { kind: 'ARMED_FORCE', name: 'Village V militia' }, draft.placeCountry!)).toBeNull();
  });

  it('have no country when the row names none the lexicon knows', () => {
    expect(draftOf({ country: 'Atlantis' }).placeCountry).toBeUndefined();
  });
});

describe('ACLED time precision', () => {
  it('dates a week (precision 2) from three days before the day ACLED gives to three days after', () => {
    const draft = draftOf({ time_precision: '2', event_date: '2024-03-01' });
    expect(draft).toMatchObject({ date: { iso: '2024-02-27', precision: 'DAY' }, until: { iso: '2024-03-04', precision: 'DAY' }, day: '2024-03-01' });
    expect(draftOf({ time_precision: '2', event_date: '2 January 2025' })).toMatchObject({ date: { iso: '2024-12-30' }, until: { iso: '2025-01-05' }, day: '2025-01-02' });
  });

  it('keeps a day (precision 1) and a month (precision 3) without an end', () => {
    expect(draftOf({ time_precision: '1' })).toMatchObject({ date: { iso: '2024-06-12', precision: 'DAY' }, day: '2024-06-12' });
    expect(draftOf({ time_precision: '1' }).until).toBeUndefined();
    expect(draftOf({ time_precision: '3' })).toMatchObject({ date: { iso: '2024-06', precision: 'MONTH' }, day: '2024-06-12' });
    expect(draftOf({ time_precision: '3' }).until).toBeUndefined();
  });
});

describe('ACLED event types', () => {
  const old = (eventType: string) => draftOf({ event_type: eventType, sub_event_type: '', actor2: 'Group Z', inter2: 'Rebel group' });

  it('maps the event types of exports before 2019 as the types they became', () => {
    const became: Record<string, string> = {
      'Battle-No change of territory': 'Armed clash',
      'Battle-Government regains territory': 'Government regains territory',
      'Battle-Non-state actor overtakes territory': 'Non-state actor overtakes territory',
      'Remote violence': 'Explosions/Remote violence',
    };
    for (const [type, now] of Object.entries(became)) {
      const draft = old(type);
      expect([type, draft.mapped, draft.code]).toEqual([type, true, type]);
      expect(draft.templates).toEqual(ACLED_MAPPING.get(now.toLowerCase()));
    }
    expect(old('Battle-No change of territory').templates.flat().map((t) => `${t.subject} ${t.predicate} ${t.object}`)).toEqual(['actor1 FIGHTS_IN place', 'actor2 FIGHTS_IN place']);
  });

  it('reports Riots/Protests and Strategic development as unmapped, as Protests and Strategic developments are', () => {
    for (const type of ['Riots/Protests', 'Strategic development', 'Protests', 'Strategic developments']) {
      expect([type, old(type).mapped, old(type).templates]).toEqual([type, false, []]);
    }
  });

  it('reads every older name as a current ACLED type', () => {
    const current = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
    for (const now of Object.values(eventTypes.formerly)) expect(current.includes(now) || now in eventTypes.types).toBe(true);
  });

  it('makes arrests and abductions of civilians or protesters a capture, as of people and forces', () => {
    const claims = (values: Record<string, string>) => {
      const draft = draftOf({ event_type: 'Strategic developments', ...values });
      return statementsOf(draft, draft.ends as Partial<Record<EventEnd, NonNullable<(typeof draft.ends)['actor1']>>>).map((s) => [s.subjectId, s.predicate, s.objectId]);
    };
    const troops = entityId('ARMED_FORCE', 'Russian troops');
    expect(claims({ sub_event_type: 'Arrests', actor2: 'Protesters (Ukraine)', inter2: 'Protesters' })).toEqual([[entityId('ORGANIZATION', 'Protesters (Ukraine)'), 'CAPTURED_BY', troops]]);
    expect(claims({ event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (Ukraine)', inter2: 'Civilians' })).toEqual([
      [entityId('ORGANIZATION', 'Civilians (Ukraine)'), 'CAPTURED_BY', troops],
    ]);
  });

  it("says a battle's fatalities of the unnamed people killed, and one-sided violence's of the side acted upon", () => {
    const killed = (values: Record<string, string>) => {
      const draft = draftOf({ actor2: 'Military Forces of Ukraine (2019-)', inter2: 'State forces', fatalities: '7', ...values });
      const ends = draft.ends as Partial<Record<EventEnd, NonNullable<(typeof draft.ends)['actor1']>>>;
      return statementsOf(draft, ends).filter((s) => s.predicate === 'KILLED_IN').map((s) => [s.subjectId, s.quantity?.value]);
    };
    const people = entityId('PERSON', 'people');
    expect(killed({})).toEqual([[people, 7]]);
    expect(killed({ event_type: 'Battle-No change of territory', sub_event_type: '' })).toEqual([[people, 7]]);
    expect(killed({ sub_event_type: 'Non-state actor overtakes territory' })).toEqual([[people, 7]]);
    expect(killed({ event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Ukraine)', inter2: 'Civilians' })).toEqual([
      [entityId('ORGANIZATION', 'Civilians (Ukraine)'), 7],
    ]);
    // A shelling that names no one acted upon: its dead are unnamed people, not the side that fired.
    expect(killed({ event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor2: '', inter2: '' })).toEqual([[people, 7]]);
    expect(draftOf({ fatalities: '0' }).ends.victims).toBeUndefined();
  });

  it('makes mob violence between rioters of one name an attack in the place', () => {
    const draft = draftOf({ event_type: 'Riots', sub_event_type: 'Mob violence', actor1: 'Rioters (Ukraine)', inter1: 'Rioters', actor2: 'Rioters (Ukraine)', inter2: 'Rioters' });
    const ends = draft.ends as Partial<Record<EventEnd, NonNullable<(typeof draft.ends)['actor1']>>>;
    expect(statementsOf(draft, ends).map((s) => [s.subjectId, s.predicate, s.objectId])).toEqual([
      [entityId('ORGANIZATION', 'Rioters (Ukraine)'), 'ATTACKED', entityId('LOCATION', ends.place?.name ?? '')],
    ]);
  });

  it('has excessive force against protesters, in both spellings, as actor1 attacking actor2', () => {
    for (const sub of ['Excessive force against protesters', 'Excessive force against protestors']) {
      const draft = draftOf({ event_type: 'Protests', sub_event_type: sub, actor1: 'Police Forces of Ukraine (2019-)', actor2: 'Protesters (Ukraine)', inter2: 'Protesters' });
      expect([sub, draft.mapped, draft.templates]).toEqual([sub, true, [[{ predicate: 'ATTACKED', subject: 'actor1', object: 'actor2' }]]]);
    }
  });

  it('falls back to the event type for the sub-event types of explosions and violence against civilians, as the codebook defines them', () => {
    // Each is one-sided violence by actor1 against actor2 (else the place), as its event type maps it.
    const subTypes: Record<string, string[]> = {
      'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
      'Violence against civilians': ['Sexual violence', 'Attack'],
    };
    for (const [type, subs] of Object.entries(subTypes)) {
      for (const sub of subs) expect([sub, draftOf({ event_type: type, sub_event_type: sub }).templates]).toEqual([sub, ACLED_MAPPING.get(type.toLowerCase())]);
    }
  });
});

describe('ACLED numbers and columns that are not what a count can be', () => {
  it('refuses negative and unreadably large fatalities, saying what it expected', () => {
    expect(() => draftOf({ fatalities: '-5' })).toThrow('fatalities: expected a number of at least 0, but got -5');
    expect(() => draftOf({ fatalities: '1e308' })).toThrow('fatalities: expected a whole number, but got "1e308"');
    expect(() => draftOf({ fatalities: '99999999999999999999999' })).toThrow('fatalities: expected a whole number');
    expect(draftOf({ fatalities: '12' }).killed?.value).toBe(12);
  });

  it('reads a file whose first column has no name (pandas\' index) as the export it holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'acled-index-'));
    const file = path.join(dir, 'with-index.csv');
    const header = ACLED_COLUMNS.join(',');
    const values = row({ event_id_cnty: 'TST200', event_date: '2024-06-12', event_type: 'Battles', actor1: 'Military Forces of Ukraine (2019-)', latitude: '48.5', longitude: '37.9', source: 'Kyiv Wire', fatalities: '0' });
    writeFileSync(file, `,${header}\n0,${ACLED_COLUMNS.map((c) => values[c]).join(',')}\n`);
    const read = [];
    for await (const item of csvRecords(file, ['event_id_cnty'], 'an ACLED export')) read.push(item);
    expect(read).toHaveLength(1);
    const [first] = read;
    expect(first && 'record' in first ? Object.keys(first.record) : first).toEqual(ACLED_COLUMNS);
    rmSync(dir, { recursive: true, force: true });
  });
});
