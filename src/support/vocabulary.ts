import type {
  AliasKind,
  Attribution,
  EntityKind,
  Polarity,
  QuantityQualifier,
  RelationshipType,
  Reliability,
} from '../generated/graphql';

/**
 * The values of the schema's enums, for checking data that does not come through GraphQL (seed and
 * import files). A unit test keeps these lists equal to schema/*.graphql.
 */
export const ENTITY_KINDS: readonly EntityKind[] = ['COUNTRY', 'ORGANIZATION', 'ARMED_FORCE', 'PERSON', 'LOCATION'];
export const ALIAS_KINDS: readonly AliasKind[] = ['ALIAS', 'DEMONYM', 'METONYM'];
export const ATTRIBUTIONS: readonly Attribution[] = ['SOURCE', 'REPORTER', 'UNATTRIBUTED'];
export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
export const POLARITIES: readonly Polarity[] = ['ASSERTED', 'DENIED'];
export const QUANTITY_QUALIFIERS: readonly QuantityQualifier[] = ['EXACTLY', 'AT_LEAST', 'AT_MOST', 'APPROXIMATELY'];
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'DEPLOYED_TO',
  'CAPTURED_BY',
  'REPORTED_BY',
  'PUBLISHED_BY',
  'ALLIED_WITH',
  'SUPPORTS',
  'FIGHTS_IN',
  'LOCATED_IN',
  'PART_OF',
  'AT_WAR_WITH',
  'CASUALTIES_IN',
  'KILLED_IN',
  'WOUNDED_IN',
  'MISSING_IN',
  'WOUNDED',
  'THREATENS_STABILITY_OF',
  'ATTACKED',
  'SEIZED',
];

/** Checks that `value` is one of `allowed`, or throws "field: expected one of ..., but got ...". */
export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new Error(`${field}: expected one of ${allowed.join(', ')}, but got ${JSON.stringify(value)}`);
  }
  return value as T;
}
