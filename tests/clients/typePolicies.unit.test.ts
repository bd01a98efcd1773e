import { isInterfaceType, isObjectType } from 'graphql';
import { buildSchema } from '../../src/api';
import { possibleTypes, typePolicies, VALUE_TYPES } from '../../clients/apollo/typePolicies';

/**
 * The Apollo type policies shipped in clients/apollo/ cover the schema as it is: every object type
 * without an id has a merge policy (a new value type without one fails here), and every interface
 * lists its object types.
 */
const schema = buildSchema();
const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

describe('Apollo type policies', () => {
  it('give every object type without an id a merge policy, and no other type one', () => {
    const valueTypes = types.filter((t) => isObjectType(t) && !roots.has(t.name) && !('id' in t.getFields())).map((t) => t.name);
    expect([...VALUE_TYPES].sort()).toEqual(valueTypes.sort());
    for (const type of valueTypes) expect(typePolicies[type]).toEqual({ keyFields: false, merge: true });
  });

  it("list every interface's object types", () => {
    const expected = Object.fromEntries(types.filter(isInterfaceType).map((t) => [t.name, schema.getPossibleTypes(t).map((p) => p.name).sort()]));
    expect(Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
  });
});
