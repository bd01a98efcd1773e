import countries from 'world-countries';
import type { AliasKind } from '../generated/types';

/**
 * Every country with the names a text may call it, taken from the world-countries package (ISO
 * 3166 data, not a hand-typed list): the common name, the official name and other spellings
 * (aliases), the demonym ("North Korean") and the capitals, which news uses for the state
 * ("Pyongyang said"): metonyms. Two-letter codes are left out: as words they match too much.
 */
export interface CountryEntry {
  name: string;
  demonym: string | null;
  aliases: Array<{ name: string; kind: AliasKind }>;
}

export function countryGazetteer(): CountryEntry[] {
  return countries.map((c) => {
    // A few entries list two demonyms in one ("Antiguan, Barbudan"): not a word a text uses.
    const demonym = c.demonyms?.eng?.m && !c.demonyms.eng.m.includes(',') ? c.demonyms.eng.m : null;
    const names = new Map<string, AliasKind>();
    const add = (name: string | undefined, kind: AliasKind) => {
      if (!name || name.length < 3 || name === c.name.common || names.has(name) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) return;
      names.set(name, kind);
    };
    // The demonym first: some entries also list it among other spellings ("Thai"), and its kind matters.
    add(demonym ?? undefined, 'DEMONYM');
    add(c.name.official, 'ALIAS');
    for (const spelling of c.altSpellings) {
      // "Korea, Republic of" is an index form, not how a text names the country.
      if (!spelling.includes(',')) add(spelling, 'ALIAS');
    }
    for (const capital of c.capital ?? []) add(capital, 'METONYM');
    return { name: c.name.common, demonym, aliases: [...names].map(([name, kind]) => ({ name, kind })) };
  });
}
