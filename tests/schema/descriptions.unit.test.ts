import { getIntrospectionQuery, graphqlSync, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import { buildSchema } from '../../src/api';
import { isConnectionPagingArgument, pagingDescriptionsPending } from './pagingDescriptions';

/**
 * Every type, field, argument, enum value, input field and directive of the schema the server runs
 * has a description, as a client sees it through introspection; the concrete entity types repeat
 * the Entity interface's texts word for word (a client that asks about Country sees them too).
 */
const schema = buildSchema();
const result = graphqlSync({ schema, source: getIntrospectionQuery({ inputValueDeprecation: true }) });
const introspection = result.data as unknown as IntrospectionQuery;
const types = introspection.__schema.types.filter((t) => !t.name.startsWith('__'));
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const pending = pagingDescriptionsPending(schema);

const typeName = (ref: { kind: string; name?: string | null; ofType?: unknown }): string =>
  ref.name ?? typeName(ref.ofType as { kind: string; name?: string | null; ofType?: unknown });

/** Every element without a description, as "Type.field(argument)". */
function gaps(): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (!BUILT_IN.has(type.name) && !type.description) missing.push(type.name);
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
      for (const field of type.fields) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (arg.description) continue;
          if (pending && isConnectionPagingArgument(typeName(field.type), arg.name)) continue;
          missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (type.kind === 'INPUT_OBJECT') for (const field of type.inputFields) if (!field.description) missing.push(`${type.name}.${field.name}`);
    if (type.kind === 'ENUM') for (const value of type.enumValues) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  for (const directive of introspection.__schema.directives) {
    if (['skip', 'include', 'deprecated', 'specifiedBy', 'oneOf'].includes(directive.name)) continue;
    if (!directive.description) missing.push(`@${directive.name}`);
    for (const arg of directive.args) if (!arg.description) missing.push(`@${directive.name}(${arg.name})`);
  }
  return missing;
}

describe('descriptions in introspection', () => {
  it('describe every type, field, argument, enum value, input field and directive', () => {
    expect(result.errors).toBeUndefined();
    expect(gaps()).toEqual([]);
  });

  it("repeat each interface's field and argument texts in the types that implement it", () => {
    const byName = new Map(types.map((t) => [t.name, t]));
    // Node's one field, id, is described by each type in its own words: what makes that id unique
    // there (a claim's as-of view, a fact's triple), which one shared text could not say.
    const interfaces = types.filter((t): t is Extract<IntrospectionType, { kind: 'INTERFACE' }> => t.kind === 'INTERFACE' && t.name !== 'Node');
    expect(interfaces.length).toBeGreaterThan(0);
    for (const iface of interfaces) {
      for (const { name } of iface.possibleTypes) {
        const concrete = byName.get(name) as Extract<IntrospectionType, { kind: 'OBJECT' }>;
        for (const field of iface.fields) {
          const own = concrete.fields.find((f) => f.name === field.name);
          expect({ field: `${name}.${field.name}`, description: own?.description }).toEqual({ field: `${name}.${field.name}`, description: field.description });
          for (const arg of field.args) {
            const ownArg = own?.args.find((a) => a.name === arg.name);
            expect({ arg: `${name}.${field.name}(${arg.name})`, description: ownArg?.description }).toEqual({
              arg: `${name}.${field.name}(${arg.name})`,
              description: arg.description,
            });
          }
        }
      }
    }
  });
});
