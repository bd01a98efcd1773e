import type { ExtractedEntity } from './model';
import type { Country } from './lexicon/countries';
import { ARMED_GROUPS } from './lexicon/armedGroups';

/**
 * How the extractor names what it finds, in one place, so the same thing is always the same entity:
 * a country's national force is "<Demonym> troops" (aliases "<Demonym> forces", "<Demonym>
 * soldiers", and its own name when it has one, "Sudanese Armed Forces"); a unit of it is
 * "<Demonym> <unit>" with the national force as partOf; an unnamed soldier is "<Demonym> soldier".
 */
const forces = new Map<string, ExtractedEntity>();

/** The national armed force of a country. */
export function nationalForce(country: Country): ExtractedEntity {
  const demonym = country.demonym ?? country.entity.name;
  const name = `${demonym} troops`;
  const cached = forces.get(name);
  if (cached) return cached;
  const aliases: ExtractedEntity['aliases'] = [`${demonym} forces`, `${demonym} soldiers`, `${demonym} army`, `${demonym} military`, `${demonym} armed forces`, `${demonym} security forces`].map(
    (n) => ({ name: n, kind: 'ALIAS' as const }),
  );
  for (const group of ARMED_GROUPS) {
    if (group.country === country.entity.name) for (const n of [group.name, ...group.aliases]) if (!aliases.some((a) => a.name.toLowerCase() === n.toLowerCase())) aliases.push({ name: n, kind: 'ALIAS' });
  }
  const entity: ExtractedEntity = { kind: 'ARMED_FORCE', name, aliases, description: `the armed forces of ${country.entity.name}` };
  forces.set(name, entity);
  return entity;
}

/** A unit of a national force: "North Korean paratroopers", "Russian 155th Marine Brigade". */
export function unitOf(country: Country | null, unit: string): ExtractedEntity {
  const name = country ? `${country.demonym ?? country.entity.name} ${unit}` : unit;
  return { kind: 'ARMED_FORCE', name, aliases: [], partOf: country ? nationalForce(country) : null };
}

/** An unnamed person: "North Korean soldier". */
export function unnamedPerson(country: Country | null, noun: string): ExtractedEntity {
  const name = country ? `${country.demonym ?? country.entity.name} ${noun}` : noun;
  return { kind: 'PERSON', name, aliases: [], description: `an unnamed ${name}` };
}

/** A unit with a name of its own keeps it ("155th Separate Guards Marine Brigade"); the demonym form is an alias. */
export function namedUnitOf(country: Country, unit: string): ExtractedEntity {
  const demonymForm = `${country.demonym ?? country.entity.name} ${unit}`;
  return { kind: 'ARMED_FORCE', name: unit, aliases: [{ name: demonymForm, kind: 'ALIAS' }], partOf: nationalForce(country) };
}

/**
 * A country's police, an armed force of its own (not part of the army): "Somali police", aliases
 * "police" and "<Demonym> police officers". Without a country, "police" (the text named none).
 */
export function policeOf(country: Country | null): ExtractedEntity {
  if (!country) return { kind: 'ARMED_FORCE', name: 'police', aliases: [{ name: 'police officers', kind: 'ALIAS' }], description: 'the police' };
  const demonym = country.demonym ?? country.entity.name;
  const aliases = [`${demonym} police officers`, `${demonym} police force`, `${country.entity.name}'s police`, 'police'].map((n) => ({ name: n, kind: 'ALIAS' as const }));
  return { kind: 'ARMED_FORCE', name: `${demonym} police`, aliases, description: `the police of ${country.entity.name}` };
}
