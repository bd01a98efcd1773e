import { writeFileSync } from 'node:fs';
import { getNamedType, isInterfaceType, isObjectType, Kind, parse, print, printSchema, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../src/api';

/** Writes the SDL of the executable schema (the one the server runs) to `file`. */
export function writeSchemaSdl(file: string): void {
  writeFileSync(file, printSchema(buildSchema()));
}

/** The name of the one operation in a document. */
export function operationName(document: string): string {
  const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(document)?.[1];
  if (!name) throw new Error(`expected a named operation, but got:\n${document}`);
  return name;
}

/**
 * The document with `id` selected on every object that has one, as Relay's compiler does and as a
 * front-end that wants its objects normalised writes them: then operations share those objects in a
 * cache, and their selections of the same value meet.
 */
export function withIds(document: DocumentNode, schema: GraphQLSchema): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const withId = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const type = getNamedType(typeInfo.getType());
        if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
        if (!('id' in type.getFields())) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'id' && !s.alias)) return undefined;
        const id: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } };
        return { ...node, selections: [id, ...node.selections] };
      },
    }),
  );
  // Parsed again from its text: a client that sends the text it was parsed from (urql reads
  // `loc.source`) would otherwise send the document without the ids.
  return parse(print(withId));
}
