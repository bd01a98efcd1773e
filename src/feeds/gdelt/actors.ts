import type { EntityInput } from '../../entity';
import { countryByCode, countryByName, countryEntity, nationalForceEntity, titleCase } from '../countries';
import actorTypes from './actorTypes.json';

type TypeKind = 'nationalForce' | 'country' | 'armedGroup' | 'organisation';
const TYPES = actorTypes.types as Record<string, { kind: TypeKind; label: string }>;

/**
 * The entity an event's actor is (GDELT's Actor1 and Actor2 columns), by CAMEO's codes:
 * - its first type code in actorTypes.json says what it is: a country's armed forces (MIL) are the
 *   national force ingestion names ("Russian troops"); a government (GOV) is its country; armed
 *   groups are armed forces and the rest organisations, named "<country> <label>" when GDELT's
 *   name is only the country's, else by GDELT's name;
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
  const named = name ? titleCase(name) : code;
  const nameIsCountry = !name || (country !== null && countryByName(name) === country);
  const qualified = (label: string) => (country && nameIsCountry ? `${country.entity.name} ${label}` : named);
  if (col('KnownGroupCode')) {
    const armed = type?.kind === 'armedGroup' || type?.kind === 'nationalForce';
    return { kind: armed ? 'ARMED_FORCE' : 'ORGANIZATION', name: named, aliases: [] };
  }
  if (type?.kind === 'nationalForce') return country ? nationalForceEntity(country) : { kind: 'ARMED_FORCE', name: named, aliases: [] };
  if (type?.kind === 'armedGroup') return { kind: 'ARMED_FORCE', name: qualified(type.label), aliases: [] };
  if (type?.kind === 'organisation') return { kind: 'ORGANIZATION', name: qualified(type.label), aliases: [] };
  if (country) return countryEntity(country);
  const byName = countryByName(name);
  if (byName) return countryEntity(byName);
  // A CAMEO region code (AFR, EUR, MEA ...) with no type: the region, a place.
  if (col('CountryCode')) return { kind: 'LOCATION', name: named, aliases: [] };
  return { kind: 'ORGANIZATION', name: named, aliases: [] };
}
