// The controlled vocabulary as data: the schema's enum values (generated) and what each relationship type means.
export { ENTITY_KINDS, ALIAS_KINDS, ATTRIBUTIONS, RELIABILITIES, POLARITIES, QUANTITY_QUALIFIERS, RELATIONSHIP_TYPES, oneOf } from './enums';
export { RELATIONSHIP_TYPE_ATTRIBUTES, FACT_TYPES, relationshipType } from './relationshipTypes';
export type { RelationshipTypeAttributes } from './relationshipTypes';
