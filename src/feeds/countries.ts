import countries from 'world-countries';
import type { EntityInput } from '../entity';
import { countryLexicon, type Country } from '../extract/lexicon/countries';
import { nationalForce } from '../extract/entities';

/**
 * Countries as the feeds name them (ISO 3166 alpha-3 codes, which CAMEO's country codes follow,
 * and names), turned into the entities article ingestion makes: the same name and aliases, so a
 * feed and an article meet on one node.
 */
let byCode: Map<string, Country> | null = null;
let byLowerName: Map<string, Country> | null = null;

function tables() {
  if (!byCode || !byLowerName) {
    const lexicon = countryLexicon();
    byCode = new Map();
    for (const c of countries) {
      const country = lexicon.byName.get(c.name.common);
      if (country) byCode.set(c.cca3, country);
    }
    byLowerName = new Map([...lexicon.byName].map(([name, country]) => [name.toLowerCase(), country]));
  }
  return { byCode, byLowerName };
}

/** The country of an ISO alpha-3 / CAMEO country code, or null (CAMEO's regions: AFR, EUR ...). */
export function countryByCode(code: string): Country | null {
  return code ? (tables().byCode.get(code.toUpperCase()) ?? null) : null;
}

/** The country a name (any case) or one of its aliases names, or null. */
export function countryByName(name: string): Country | null {
  return name ? (tables().byLowerName.get(name.trim().toLowerCase()) ?? null) : null;
}

/** The country's entity, as ingestion makes it. */
export function countryEntity(country: Country): EntityInput {
  return { kind: 'COUNTRY', name: country.entity.name, aliases: country.entity.aliases, description: null };
}

/** The country's national armed force, as ingestion names it ("Russian troops"). */
export function nationalForceEntity(country: Country): EntityInput {
  const force = nationalForce(country);
  return { kind: 'ARMED_FORCE', name: force.name, aliases: force.aliases, description: force.description ?? null };
}

/** "UNITED NATIONS" → "United Nations"; a name already in mixed case stays as it is. */
export function titleCase(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}
