import type { EntityInput } from '../../entity';
import { countryByCode, countryByFips, countryByName, countryEntity, namesCountry, nationalForceEntity, policeEntity, titleCase } from '../countries';
import actorTypes from './actorTypes.json';

type TypeKind = 'nationalForce' | 'country' | 'police' | 'armedGroup' | 'organisation' | 'ownName' | 'namedOrganisation';
const TYPES = actorTypes.types as Record<string, { kind: TypeKind; label: string }>;

/**
 * GDELT's name of an actor as a name: title case, and CAMEO's stem "MINIST" (which matches minister
 * and ministry) written out: "Minister" after First, Prime or Deputy, which name a person's office,
 * else "Ministry", the body: "HEALTH MINIST" is "Health Ministry", "FIRST MINIST" "First Minister".
 */
export function gdeltName(name: string): string {
  return titleCase(name)
    .replace(/\b(First|Prime|Deputy) Minist\b/g, '$1 Minister')
    .replace(/\bMinist\b/g, 'Ministry');
}

/** Whether `name` is a part of the actor's own place or the action's ("Raleigh, North Carolina, United States"). */
function namesPlaceOf(row: Record<string, string>, n: 1 | 2, name: string): boolean {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return [row[`Actor${n}Geo_FullName`] ?? '', row.ActionGeo_FullName ?? ''].some((full) => full.split(',').some((part) => part.trim().toLowerCase() === wanted));
}

/**
 * The entity an event's actor is (GDELT's Actor1 and Actor2 columns), by CAMEO's codes:
 * - its first type code in actorTypes.json says what it is: a country's armed forces (MIL) are the
 *   national force ingestion names ("Russian troops"), its police (COP) the police ingestion names
 *   ("Ukrainian police"); a government (GOV) is its country; armed groups are armed forces and the
 *   rest organisations, named "<country> <label>" when the actor has a country, else by GDELT's name;
 * - companies, NGOs and intergovernmental bodies (MNC, NGO, IGO) keep GDELT's name, which is their
 *   own ("GOOGLE", "BLACKROCK"): as "United States multinational company" they would be one entity;
 * - a typed actor with no country is named by GDELT's name and the country it was in (its own
 *   geography, Actor1Geo_CountryCode): "GUNMEN" in Nigeria is "Gunmen (Nigeria)", as ACLED names
 *   such actors. One "Gunmen" for every country's would join unrelated events in one hub;
 * - a known group (Actor1KnownGroupCode: the UN, NATO, the Taliban ...) keeps its name;
 * - with no type code, the actor is its country, else a region or a name of its own.
 * Null when the event names no such actor.
 */
export function actorEntity(row: Record<string, string>, n: 1 | 2): EntityInput | null {
  const col = (c: string) => row[`Actor${n}${c}`] ?? '';
  const code = col('Code');
  const name = col('Name');
  if (!code && !name) return null;
  const country = countryByCode(col('CountryCode'));
  const type = [col('Type1Code'), col('Type2Code'), col('Type3Code')].map((t) => TYPES[t]).find((t) => t !== undefined);
  const named = name ? gdeltName(name) : code;
  // Where an actor of no country was (FIPS 10-4, like every GDELT geography): a location, not an allegiance.
  const where = country ? null : countryByFips(col('Geo_CountryCode'));
  const located = (of: string) => (where ? `${of} (${where.entity.name})` : of);
  // A typed actor with a country is named by it: GDELT's name is then the country's ("SOUTH AFRICAN")
  // or a place in it ("LUSAKA" for Zambia's judiciary), not a name of the group's own.
  const qualified = (label: string) => (country ? `${country.entity.name} ${label}` : located(named));
  // A place's name is kept, with the label: "Lusaka judiciary". Bare ("Lusaka"), it would be an alias
  // of every type of actor GDELT places there, and the graph matches entities by alias (resolve.ts).
  const placeAlias = (label: string) => (country && name && !namesCountry(name, country) ? [{ name: `${named} ${label}`, kind: 'ALIAS' as const }] : []);
  if (col('KnownGroupCode')) {
    const armed = type?.kind === 'armedGroup' || type?.kind === 'nationalForce' || type?.kind === 'police';
    return { kind: armed ? 'ARMED_FORCE' : 'ORGANIZATION', name: named, aliases: [] };
  }
  switch (type?.kind) {
    case 'nationalForce':
      return country ? nationalForceEntity(country) : { kind: 'ARMED_FORCE', name: located(named), aliases: [] };
    case 'police': {
      if (country) {
        const police = policeEntity(country);
        return { ...police, aliases: [...(police.aliases ?? []), ...placeAlias(type.label)] };
      }
      if (where) return { kind: 'ARMED_FORCE', name: located(name ? named : 'Police'), aliases: [] };
      // Nowhere: the police ingestion names when a text names none, unless GDELT names a force.
      return !name || named.toLowerCase() === 'police' ? policeEntity(null) : { kind: 'ARMED_FORCE', name: named, aliases: [] };
    }
    case 'armedGroup':
      return { kind: 'ARMED_FORCE', name: qualified(type.label), aliases: placeAlias(type.label) };
    case 'organisation':
      return { kind: 'ORGANIZATION', name: qualified(type.label), aliases: placeAlias(type.label) };
    case 'ownName': {
      // Unless GDELT names it by its country, or by a place the record locates ("NORTH CAROLINA").
      const byPlace = country && (!name || namesCountry(name, country) || namesPlaceOf(row, n, name));
      return byPlace ? { kind: 'ORGANIZATION', name: `${country.entity.name} ${type.label}`, aliases: placeAlias(type.label) } : { kind: 'ORGANIZATION', name: named, aliases: [] };
    }
    case 'namedOrganisation':
      return { kind: 'ORGANIZATION', name: type.label, aliases: [] };
  }
  if (country) return countryEntity(country);
  const byName = countryByName(name);
  if (byName) return countryEntity(byName);
  // A CAMEO region code (AFR, EUR, MEA ...) with no type: the region, a place.
  if (col('CountryCode')) return { kind: 'LOCATION', name: named, aliases: [] };
  // A government or state actor of no country (GOV, UIS) is known, like the others, by where it was.
  return { kind: 'ORGANIZATION', name: type ? located(named) : named, aliases: [] };
}
