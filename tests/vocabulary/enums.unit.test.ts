import { buildSchema, GraphQLEnumType } from 'graphql';
import { readTypeDefs } from '../../src/api';
import {
  ALIAS_KINDS,
  ATTRIBUTIONS,
  ENTITY_KINDS,
  oneOf,
  POLARITIES,
  QUANTITY_QUALIFIERS,
  RELATIONSHIP_TYPES,
} from '../../src/vocabulary';

const schema = buildSchema(readTypeDefs());

const enumValues = (name: string): string[] => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`expected an enum named ${name} in schema/*.graphql`);
  return type.getValues().map((v) => v.name);
};

describe('vocabulary lists', () => {
  it.each([
    ['ENTITY_KINDS', ENTITY_KINDS, 'EntityKind'],
    ['ALIAS_KINDS', ALIAS_KINDS, 'AliasKind'],
    ['ATTRIBUTIONS', ATTRIBUTIONS, 'Attribution'],
    ['POLARITIES', POLARITIES, 'Polarity'],
    ['QUANTITY_QUALIFIERS', QUANTITY_QUALIFIERS, 'QuantityQualifier'],
    ['RELATIONSHIP_TYPES', RELATIONSHIP_TYPES, 'RelationshipType'],
  ] as const)('%s holds exactly the values of the schema enum %s', (_name, list, enumName) => {
    expect(new Set(list)).toEqual(new Set(enumValues(enumName)));
  });

  it.each([
    ['ENTITY_KINDS', ENTITY_KINDS],
    ['ALIAS_KINDS', ALIAS_KINDS],
    ['ATTRIBUTIONS', ATTRIBUTIONS],
    ['POLARITIES', POLARITIES],
    ['QUANTITY_QUALIFIERS', QUANTITY_QUALIFIERS],
    ['RELATIONSHIP_TYPES', RELATIONSHIP_TYPES],
  ] as const)('%s lists no value twice', (_name, list) => {
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('oneOf', () => {
  it('returns an allowed value', () => {
    expect(oneOf('kind', 'COUNTRY', ENTITY_KINDS)).toBe('COUNTRY');
  });

  it('names the field, the allowed values and the value it got', () => {
    expect(() => oneOf('kind', 'PLANET', ENTITY_KINDS)).toThrow(
      'kind: expected one of COUNTRY, ORGANIZATION, ARMED_FORCE, PERSON, LOCATION, but got "PLANET"',
    );
  });

  it('is case-sensitive', () => {
    expect(() => oneOf('polarity', 'asserted', POLARITIES)).toThrow(
      'polarity: expected one of ASSERTED, DENIED, but got "asserted"',
    );
  });

  it('rejects values that are not strings, quoting them as JSON', () => {
    expect(() => oneOf('polarity', 1, POLARITIES)).toThrow('polarity: expected one of ASSERTED, DENIED, but got 1');
    expect(() => oneOf('polarity', null, POLARITIES)).toThrow('but got null');
    expect(() => oneOf('polarity', undefined, POLARITIES)).toThrow('but got undefined');
  });
});
