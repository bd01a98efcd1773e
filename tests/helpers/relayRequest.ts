import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  valueFromASTUntyped,
  type ArgumentNode,
  type FieldNode,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ConcreteRequest } from 'relay-runtime';

/**
 * A Relay ConcreteRequest for one query, built from its text and the schema, as relay-compiler
 * would for a query of plain fields (no fragments, directives or inline fragments): the reader and
 * the normalisation ASTs hold the same selections, each linked field with its concrete type (null
 * for an interface, which then needs `__typename`) and whether it is a list. With it, a test runs
 * Relay's own normaliser and store without the compiler or its babel plugin.
 */
export function relayRequest(schema: GraphQLSchema, text: string): ConcreteRequest {
  const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation?.name || operation.operation !== 'query') throw new Error('expected one named query');
  const name = operation.name.value;
  const argumentDefinitions = (operation.variableDefinitions ?? []).map((v) => ({
    kind: 'LocalArgument' as const,
    name: v.variable.name.value,
    defaultValue: v.defaultValue ? valueFromASTUntyped(v.defaultValue) : null,
  }));
  const selections = selectionsOf(operation.selectionSet, schema.getQueryType() as GraphQLType);
  return {
    kind: 'Request',
    fragment: { kind: 'Fragment', name, type: 'Query', metadata: null, argumentDefinitions, selections },
    operation: { kind: 'Operation', name, argumentDefinitions, selections },
    params: { id: null, cacheID: name, metadata: {}, name, operationKind: 'query', text },
  } as unknown as ConcreteRequest;
}

function selectionsOf(set: SelectionSetNode, parent: GraphQLType): unknown[] {
  const named = getNamedType(parent);
  return set.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD) throw new Error('expected plain fields only');
    const fieldName = selection.name.value;
    const alias = selection.alias?.value ?? null;
    if (fieldName === '__typename') return { kind: 'ScalarField', alias, name: fieldName, args: null, storageKey: null };
    const field = isObjectType(named) || isInterfaceType(named) ? named.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`expected a field ${named.name}.${fieldName}`);
    const args = argumentsOf(selection);
    const type = getNullableType(field.type) as GraphQLType;
    const leaf = getNamedType(type);
    if (isLeafType(leaf)) return { kind: 'ScalarField', alias, name: fieldName, args, storageKey: null };
    return {
      kind: 'LinkedField',
      alias,
      name: fieldName,
      args,
      storageKey: null,
      concreteType: isObjectType(leaf) ? leaf.name : null,
      plural: isListType(type),
      selections: selectionsOf((selection as FieldNode).selectionSet as SelectionSetNode, leaf),
    };
  });
}

function argumentsOf(field: FieldNode): unknown[] | null {
  const args = (field.arguments ?? []).map((arg: ArgumentNode) =>
    arg.value.kind === Kind.VARIABLE
      ? { kind: 'Variable', name: arg.name.value, variableName: arg.value.name.value }
      : { kind: 'Literal', name: arg.name.value, value: valueFromASTUntyped(arg.value) },
  );
  return args.length > 0 ? args : null;
}
