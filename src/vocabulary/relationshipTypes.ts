import type { EntityKind, RelationshipType } from '../generated/types';
import { ENTITY_KINDS } from './enums';

/**
 * What each relationship type means, declared once: the write path, extraction, the API
 * (`Query.vocabulary`) and the workbench all read it from here.
 */
export interface RelationshipTypeAttributes {
  /** The type in words, for people: "deployed to". */
  label: string;
  /**
   * FACT: a claim of this type makes a fact between two entities. PROVENANCE: the type links claims
   * and sources to who reported or published them; it is never a fact.
   */
  role: 'FACT' | 'PROVENANCE';
  /** (a, b) and (b, a) say the same thing; every write path stores the pair in name order. */
  symmetric: boolean;
  /** The kinds the subject may have. */
  subjectKinds: readonly EntityKind[];
  /** The kinds the object may have; empty when the type takes no object. */
  objectKinds: readonly EntityKind[];
  /** Whether a claim may leave the object out (it then makes no fact). */
  objectOptional: boolean;
  /** What a quantity on it counts, when it is a casualty figure. */
  figure: 'KILLED_OR_WOUNDED' | 'KILLED' | 'WOUNDED' | 'MISSING' | 'CAPTURED' | null;
  /**
   * STATE: a relationship that holds from a start (deployed to, allied with), so two claims giving
   * different starts disagree. EVENT: something that happens on a date and may happen again (an
   * attack, a capture, casualties), so claims dated to different days are different occurrences,
   * and only claims about one occurrence are compared (src/claim/disputes.ts).
   */
  timing: 'STATE' | 'EVENT';
}

const ANY = ENTITY_KINDS;
const ACTORS: readonly EntityKind[] = ['COUNTRY', 'ORGANIZATION', 'ARMED_FORCE', 'PERSON'];
const FORCES: readonly EntityKind[] = ['COUNTRY', 'ARMED_FORCE', 'ORGANIZATION'];
const PLACES: readonly EntityKind[] = ['COUNTRY', 'LOCATION'];

const fact = (label: string, subjectKinds: readonly EntityKind[], objectKinds: readonly EntityKind[], more: Partial<RelationshipTypeAttributes> = {}): RelationshipTypeAttributes => ({
  label,
  role: 'FACT',
  symmetric: false,
  subjectKinds,
  objectKinds,
  objectOptional: false,
  figure: null,
  timing: 'STATE',
  ...more,
});

const casualties = (label: string, figure: RelationshipTypeAttributes['figure']) =>
  fact(label, ['COUNTRY', 'ARMED_FORCE', 'ORGANIZATION', 'PERSON'], PLACES, { objectOptional: true, figure, timing: 'EVENT' });

export const RELATIONSHIP_TYPE_ATTRIBUTES: Readonly<Record<RelationshipType, RelationshipTypeAttributes>> = {
  DEPLOYED_TO: fact('deployed to', ['ARMED_FORCE', 'COUNTRY', 'PERSON'], PLACES),
  // Organisations too: arrests and detentions of protesters, journalists or a party's members (feeds).
  CAPTURED_BY: fact('captured by', ['PERSON', 'ARMED_FORCE', 'ORGANIZATION'], FORCES, { figure: 'CAPTURED', timing: 'EVENT' }),
  REPORTED_BY: { ...fact('reported by', ANY, ANY), role: 'PROVENANCE' },
  PUBLISHED_BY: { ...fact('published by', ANY, ANY), role: 'PROVENANCE' },
  ALLIED_WITH: fact('allied with', ACTORS, ACTORS, { symmetric: true }),
  SUPPORTS: fact('supports', ACTORS, ACTORS),
  FIGHTS_IN: fact('fights in', ['ARMED_FORCE', 'COUNTRY', 'PERSON', 'ORGANIZATION'], PLACES),
  LOCATED_IN: fact('located in', ANY, PLACES),
  PART_OF: fact('part of', ANY, ANY),
  AT_WAR_WITH: fact('at war with', FORCES, FORCES, { symmetric: true }),
  CASUALTIES_IN: casualties('casualties in', 'KILLED_OR_WOUNDED'),
  KILLED_IN: casualties('killed in', 'KILLED'),
  WOUNDED_IN: casualties('wounded in', 'WOUNDED'),
  MISSING_IN: casualties('missing in', 'MISSING'),
  WOUNDED: fact('wounded', ['PERSON', 'ARMED_FORCE'], [], { objectOptional: true, timing: 'EVENT' }),
  THREATENS_STABILITY_OF: fact('threatens the stability of', ANY, PLACES),
  ATTACKED: fact('attacked', ACTORS, ANY, { timing: 'EVENT' }),
  SEIZED: fact('seized', FORCES, PLACES, { timing: 'EVENT' }),
};

/** The attributes of one type. */
export function relationshipType(type: RelationshipType): RelationshipTypeAttributes {
  return RELATIONSHIP_TYPE_ATTRIBUTES[type];
}

/** The types that make facts between entities (every type but the provenance ones). */
export const FACT_TYPES: readonly RelationshipType[] = (Object.keys(RELATIONSHIP_TYPE_ATTRIBUTES) as RelationshipType[]).filter(
  (type) => RELATIONSHIP_TYPE_ATTRIBUTES[type].role === 'FACT',
);
