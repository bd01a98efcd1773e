import countries from 'world-countries';
import type { ExtractedEntity } from '../model';

/**
 * Every country with the names a text may give it, from the world-countries package (ISO 3166
 * data): the common and official names and other spellings (aliases), the demonym ("North Korean")
 * and the capital, which news uses for the state ("Pyongyang said": a metonym). Built once per
 * process.
 */
export interface Country {
  entity: ExtractedEntity;
  demonym: string | null;
  capital: string | null;
  /** ISO 3166 alpha-2. */
  code: string;
}

/** Short or index forms that news copy uses and the package lists under codes or not at all. */
const EXTRA_NAMES: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'USA', 'America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain'],
  'DR Congo': ['DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  'United Arab Emirates': ['UAE'],
  'North Korea': ['DPRK'],
  'South Korea': ['ROK'],
  Ukraine: ['Kiev'],
  Myanmar: ['Burma'],
  Türkiye: ['Turkey'],
};

/** Capitals news uses for the state, beyond the package's spelling ("Washington D.C."). */
const EXTRA_METONYMS: Record<string, string[]> = { 'United States': ['Washington'], Ukraine: ['Kiev'] };

/** A demonym two countries share goes to the one news means by it. */
const DEMONYM_OWNER: Record<string, string> = { Congolese: 'DR Congo', Korean: '', Dominican: 'Dominican Republic' };

/** Extra adjectives: "Myanmar troops", "Emirati drones". */
const EXTRA_DEMONYMS: Record<string, string[]> = { Myanmar: ['Myanmar'], 'United States': ['U.S.', 'US'], 'United Kingdom': ['UK'] };

let built: { byName: Map<string, Country>; byDemonym: Map<string, Country>; byCapital: Map<string, Country> } | null = null;

/** The country lexicon, built on first use. */
export function countryLexicon(): NonNullable<typeof built> {
  if (built) return built;
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  for (const c of countries) {
    const common = c.name.common;
    const demonym = c.demonyms?.eng?.m && !c.demonyms.eng.m.includes(',') ? c.demonyms.eng.m : null;
    const aliases: ExtractedEntity['aliases'] = [];
    const seen = new Set([common]);
    const add = (name: string | undefined, kind: 'ALIAS' | 'DEMONYM' | 'METONYM') => {
      if (!name || seen.has(name) || !/^[\p{Script=Latin}\s.'-]+$/u.test(name)) return;
      if (kind === 'ALIAS' && (name.length < 3 || name.includes(','))) return;
      seen.add(name);
      aliases.push({ name, kind });
    };
    add(demonym ?? undefined, 'DEMONYM');
    add(c.name.official, 'ALIAS');
    for (const spelling of c.altSpellings) add(spelling, 'ALIAS');
    for (const extra of EXTRA_NAMES[common] ?? []) if (!seen.has(extra)) { seen.add(extra); aliases.push({ name: extra, kind: 'ALIAS' }); }
    const capitals = [...(c.capital ?? []), ...(EXTRA_METONYMS[common] ?? [])];
    for (const capital of capitals) add(capital, 'METONYM');
    const country: Country = { entity: { kind: 'COUNTRY', name: common, aliases }, demonym, capital: c.capital?.[0] ?? null, code: c.cca2 };
    byName.set(common, country);
    for (const a of aliases) {
      if (a.kind === 'ALIAS' && !byName.has(a.name)) byName.set(a.name, country);
      if (a.kind === 'METONYM' && !byCapital.has(a.name)) byCapital.set(a.name, country);
    }
    const demonyms = [demonym, ...(EXTRA_DEMONYMS[common] ?? [])];
    for (const d of demonyms) {
      if (!d) continue;
      const owner = DEMONYM_OWNER[d];
      if (owner === '' || (owner !== undefined && owner !== common)) continue;
      if (!byDemonym.has(d)) byDemonym.set(d, country);
    }
  }
  // News means the larger Congo by "Congo" ("eastern Congo", "Congo's army").
  const drc = byName.get('DR Congo');
  if (drc) byName.set('Congo', drc);
  built = { byName, byDemonym, byCapital };
  return built;
}
