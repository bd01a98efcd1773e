import type { EntityInput } from '../../entity';
import { parsePartialDate, type PartialDate } from '../../support';
import type { Country } from '../../extract/lexicon/countries';
import { countryByFips, countryByName, countryEntity } from '../countries';
import { checkTemplate, coordinatesField, numberField } from '../mapping';
import type { ClaimTemplate, EventDraft, FeedValue } from '../model';
import { citedRecordSource, webSource } from '../outlets';
import { sourceFrom } from '../writeEvents';
import { actorEntity } from './actors';
import cameo from './cameoMapping.json';
import { byName, EVENT_COLUMNS, eventColumnsOf } from './columns';

/** Credibility (1-6) of the claim an event's own article makes: machine-coded, so "possibly true". */
export const GDELT_EVENT_CREDIBILITY = 3;

interface CameoEntry {
  label: string;
  claims: ClaimTemplate[];
}

/** The CAMEO mapping, checked once against the vocabulary. */
export const CAMEO_MAPPING: ReadonlyMap<string, CameoEntry> = new Map(
  Object.entries(cameo.codes as Record<string, { label: string; claims: unknown[] }>).map(([code, entry]) => [
    code,
    { label: entry.label, claims: entry.claims.map((c, i) => checkTemplate(`cameoMapping.json codes.${code}.claims[${i}]`, c)) },
  ]),
);

/** The entry for an event: its EventCode, else its base code, else its root code. */
export function cameoEntry(eventCode: string, baseCode: string, rootCode: string): CameoEntry | null {
  return CAMEO_MAPPING.get(eventCode) ?? CAMEO_MAPPING.get(baseCode) ?? CAMEO_MAPPING.get(rootCode) ?? null;
}

/** GDELT's numeric columns, and their bounds where the codebook gives them. */
const NUMBERS: Record<string, { integer?: boolean; min?: number; max?: number }> = {
  MonthYear: { integer: true },
  Year: { integer: true },
  FractionDate: {},
  IsRootEvent: { integer: true, min: 0, max: 1 },
  QuadClass: { integer: true, min: 1, max: 4 },
  GoldsteinScale: { min: -10, max: 10 },
  NumMentions: { integer: true, min: 0 },
  NumSources: { integer: true, min: 0 },
  NumArticles: { integer: true, min: 0 },
  AvgTone: { min: -100, max: 100 },
  Actor1Geo_Type: { integer: true, min: 0, max: 5 },
  Actor2Geo_Type: { integer: true, min: 0, max: 5 },
  ActionGeo_Type: { integer: true, min: 0, max: 5 },
};

/** "20250314" → 2025-03-14; throws naming the column. */
export function gdeltDay(column: string, text: string): PartialDate {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{6})?$/.exec(text);
  try {
    if (!m) throw new Error('');
    return parsePartialDate(`${m[1]}-${m[2]}-${m[3]}`);
  } catch {
    throw new Error(`${column}: expected a date as YYYYMMDD${column === 'SQLDATE' ? '' : '[HHMMSS]'}, but got ${JSON.stringify(text)}`);
  }
}

/**
 * Where the event took place (ActionGeo_*): a country when GDELT places it at country level (type 1),
 * else a location named by GDELT's full name ("Kharkiv, Kharkivs'ka Oblast', Ukraine"), with its
 * first part ("Kharkiv") as an alias, the coordinates GDELT gives, and the country it is in (null
 * for a country, and for a place in no country GDELT codes: the high seas). A country is found by
 * its FIPS 10-4 code (ActionGeo_CountryCode), which is not ISO: by name, GDELT's "Congo" (FIPS CF)
 * would be the DR Congo and its "Vietnam, Republic Of" no country at all; the name (a location's
 * last part, "…, Ukraine") serves when the code is unknown. Each part of the name is trimmed: files
 * of some periods pad them with spaces.
 */
function placeOf(row: Record<string, string>): { place: EntityInput; country: Country | null } | null {
  const parts = (row.ActionGeo_FullName ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const fullName = parts.join(', ');
  const coordinates = coordinatesField('ActionGeo_Lat', row.ActionGeo_Lat ?? '', 'ActionGeo_Long', row.ActionGeo_Long ?? '');
  if (!fullName) return null;
  const byCode = countryByFips(row.ActionGeo_CountryCode ?? '');
  if (row.ActionGeo_Type === '1') {
    const country = byCode ?? countryByName(fullName);
    if (country) return { place: { ...countryEntity(country), coordinates }, country: null };
  }
  const first = parts[0] ?? '';
  return {
    place: { kind: 'LOCATION', name: fullName, aliases: first && first !== fullName ? [{ name: first, kind: 'ALIAS' }] : [], coordinates },
    country: byCode ?? countryByName(parts.at(-1) ?? ''),
  };
}

/**
 * The source of an event's own claims: its SOURCEURL when that is a web address, published by the
 * site's outlet. For a document not on the web, GDELT writes a citation there instead ("BBC
 * Monitoring"), which names an outlet, not a document: the source is then this record as that
 * outlet reported it (citedRecordSource), so a thousand records citing one service are a thousand
 * sources of one origin. GDELT 1.0's records before April 2013 have no SOURCEURL at all: the record
 * is its own source.
 */
function recordSource(eventId: string, url: string, added: PartialDate): EventDraft['sources'][number] {
  if (/^https?:\/\//i.test(url)) return webSource(url, added);
  if (url) return citedRecordSource(eventId, url, added);
  return sourceFrom(`GDELT event ${eventId}`, `GDELT event ${eventId} (the record names no document)`, added);
}

/**
 * One line of the events table, GDELT 2.0's or 1.0's (told by its number of fields), as a draft
 * event; throws "<column>: expected …" on a bad field. A 1.0 line has 2.0's properties but the
 * three ADM2Codes it lacks.
 */
export function eventDraft(fields: readonly string[], line: number): EventDraft {
  const columns = eventColumnsOf(fields.length) ?? EVENT_COLUMNS;
  const row = byName(columns, fields);
  const eventId = row.GLOBALEVENTID ?? '';
  if (!/^\d+$/.test(eventId)) throw new Error(`GLOBALEVENTID: expected a whole number, but got ${JSON.stringify(eventId)}`);
  const date = gdeltDay('SQLDATE', row.SQLDATE ?? '');
  const eventCode = row.EventCode ?? '';
  // A code outside CAMEO's digits is kept and counted as having no mapping, not refused.
  if (eventCode === '') throw new Error('EventCode: expected a CAMEO code, but got none');
  const props: Record<string, FeedValue> = {};
  // Only the line's own columns: a 1.0 record imported after the 2.0 record of the same event must
  // not erase the ADM2Codes that 1.0 does not have.
  for (const column of columns) {
    const text = row[column] ?? '';
    const bounds = NUMBERS[column];
    props[column] = bounds ? numberField(column, text, bounds) : text === '' ? null : text;
  }
  for (const geo of ['Actor1Geo', 'Actor2Geo', 'ActionGeo']) {
    const c = coordinatesField(`${geo}_Lat`, row[`${geo}_Lat`] ?? '', `${geo}_Long`, row[`${geo}_Long`] ?? '');
    props[`${geo}_Lat`] = c?.latitude ?? null;
    props[`${geo}_Long`] = c?.longitude ?? null;
  }
  if (row.DATEADDED) gdeltDay('DATEADDED', row.DATEADDED);
  const entry = cameoEntry(eventCode, row.EventBaseCode ?? '', row.EventRootCode ?? '');
  const actor1 = actorEntity(row, 1);
  const actor2 = actorEntity(row, 2);
  const { place = null, country = null } = placeOf(row) ?? {};
  const url = row.SOURCEURL ?? '';
  const added = row.DATEADDED ? gdeltDay('DATEADDED', row.DATEADDED) : date;
  const sources = [recordSource(eventId, url, added)];
  const what = entry ? entry.label : 'no mapping';
  const excerpt = `GDELT event ${eventId} on ${date.iso}: ${actor1?.name ?? 'an unnamed actor'}, CAMEO ${eventCode} (${what})${actor2 ? `, ${actor2.name}` : ''}${place ? `, at ${place.name}` : ''}.`;
  return {
    line,
    feed: 'GDELT',
    eventId,
    date,
    day: date.iso,
    ends: { ...(actor1 ? { actor1 } : {}), ...(actor2 ? { actor2 } : {}), ...(place ? { place } : {}) },
    ...(country ? { placeCountry: countryEntity(country) } : {}),
    others: [],
    templates: entry ? [entry.claims] : [],
    killed: null,
    sources,
    excerpt,
    credibility: GDELT_EVENT_CREDIBILITY,
    code: eventCode,
    mapped: entry !== null,
    props,
  };
}
