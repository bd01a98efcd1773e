import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import { VALUE_TYPES } from '../../clients/apollo/typePolicies';
import { buildSchema } from '../../src/api';

/**
 * The workbench (ui/) keeps the conventions of the client kit (docs/clients.md), so that its
 * documents would sit in a normalising cache as well as the examples do: every object with an id is
 * asked for with its id, and each value type whose fields are all plain values (a date, a quantity,
 * a span) is asked for with the same fields everywhere. Checked on every document the workbench
 * sends, with and without issue 13's fields.
 */
const schema = buildSchema();

/**
 * The one exception, on purpose: the workbench asks for a fact's, claim's or origin's stable id
 * under the name `id` (docs/api.md, "Identity: as-of views and `node`"), because it keeps no
 * normalising cache and an edge must stay the same edge while the as-of slider moves. A client
 * with a normalising cache asks for `id` (the view's) and reads the stable id beside it.
 */
const STABLE_ID_ALIASES = ['id:factId', 'id:claimId', 'id:disputeId', 'id:key'];

/** The workbench's queries module (an ES module, so loaded with import()). */
interface Queries {
  capabilities: { trust: boolean };
  reviewMutation(kind: 'accept' | 'reject' | 'reopen'): string;
}

function workbenchDocuments(queries: Queries): Array<{ name: string; document: DocumentNode }> {
  const texts: Array<[string, string]> = [];
  for (const trust of [false, true]) {
    queries.capabilities.trust = trust;
    for (const [name, value] of Object.entries(queries as unknown as Record<string, unknown>)) {
      if (typeof value === 'string' && /^\s*(query|mutation)\b/.test(value)) texts.push([name, value]);
      if (typeof value === 'function' && name.endsWith('Query')) texts.push([`${name}(${trust})`, (value as (t?: boolean) => string)(trust)]);
    }
    for (const kind of ['accept', 'reject', 'reopen'] as const) texts.push([`reviewMutation(${kind})`, queries.reviewMutation(kind)]);
  }
  queries.capabilities.trust = false;
  return texts.map(([name, text]) => ({ name, document: parse(text) }));
}

/** The fields a selection set asks for, fragments spread in. */
function fieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') names.push(selection.alias ? `${selection.alias.value}:${selection.name.value}` : selection.name.value);
    else if (selection.kind === 'InlineFragment') names.push(...fieldNames(selection.selectionSet, document));
    else {
      const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value);
      if (fragment && fragment.kind === 'FragmentDefinition') names.push(...fieldNames(fragment.selectionSet, document));
    }
  }
  return names;
}

let documents: Array<{ name: string; document: DocumentNode }>;
beforeAll(async () => {
  documents = workbenchDocuments((await import('../../ui/src/queries.js')) as Queries);
});

describe('the workbench documents', () => {
  it('are valid against the schema', () => {
    expect(documents.length).toBeGreaterThan(15);
    for (const { name, document } of documents) expect({ name, errors: validate(schema, document).map(String) }).toEqual({ name, errors: [] });
  });

  it('ask for the id of every object that has one, and for each plain value type the same fields everywhere', () => {
    const missingIds: string[] = [];
    const valueSelections = new Map<string, Set<string>>();
    for (const { name, document } of documents) {
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node: FieldNode) {
            if (!node.selectionSet) return;
            const type = getNamedType(typeInfo.getType());
            if (!isObjectType(type) && !isInterfaceType(type)) return;
            const fields = fieldNames(node.selectionSet, document);
            if ('id' in type.getFields() && !fields.some((f) => f === 'id' || STABLE_ID_ALIASES.includes(f))) missingIds.push(`${name}: ${node.name.value} (${type.name})`);
            const plainValue = (VALUE_TYPES as readonly string[]).includes(type.name) && Object.values(type.getFields()).every((f) => !isObjectType(getNamedType(f.type)));
            if (plainValue) {
              const set = valueSelections.get(type.name) ?? new Set<string>();
              set.add([...fields].sort().join(' '));
              valueSelections.set(type.name, set);
            }
          },
        }),
      );
    }
    expect(missingIds).toEqual([]);
    const inconsistent = [...valueSelections].filter(([, shapes]) => shapes.size > 1).map(([type, shapes]) => `${type}: ${[...shapes].join(' | ')}`);
    expect(inconsistent).toEqual([]);
    expect(valueSelections.has('PartialDate')).toBe(true);
  });
});
