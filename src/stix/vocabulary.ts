import type { EntityKind, RelationshipType } from '../generated/types';
import { countryLexicon } from '../extract/lexicon/countries';
import { normalizeName } from '../support';
import { FACT_TYPES } from '../vocabulary';

/**
 * Our relationship types as STIX relationship_type values (lower case, hyphens, §4.1). LOCATED_IN
 * becomes STIX's own "located-at"; the others keep their names, which the STIX vocabulary has no
 * word for (the validator's warning about them is listed in docs/stix.md).
 */
export function stixRelationshipType(type: RelationshipType): string {
  return type === 'LOCATED_IN' ? 'located-at' : type.toLowerCase().replace(/_/g, '-');
}

/**
 * Relationship types that other producers use (STIX's own vocabulary, OpenCTI's and MISP's), read
 * as ours. A type neither ours nor listed here is reported by the import, never guessed. The table
 * is documented in docs/stix.md; add a row there when you add one here.
 */
export const FOREIGN_RELATIONSHIP_TYPES: Readonly<Record<string, RelationshipType>> = {
  'located-at': 'LOCATED_IN',
  'part-of': 'PART_OF',
  'member-of': 'PART_OF',
  'subsidiary-of': 'PART_OF',
  'targets': 'ATTACKED',
  'attacks': 'ATTACKED',
  'cooperates-with': 'ALLIED_WITH',
  'allied-with': 'ALLIED_WITH',
  'supports': 'SUPPORTS',
  'deployed-to': 'DEPLOYED_TO',
  'operates-in': 'FIGHTS_IN',
  'at-war-with': 'AT_WAR_WITH',
};

/** Our type for a STIX relationship_type: ours (in STIX spelling), or a row of the table; else null. */
export function ourRelationshipType(stixType: unknown): RelationshipType | null {
  if (typeof stixType !== 'string') return null;
  const own = FACT_TYPES.find((t) => stixRelationshipType(t) === stixType);
  return own ?? FOREIGN_RELATIONSHIP_TYPES[stixType] ?? null;
}

/**
 * Where each entity kind goes in STIX. Armed forces are an `identity` of class "group" (sector
 * "defense"): an armed force is a body of people, and `threat-actor` would pass a judgement the
 * graph does not make (docs/stix.md).
 */
export const KIND_TO_STIX: Readonly<Record<EntityKind, { type: 'identity' | 'location'; identityClass?: string; sectors?: string[] }>> = {
  COUNTRY: { type: 'location' },
  LOCATION: { type: 'location' },
  ORGANIZATION: { type: 'identity', identityClass: 'organization' },
  PERSON: { type: 'identity', identityClass: 'individual' },
  ARMED_FORCE: { type: 'identity', identityClass: 'group', sectors: ['defense'] },
};

let countryCodes: Map<string, string> | null = null;

/**
 * The ISO 3166-1 alpha-2 code of a country named in English ("North Korea" → "KP"), from the
 * region names that ICU ships with Node (Intl.DisplayNames), so no table of our own can go stale,
 * then from the names of the country lexicon that ingestion and the feeds name countries by: ICU
 * says "Myanmar (Burma)", "Palestinian Territories" and "Trinidad & Tobago", the feeds' countries
 * are "Myanmar", "Palestine" and "Trinidad and Tobago".
 */
export function countryCode(names: readonly string[]): string | null {
  if (!countryCodes) {
    countryCodes = new Map();
    const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // Not countries: user-assigned and grouping codes (Q*, X* but Kosovo, ZZ, EU, EZ, UN).
        if (/^(Q.|X[^K]|ZZ|EU|EZ|UN)$/.test(code)) continue;
        // Retired codes (SU, DD, YU ...) canonicalise to today's: keep only current ones.
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const name = display.of(code);
        if (name) countryCodes.set(normalizeName(name), code);
      }
    }
    for (const [name, country] of countryLexicon().byName) {
      const key = normalizeName(name);
      if (!countryCodes.has(key)) countryCodes.set(key, country.code);
    }
  }
  for (const name of names) {
    const code = countryCodes.get(normalizeName(name));
    if (code) return code;
  }
  return null;
}

/** STIX's region vocabulary (region-ov, §10.26). */
const REGIONS = [
  'africa', 'eastern-africa', 'middle-africa', 'northern-africa', 'southern-africa', 'western-africa',
  'americas', 'caribbean', 'central-america', 'latin-america-caribbean', 'northern-america', 'south-america',
  'asia', 'central-asia', 'eastern-asia', 'southern-asia', 'south-eastern-asia', 'western-asia',
  'europe', 'eastern-europe', 'northern-europe', 'southern-europe', 'western-europe',
  'antarctica', 'oceania', 'australia-new-zealand', 'melanesia', 'micronesia', 'polynesia',
];

/** The region-ov value a place's name is ("Eastern Europe", "East Asia" → eastern-asia), or null. */
export function regionCode(names: readonly string[]): string | null {
  for (const name of names) {
    const words = normalizeName(name).replace(/^(east|west|north|south)\b/, (w) => `${w}ern`).replace(/ /g, '-');
    if (REGIONS.includes(words)) return words;
  }
  return null;
}
