import { countryLexicon } from '../../src/extract/lexicon/countries';
import { nationalForce, policeOf } from '../../src/extract/entities';
import { countryByCode, countryByFips } from '../../src/feeds/countries';
import { actorEntity } from '../../src/feeds/gdelt/actors';
import actorTypes from '../../src/feeds/gdelt/actorTypes.json';
import { byName, EVENT_COLUMNS } from '../../src/feeds/gdelt/columns';
import { eventDraft } from '../../src/feeds/gdelt/events';

/**
 * GDELT actors and action places as entities. The rows are made up for these tests, in the shape of
 * GDELT 2.0's events table: only the columns a case needs are given, the rest left empty.
 */
const fields = (values: Record<string, string>) => EVENT_COLUMNS.map((c) => values[c] ?? '');

/** Actor 1 of a row: its code, name, CAMEO country code, known group and first type code. */
const actor = (code: string, name: string, country: string, type = '', group = '') =>
  actorEntity(byName(EVENT_COLUMNS, fields({ Actor1Code: code, Actor1Name: name, Actor1CountryCode: country, Actor1KnownGroupCode: group, Actor1Type1Code: type })), 1);

/** The place of an event GDELT locates by ActionGeo_Type, _FullName and (FIPS) _CountryCode. */
const place = (type: string, fullName: string, fips: string) =>
  eventDraft(
    fields({
      GLOBALEVENTID: '9000000001', SQLDATE: '20250310', Actor1Code: 'RUSMIL', Actor1Name: 'RUSSIA', Actor1CountryCode: 'RUS', Actor1Type1Code: 'MIL',
      EventCode: '190', EventBaseCode: '190', EventRootCode: '19', ActionGeo_Type: type, ActionGeo_FullName: fullName, ActionGeo_CountryCode: fips,
      ActionGeo_Lat: '1.5', ActionGeo_Long: '20.25', SOURCEURL: 'https://news.example.org/made-up',
    }),
    1,
  ).ends.place;

const lexicon = countryLexicon().byName;
const country = (name: string) => {
  const c = lexicon.get(name);
  if (!c) throw new Error(`no country ${name}`);
  return c;
};

describe('typed actors named by a demonym or a place are the country’s', () => {
  it('reads a demonym as the country: "<country> <label>", with no alias', () => {
    expect(actor('ZAFJUD', 'SOUTH AFRICAN', 'ZAF', 'JUD')).toEqual({ kind: 'ORGANIZATION', name: 'South Africa judiciary', aliases: [] });
    expect(actor('COLREB', 'COLOMBIAN', 'COL', 'REB')).toEqual({ kind: 'ARMED_FORCE', name: 'Colombia rebels', aliases: [] });
    // Any spelling the country goes by is its name too.
    expect(actor('USAMED', 'UNITED STATES', 'USA', 'MED')).toEqual({ kind: 'ORGANIZATION', name: 'United States media', aliases: [] });
    expect(actor('COGLEG', 'CONGO', 'COG', 'LEG')).toEqual({ kind: 'ORGANIZATION', name: 'Republic of the Congo legislature', aliases: [] });
    expect(actor('NGAMIL', 'NIGERIAN', 'NGA', 'MIL')).toMatchObject({ kind: 'ARMED_FORCE', name: 'Nigerian troops' });
  });

  it('reads a place in the country as the country, keeping the place with the label as an alias', () => {
    expect(actor('ZMBJUD', 'LUSAKA', 'ZMB', 'JUD')).toEqual({ kind: 'ORGANIZATION', name: 'Zambia judiciary', aliases: [{ name: 'Lusaka judiciary', kind: 'ALIAS' }] });
    expect(actor('USACVL', 'NORTH CAROLINA', 'USA', 'CVL')).toEqual({ kind: 'ORGANIZATION', name: 'United States civilians', aliases: [{ name: 'North Carolina civilians', kind: 'ALIAS' }] });
    expect(actor('SYRINS', 'IDLIB', 'SYR', 'INS')).toEqual({ kind: 'ARMED_FORCE', name: 'Syria insurgents', aliases: [{ name: 'Idlib insurgents', kind: 'ALIAS' }] });
  });

  it('keeps the name GDELT gives when the actor has no country, or is a known group', () => {
    expect(actor('CVL', 'VILLAGERS', '', 'CVL')).toEqual({ kind: 'ORGANIZATION', name: 'Villagers', aliases: [] });
    // CAMEO's stem for minister and ministry, written out.
    expect(actor('GOVAGR', 'AGRICULTURE MINIST', '', 'GOV')).toEqual({ kind: 'ORGANIZATION', name: 'Agriculture Ministry', aliases: [] });
    expect(actor('GOV', 'DEPUTY PRIME MINIST', '', 'GOV')).toEqual({ kind: 'ORGANIZATION', name: 'Deputy Prime Minister', aliases: [] });
    expect(actor('GOV', 'FIRST MINIST', '', 'GOV')).toEqual({ kind: 'ORGANIZATION', name: 'First Minister', aliases: [] });
    expect(actor('NGOXYZ', 'HARBOUR RELIEF FUND', 'GBR', 'NGO', 'XYZ')).toEqual({ kind: 'ORGANIZATION', name: 'Harbour Relief Fund', aliases: [] });
  });
});

describe('typed actors GDELT gives no country', () => {
  /** Actor 1 with no country, placed by its own geography (FIPS 10-4) in `fips`. */
  const placed = (code: string, name: string, type: string, fips: string) =>
    actorEntity(byName(EVENT_COLUMNS, fields({ Actor1Code: code, Actor1Name: name, Actor1Type1Code: type, Actor1Geo_Type: '4', Actor1Geo_CountryCode: fips })), 1);

  it('are told apart by the country they were in, as ACLED names such actors', () => {
    expect(placed('UAF', 'GUNMEN', 'UAF', 'NI')).toEqual({ kind: 'ARMED_FORCE', name: 'Gunmen (Nigeria)', aliases: [] });
    expect(placed('UAF', 'GUNMEN', 'UAF', 'UP')).toEqual({ kind: 'ARMED_FORCE', name: 'Gunmen (Ukraine)', aliases: [] });
    expect(placed('CVL', 'RESIDENTS', 'CVL', 'ZA')).toEqual({ kind: 'ORGANIZATION', name: 'Residents (Zambia)', aliases: [] });
    expect(placed('MIL', 'ARMY', 'MIL', 'UP')).toEqual({ kind: 'ARMED_FORCE', name: 'Army (Ukraine)', aliases: [] });
    expect(placed('GOV', 'PRESIDENT', 'GOV', 'SF')).toEqual({ kind: 'ORGANIZATION', name: 'President (South Africa)', aliases: [] });
    expect(placed('COP', 'POLICE', 'COP', 'US')).toEqual({ kind: 'ARMED_FORCE', name: 'Police (United States)', aliases: [] });
  });

  it('keep GDELT’s name alone where GDELT places them nowhere, and a company’s name is its own', () => {
    expect(placed('UAF', 'GUNMEN', 'UAF', '')).toEqual({ kind: 'ARMED_FORCE', name: 'Gunmen', aliases: [] });
    expect(placed('MNC', 'HARBORVIEW CAPITAL', 'MNC', 'US')).toEqual({ kind: 'ORGANIZATION', name: 'Harborview Capital', aliases: [] });
  });
});

describe('companies, NGOs and intergovernmental bodies keep the name GDELT gives', () => {
  it('keeps two companies of one country apart', () => {
    expect(actor('MNCUSA', 'HARBORVIEW CAPITAL', 'USA', 'MNC')).toEqual({ kind: 'ORGANIZATION', name: 'Harborview Capital', aliases: [] });
    expect(actor('MNCUSAMED', 'SIGNALWORKS', 'USA', 'MNC')).toEqual({ kind: 'ORGANIZATION', name: 'Signalworks', aliases: [] });
    expect(actor('NGOGBR', 'HARBOUR RELIEF FUND', 'GBR', 'NGO')).toEqual({ kind: 'ORGANIZATION', name: 'Harbour Relief Fund', aliases: [] });
    expect(actor('IGO', 'NORTHERN RIVERS COMMISSION', '', 'IGO')).toEqual({ kind: 'ORGANIZATION', name: 'Northern Rivers Commission', aliases: [] });
  });

  it('names one by its country and label when GDELT names it by the country or a place the record locates', () => {
    expect(actor('MNCUSA', 'AMERICAN', 'USA', 'MNC')).toEqual({ kind: 'ORGANIZATION', name: 'United States multinational company', aliases: [] });
    const inState = actorEntity(
      byName(EVENT_COLUMNS, fields({ Actor1Code: 'NGOUSA', Actor1Name: 'NORTH CAROLINA', Actor1CountryCode: 'USA', Actor1Type1Code: 'NGO', Actor1Geo_FullName: 'Raleigh, North Carolina, United States' })),
      1,
    );
    expect(inState).toEqual({ kind: 'ORGANIZATION', name: 'United States non-governmental organisation', aliases: [{ name: 'North Carolina non-governmental organisation', kind: 'ALIAS' }] });
  });
});

describe('police as ingestion names them', () => {
  it("is the country's police that article ingestion makes, by kind and name", () => {
    for (const [code, name, iso, of] of [
      ['ZAFCOP', 'SOUTH AFRICAN', 'ZAF', 'South Africa'],
      ['UKRCOP', 'UKRAINE', 'UKR', 'Ukraine'],
      ['KENCOP', 'NAIROBI', 'KEN', 'Kenya'],
    ] as const) {
      const police = policeOf(country(of));
      expect(actor(code, name, iso, 'COP')).toMatchObject({ kind: police.kind, name: police.name, description: police.description });
    }
    expect(actor('ZAFCOP', 'SOUTH AFRICAN', 'ZAF', 'COP')).toMatchObject({ kind: 'ARMED_FORCE', name: 'South African police' });
  });

  it('keeps the alias of a place, and drops the bare "police" every country’s police shares', () => {
    const kenya = actor('KENCOP', 'NAIROBI', 'KEN', 'COP');
    expect(kenya?.aliases).toContainEqual({ name: 'Nairobi police', kind: 'ALIAS' });
    expect(kenya?.aliases).toContainEqual({ name: 'Kenyan police officers', kind: 'ALIAS' });
    expect(kenya?.aliases?.map((a) => a.name.toLowerCase())).not.toContain('police');
  });

  it('is the police of no country when GDELT gives none', () => {
    expect(actor('COP', 'POLICE', '', 'COP')).toMatchObject({ kind: 'ARMED_FORCE', name: policeOf(null).name });
  });
});

describe('every CAMEO actor type code', () => {
  it('is in actorTypes.json', () => {
    const cameo = ['COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD',
      'AMN', 'IRC', 'GRP', 'UNO', 'PKO', 'UIS', 'IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'SET'];
    expect(cameo.filter((code) => !(code in actorTypes.types))).toEqual([]);
  });

  it('makes international militarised groups and peacekeepers armed forces', () => {
    expect(actor('IMGXYZ', 'BLACK BANNER BRIGADE', '', 'IMG', 'XYZ')).toEqual({ kind: 'ARMED_FORCE', name: 'Black Banner Brigade', aliases: [] });
    expect(actor('IMG', 'JIHADIST', '', 'IMG')).toEqual({ kind: 'ARMED_FORCE', name: 'Jihadist', aliases: [] });
    expect(actor('GHAPKO', 'GHANAIAN', 'GHA', 'PKO')).toEqual({ kind: 'ARMED_FORCE', name: 'Ghana peacekeepers', aliases: [] });
  });

  it('makes settlers, radicals and moderates organisations, and an unidentified state actor its state', () => {
    expect(actor('ISRSET', 'ISRAELI', 'ISR', 'SET')).toEqual({ kind: 'ORGANIZATION', name: 'Israel settlers', aliases: [] });
    expect(actor('PAKRAD', 'PAKISTAN', 'PAK', 'RAD')).toEqual({ kind: 'ORGANIZATION', name: 'Pakistan radicals', aliases: [] });
    expect(actor('EGYMOD', 'CAIRO', 'EGY', 'MOD')).toEqual({ kind: 'ORGANIZATION', name: 'Egypt moderates', aliases: [{ name: 'Cairo moderates', kind: 'ALIAS' }] });
    expect(actor('IRNUIS', 'IRANIAN', 'IRN', 'UIS')).toMatchObject({ kind: 'COUNTRY', name: 'Iran' });
    expect(actor('GBRAMN', 'LONDON', 'GBR', 'AMN')).toEqual({ kind: 'ORGANIZATION', name: 'Amnesty International', aliases: [] });
  });
});

describe("CAMEO's country codes that are not ISO", () => {
  it('are their countries', () => {
    const names = Object.fromEntries(['ROM', 'MTN', 'TMP', 'IMY', 'WSB', 'GZS', 'BAG', 'ANT', 'AFR'].map((c) => [c, countryByCode(c)?.entity.name ?? null]));
    expect(names).toEqual({ ROM: 'Romania', MTN: 'Montenegro', TMP: 'Timor-Leste', IMY: 'Isle of Man', WSB: 'Palestine', GZS: 'Palestine', BAG: 'Iraq', ANT: null, AFR: null });
  });

  it('give the actors of those countries', () => {
    expect(actor('ROMMIL', 'ROMANIA', 'ROM', 'MIL')).toMatchObject({ kind: 'ARMED_FORCE', name: nationalForce(country('Romania')).name });
    expect(actor('MTNCOP', 'MONTENEGRIN', 'MTN', 'COP')).toMatchObject({ kind: 'ARMED_FORCE', name: policeOf(country('Montenegro')).name });
    expect(actor('IMYBUS', 'DOUGLAS', 'IMY', 'BUS')).toEqual({ kind: 'ORGANIZATION', name: 'Isle of Man business', aliases: [{ name: 'Douglas business', kind: 'ALIAS' }] });
    expect(actor('TMP', 'DILI', 'TMP')).toMatchObject({ kind: 'COUNTRY', name: 'Timor-Leste' });
  });
});

describe('action places', () => {
  it('finds a country-level place by its FIPS 10-4 code, not by a name two countries answer to', () => {
    expect(place('1', 'Congo', 'CF')).toMatchObject({ kind: 'COUNTRY', name: 'Republic of the Congo', coordinates: { latitude: 1.5, longitude: 20.25 } });
    expect(place('1', 'Congo, The Democratic Republic Of The', 'CG')).toMatchObject({ kind: 'COUNTRY', name: 'DR Congo' });
    expect(place('1', 'Vietnam, Republic Of', 'VM')).toMatchObject({ kind: 'COUNTRY', name: 'Vietnam' });
    // FIPS RS is Russia (ISO RS is Serbia).
    expect(place('1', 'Russia', 'RS')).toMatchObject({ kind: 'COUNTRY', name: 'Russia' });
  });

  it('falls back to the name when the code is unknown, and finds no country where there is none', () => {
    expect(place('1', 'Ukraine', 'ZZ')).toMatchObject({ kind: 'COUNTRY', name: 'Ukraine' });
    expect(place('1', 'Atlantis', '')).toMatchObject({ kind: 'LOCATION', name: 'Atlantis' });
  });

  it('trims each part of the full name', () => {
    expect(place('4', 'Goma ,  Nord-Kivu , Congo, The Democratic Republic Of The', 'CG')).toEqual({
      kind: 'LOCATION',
      name: 'Goma, Nord-Kivu, Congo, The Democratic Republic Of The',
      aliases: [{ name: 'Goma', kind: 'ALIAS' }],
      coordinates: { latitude: 1.5, longitude: 20.25 },
    });
    expect(place('1', ' Vietnam ,  Republic Of ', 'ZZ')).toMatchObject({ kind: 'LOCATION', name: 'Vietnam, Republic Of' });
  });

  it('knows the FIPS codes that differ from ISO alpha-2', () => {
    const names = Object.fromEntries(['CG', 'CF', 'RS', 'RI', 'UK', 'GM', 'KV', 'OD', 'WE', 'GZ', 'TT', 'XX'].map((c) => [c, countryByFips(c)?.entity.name ?? null]));
    expect(names).toEqual({
      CG: 'DR Congo', CF: 'Republic of the Congo', RS: 'Russia', RI: 'Serbia', UK: 'United Kingdom', GM: 'Germany', KV: 'Kosovo', OD: 'South Sudan',
      WE: 'Palestine', GZ: 'Palestine', TT: 'Timor-Leste', XX: null,
    });
  });
});
