import { ARMED_GROUPS, type ArmedGroupEntry } from './armedGroups';
import { countryLexicon, type Country } from './countries';
import { GENERIC_ORGANISATIONS, INTERNATIONAL_BODIES, NEWS_AGENCIES, ORGANISATION_HEADS } from './organisations';

export { countryLexicon, type Country } from './countries';
export { pickPlace, placesNamed, type Place } from './places';
export { ARMED_GROUPS } from './armedGroups';

/**
 * The names the recognisers look for, compiled into regular-expression alternations once per
 * process: countries (names, aliases), demonyms, capitals, armed groups, news agencies and
 * international bodies, organisation head words.
 */
export interface Lexicon {
  countries: ReturnType<typeof countryLexicon>;
  countryNames: string;
  demonyms: string;
  capitals: string;
  groups: string;
  groupByName: Map<string, ArmedGroupEntry>;
  /** "Houthi", "Shabaab": a group's adjective, read only before a noun (see mentions.ts). */
  groupAdjectives: string;
  groupByAdjective: Map<string, ArmedGroupEntry>;
  bodies: string;
  bodyByName: Map<string, { name: string; aliases: string[]; news: boolean }>;
  genericOrganisations: string;
  organisationHeads: string;
  countryByAny(name: string): Country | undefined;
}

let built: Lexicon | null = null;

/** Escapes a name for a regular expression, longest names first. */
export function alternation(names: Iterable<string>): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** "defence ministry" → "[dD]efence [mM]inistry": lower or capital initials, the rest as written. */
export function eitherCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => {
      const first = w.charAt(0);
      const rest = w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]${rest}` : `${first}${rest}`;
    })
    .join(' ');
}

export function lexicon(): Lexicon {
  if (built) return built;
  const countries = countryLexicon();
  const groupByName = new Map<string, ArmedGroupEntry>();
  for (const g of ARMED_GROUPS) for (const n of [g.name, ...g.aliases]) groupByName.set(n, g);
  const groupByAdjective = new Map<string, ArmedGroupEntry>();
  for (const g of ARMED_GROUPS) for (const a of g.adjectives ?? []) groupByAdjective.set(a, g);
  const bodyByName = new Map<string, { name: string; aliases: string[]; news: boolean }>();
  for (const [list, news] of [[NEWS_AGENCIES, true], [INTERNATIONAL_BODIES, false]] as const) {
    for (const [name, ...aliases] of list) {
      const entry = { name: name as string, aliases, news };
      for (const n of [name as string, ...aliases]) bodyByName.set(n, entry);
    }
  }
  built = {
    countries,
    countryNames: alternation(countries.byName.keys()),
    demonyms: alternation(countries.byDemonym.keys()),
    capitals: alternation(countries.byCapital.keys()),
    groups: alternation(groupByName.keys()),
    groupByName,
    groupAdjectives: alternation(groupByAdjective.keys()),
    groupByAdjective,
    bodies: alternation(bodyByName.keys()),
    bodyByName,
    genericOrganisations: GENERIC_ORGANISATIONS.sort((a, b) => b.length - a.length).map(eitherCase).join('|'),
    organisationHeads: alternation(ORGANISATION_HEADS),
    countryByAny: (name) => countries.byName.get(name) ?? countries.byDemonym.get(name) ?? countries.byCapital.get(name),
  };
  return built;
}
