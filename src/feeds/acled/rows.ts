import type { EntityInput } from '../../entity';
import { CLAIM_LIMITS } from '../../write';
import { parsePartialDate, type PartialDate } from '../../support';
import { countryByName, countryEntity, nationalForceEntity, policeEntity } from '../countries';
import { checkTemplate, coordinatesField, numberField } from '../mapping';
import type { ClaimTemplate, EventDraft, EventEnd, FeedValue } from '../model';
import { sourceFrom } from '../writeEvents';
import actorTypes from './actorTypes.json';
import eventTypes from './eventTypes.json';

/** Credibility (1-6) of ACLED's claims: coded by people from the sources it names, "probably true". */
export const ACLED_CREDIBILITY = 2;

type Kind = EntityInput['kind'];

/**
 * An interaction code as actorTypes.json lists it: exports write "State forces", ACLED's R package
 * "State Forces" and "Rebel Groups", older exports 1 to 8, and a CSV that went through pandas "1.0".
 */
const interKey = (code: string) => code.trim().toLowerCase().replace(/^(\d+)\.0+$/, '$1').replace(/s\b/g, '');
const INTER_KINDS = new Map(Object.entries(actorTypes.inter as Record<string, Kind>).map(([code, kind]) => [interKey(code), kind]));
const NAMED_KINDS = Object.entries(actorTypes.named as Record<string, Kind>).map(([start, kind]) => ({ start: start.toLowerCase(), kind }));

/** The kind ACLED's own name of an actor says ("Civilians (Ukraine)", "Police Forces of ..."), or null. */
function namedKind(name: string): Kind | null {
  const lower = name.toLowerCase();
  return NAMED_KINDS.find(({ start }) => lower.startsWith(start) && /^(?:$|[\s(])/.test(lower.slice(start.length)))?.kind ?? null;
}

const TYPES = eventTypes.types as Record<string, { claims: unknown[][] }>;
const CHECKED = new Map(
  Object.entries(TYPES).map(([type, entry]) => [
    type.toLowerCase(),
    entry.claims.map((group, g) => group.map((c, i) => checkTemplate(`eventTypes.json types["${type}"].claims[${g}][${i}]`, c))),
  ]),
);
/**
 * The event-type mapping, checked once against the vocabulary: sub-event types and event types by
 * name, and ACLED's other names of them (the types before 2019) as the types they became.
 */
export const ACLED_MAPPING: ReadonlyMap<string, ClaimTemplate[][]> = new Map([
  ...CHECKED,
  ...Object.entries(eventTypes.formerly as Record<string, string>).flatMap(([old, type]) => {
    const templates = CHECKED.get(type.toLowerCase());
    return templates ? [[old.toLowerCase(), templates] as const] : [];
  }),
]);
/** Whom a row's fatalities are said of, by sub-event type (else the default), as eventTypes.json says. */
const FATALITIES = eventTypes.fatalities as { default: EventEnd[]; bySubEventType: Record<string, EventEnd[]> };
const FATALITY_SUBJECTS = new Map(Object.entries(FATALITIES.bySubEventType).map(([type, ends]) => [type.toLowerCase(), ends]));
const FORMERLY = new Map(Object.entries(eventTypes.formerly as Record<string, string>).map(([old, type]) => [old.toLowerCase(), type.toLowerCase()]));

/** The unnamed people a figure counts when it names no side: the entity article ingestion gives them. */
const VICTIMS: EntityInput = { kind: 'PERSON', name: 'people', aliases: [], description: 'unnamed victims' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED's event_date: "2024-03-15" (the API) or "15 March 2024" (the export tool). */
export function acledDay(text: string): PartialDate {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : (() => {
    const m = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(text);
    const month = m ? MONTHS.findIndex((name) => name.startsWith((m[2] as string).toLowerCase()) && (m[2] as string).length >= 3) + 1 : 0;
    return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}` : '';
  })();
  try {
    return parsePartialDate(iso);
  } catch {
    throw new Error(`event_date: expected a day as YYYY-MM-DD or "15 March 2024", but got ${JSON.stringify(text)}`);
  }
}

/**
 * "Military Forces of Ukraine (2019-)", "Military Forces of the United States (2021-)", "Military
 * Forces of Democratic Republic of Congo (1997-2001) (Kabila, L.)": a state's armed forces, named as
 * ingestion names them; "Police Forces of Ukraine (2019-)" its police, likewise. A unit after the period ("... (2000-) Air Force", "Military Forces of Yemen
 * (2017-) Houthi", which are the Houthis) does not match: it stays an armed force of its own.
 */
const STATE_FORCE = /^(Military|Police) Forces of (?:the\s+)?(.+?)(?:\s*\(\d{4}-(?:\d{4})?\)(?:\s*\([^()]+\))?)?$/i;

/**
 * An ACLED actor (actor1, actor2, an associated actor) as an entity. Its kind: what ACLED's name
 * says (actorTypes.json named), else its interaction code; an associated actor, which ACLED gives
 * no code, is given its main actor's. The name comes first so that one actor is one entity (whose id
 * holds its kind) whichever role and row name it: "Civilians (Ukraine)" beside state forces too.
 */
export function acledActor(name: string, inter: string): EntityInput | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const force = STATE_FORCE.exec(trimmed);
  const country = force ? countryByName(force[2] as string) : null;
  if (force && country) {
    // "Police Forces of Ukraine (2019-)" is the police ingestion and GDELT name "Ukrainian police".
    const entity = force[1]?.toLowerCase() === 'police' ? policeEntity(country) : nationalForceEntity(country);
    return { ...entity, aliases: [...(entity.aliases ?? []), { name: trimmed, kind: 'ALIAS' }] };
  }
  return { kind: namedKind(trimmed) ?? INTER_KINDS.get(interKey(inter)) ?? 'ORGANIZATION', name: trimmed, aliases: [] };
}

/**
 * The place: "location, admin2, admin1, country" (its parts once each), with the bare location as an
 * alias; the district keeps apart villages of one name in one province. Geo precision 3 means ACLED
 * knows only the region and gives its capital's coordinates: the place is then the region,
 * "admin1 region, country", at those coordinates as a representative point, with no town's name (the
 * claims are not about the town) and no bare alias (the region "Kharkiv" would resolve to the city).
 */
function acledPlace(row: Record<string, string>, geoPrecision: FeedValue): EntityInput | null {
  const coordinates = coordinatesField('latitude', row.latitude ?? '', 'longitude', row.longitude ?? '');
  const region = geoPrecision === 3;
  const admin1 = (row.admin1 ?? '').trim();
  // "Khartoum region": a city that is its own province ("Khartoum, Sudan") must not be its region.
  const columns = region ? [admin1 && `${admin1} region`, row.country] : [row.location, row.admin2, row.admin1, row.country];
  const parts = columns.map((p) => (p ?? '').trim()).filter((p, i, all) => p !== '' && all.indexOf(p) === i);
  const [first] = parts;
  if (!first) return null;
  const name = parts.join(', ');
  return { kind: 'LOCATION', name, aliases: !region && name !== first ? [{ name: first, kind: 'ALIAS' }] : [], coordinates };
}

/** The day `days` after (before, when negative) an ISO day. */
function dayAfter(iso: string, days: number): PartialDate {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return parsePartialDate(date.toISOString().slice(0, 10));
}

const INTEGERS: Record<string, { min?: number; max?: number }> = {
  year: {},
  time_precision: { min: 1, max: 3 },
  geo_precision: { min: 1, max: 3 },
  fatalities: { min: 0 },
  timestamp: {},
  iso: { min: 0 },
  interaction: {},
};

/** One record of an ACLED export as a draft event; throws "<column>: expected …" on a bad field. */
export function acledDraft(row: Record<string, string>, line: number): EventDraft {
  const eventId = (row.event_id_cnty ?? '').trim();
  if (!eventId) throw new Error('event_id_cnty: expected the event id, but got none');
  const day = acledDay((row.event_date ?? '').trim());
  const props: Record<string, FeedValue> = {};
  for (const [column, raw] of Object.entries(row)) {
    const text = raw.trim();
    const bounds = INTEGERS[column];
    // interaction is a number in older exports and words in newer ones: both are kept.
    props[column] = bounds && !(column === 'interaction' && !/^-?\d+$/.test(text)) ? numberField(column, text, { integer: true, ...bounds }) : text === '' ? null : text;
  }
  const place = acledPlace(row, props.geo_precision ?? null);
  // A country ACLED names as the lexicon does not ("Bailiwick of …") is left unlinked, not invented.
  const country = countryByName(row.country ?? '');
  props.latitude = place?.coordinates?.latitude ?? null;
  props.longitude = place?.coordinates?.longitude ?? null;
  // Time precision 3 means ACLED knows the month only: the claims say so. Precision 2 means it knows
  // the week (or weekend) and codes a day in it: the claims say "between" three days either side.
  const week = props.time_precision === 2;
  const date = props.time_precision === 3 ? parsePartialDate(day.iso.slice(0, 7)) : week ? dayAfter(day.iso, -3) : day;
  const actor1 = acledActor(row.actor1 ?? '', row.inter1 ?? '');
  if (!actor1) throw new Error('actor1: expected the actor of the event, but got none');
  const actor2 = acledActor(row.actor2 ?? '', row.inter2 ?? '');
  const others = [
    ...(row.assoc_actor_1 ?? '').split(';').map((n) => acledActor(n, row.inter1 ?? '')).filter((e): e is EntityInput => e !== null).map((entity) => ({ role: 'assoc_actor_1', entity })),
    ...(row.assoc_actor_2 ?? '').split(';').map((n) => acledActor(n, row.inter2 ?? '')).filter((e): e is EntityInput => e !== null).map((entity) => ({ role: 'assoc_actor_2', entity })),
  ];
  const subType = (row.sub_event_type ?? '').trim();
  const eventType = (row.event_type ?? '').trim();
  const templates = ACLED_MAPPING.get(subType.toLowerCase()) ?? ACLED_MAPPING.get(eventType.toLowerCase()) ?? null;
  const fatalities = (props.fatalities as number | null) ?? 0;
  // A battle's figure is the dead of all sides together: said of the unnamed people killed, not of
  // the side acted upon, which may have lost none of them.
  const typeKey = (subType || eventType).toLowerCase();
  const killedOf = FATALITY_SUBJECTS.get(FORMERLY.get(typeKey) ?? typeKey) ?? FATALITIES.default;
  const names = [...new Set((row.source ?? '').split(';').map((s) => s.trim()).filter(Boolean))];
  const sources = names.map((name) => ({
    ...sourceFrom(`ACLED event ${eventId}, reported by ${name}`, name, day),
    publisher: { kind: 'ORGANIZATION' as const, name, aliases: [] },
  }));
  const notes = (row.notes ?? '').trim();
  const generated = `ACLED event ${eventId} on ${day.iso}: ${subType || eventType} by ${actor1.name}${actor2 ? ` against ${actor2.name}` : ''}${place ? ` at ${place.name}` : ''}.`;
  return {
    line,
    feed: 'ACLED',
    eventId,
    date,
    ...(week ? { until: dayAfter(day.iso, 3) } : {}),
    day: day.iso,
    ends: { actor1, ...(actor2 ? { actor2 } : {}), ...(place ? { place } : {}), ...(fatalities > 0 && killedOf.includes('victims') ? { victims: VICTIMS } : {}) },
    ...(place && country ? { placeCountry: countryEntity(country) } : {}),
    others,
    templates: templates ?? [],
    killed: fatalities > 0 ? { value: fatalities, qualifier: 'AT_LEAST', subjects: killedOf, note: "ACLED's total for the event, all sides together" } : null,
    sources,
    excerpt: (notes || generated).slice(0, CLAIM_LIMITS.excerpt),
    credibility: ACLED_CREDIBILITY,
    code: subType || eventType,
    mapped: templates !== null,
    props,
  };
}
