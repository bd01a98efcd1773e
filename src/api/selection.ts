import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a field's selection asks for, read from graphql-js's resolve info, so that a top-level
 * resolver can fetch the nested fields it will be asked for in one statement (src/api/singleStatement.ts).
 * Fragments and inline fragments are merged in whatever their type condition and directives: a
 * selection may claim a field that will not resolve (a read of something unused), never miss one.
 *
 * @example
 *   const selection = Selection.of(info);
 *   selection.has('edges', 'node', 'source'); // Q5 asks for each claim's source
 *   selection.field('relationships')?.args(); // { first: 20 }, variables and defaults applied
 */
export class Selection {
  private constructor(
    private readonly info: GraphQLResolveInfo,
    /** The nodes of this field in the document (one per place it is asked, same response key or not). */
    readonly nodes: readonly FieldNode[],
    /** The type that declares this field, or null for the resolver's own field. */
    private readonly parentType: GraphQLNamedType | null,
  ) {}

  /** The selection of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    return new Selection(info, info.fieldNodes, null);
  }

  /** The sub-field `name` (every node of it, under any alias), or null when it is not asked. */
  field(name: string): Selection | null {
    const nodes = this.nodes.flatMap((node) => collectFields(node.selectionSet, this.info)).filter((node) => node.name.value === name);
    return nodes.length === 0 ? null : new Selection(this.info, nodes, getNamedType(this.type()) ?? null);
  }

  /** The names of the sub-fields asked (each once, whatever its aliases). */
  fieldNames(): string[] {
    return [...new Set(this.nodes.flatMap((node) => collectFields(node.selectionSet, this.info)).map((node) => node.name.value))];
  }

  /** Whether the path of sub-fields is asked, e.g. `has('edges', 'node', 'claims')`. */
  has(...path: string[]): boolean {
    let at: Selection | null = this;
    for (const name of path) {
      at = at.field(name);
      if (at === null) return false;
    }
    return true;
  }

  /**
   * The field's arguments as its resolver receives them (variables and defaults applied), or null
   * when it is asked more than once with different arguments or its type declares no such field.
   */
  args(): Record<string, unknown> | null {
    const parent = this.parentType;
    const name = this.nodes[0]?.name.value;
    if (!parent || !name || !(isObjectType(parent) || isInterfaceType(parent))) return null;
    const definition = parent.getFields()[name];
    if (!definition) return null;
    const all = this.nodes.map((node) => getArgumentValues(definition, node, this.info.variableValues));
    const first = JSON.stringify(all[0]);
    return all.every((args) => JSON.stringify(args) === first) ? (all[0] as Record<string, unknown>) : null;
  }

  /** The output type of this field. */
  private type() {
    if (this.parentType === null) return this.info.returnType;
    const parent = this.parentType;
    const name = this.nodes[0]?.name.value ?? '';
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name]?.type ?? null : null;
  }
}

/** The fields of a selection set, its fragments and inline fragments merged in. */
function collectFields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return collectFields(selection.selectionSet, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return collectFields(fragment.selectionSet, info, seen);
  });
}
