import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Reads the real schema (src/server/schema.ts buildSchema()) so that the generated documents follow
 * it as it changes: which fields take which arguments, where every string argument is, and what a
 * plausible value of each input type looks like.
 */

/** Ids that exist in the graph under test, so that valid documents reach real data. */
export interface KnownIds {
  entities: string[];
  sources: string[];
  claims: string[];
  /** Entity id to EntityKind. */
  kinds: Map<string, string>;
}

/** A variable reference inside an argument value tree, printed as `$name`. */
export class VarRef {
  constructor(readonly name: string) {}
}

/** The variable `$v` that carries the string under test. */
export const VARIABLE = new VarRef('v');

/** A GraphQL string literal; JSON's escapes are GraphQL's (a lone surrogate stays an escape the parser refuses). */
export function gqlString(text: string): string {
  return JSON.stringify(text);
}

/** Prints a JS value as a GraphQL literal of `type`; values of the wrong shape are printed as they are. */
export function printValue(value: unknown, type?: GraphQLInputType): string {
  if (value instanceof VarRef) return `$${value.name}`;
  if (value === null || value === undefined) return 'null';
  const nullable = type ? getNullableType(type) : undefined;
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => printValue(v, item)).join(', ')}]`;
  }
  if (typeof value === 'string') {
    if (nullable && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    return gqlString(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value).replace('Infinity', '1e999');
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${k}: ${printValue(v, fields[k]?.type)}`).join(', ')}}`;
  }
  return gqlString(String(value));
}

/** Prints `name(arg: value, ...)`, or just `name` when there are no arguments. */
export function printArgs(args: readonly GraphQLArgument[], values: Record<string, unknown>): string {
  const parts = Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => `${name}: ${printValue(v, args.find((a) => a.name === name)?.type)}`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

const DATE_ARGUMENTS = new Set(['asOf', 'from', 'to', 'validFrom', 'validTo', 'publishedAt']);

/**
 * A value the API should accept for an argument or input field named `name` of `type`: real ids
 * for ids, partial dates for dates, small page sizes. `pick` chooses among the known ids.
 */
export function validValue(type: GraphQLInputType, name: string, known: KnownIds, pick: <T>(items: readonly T[]) => T): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType as GraphQLInputType, name, known, pick)];
  if (isInputObjectType(nullable)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = validValue(field.type, field.name, known, pick);
    }
    return value;
  }
  if (isEnumType(nullable)) {
    const values = nullable.getValues().map((v) => v.name);
    const preferred = { predicate: 'SUPPORTS', kind: 'COUNTRY' }[name];
    return preferred && values.includes(preferred) ? preferred : values[0];
  }
  switch (nullable.name) {
    case 'ID':
      if (/source/i.test(name)) return pick(known.sources);
      if (/claim/i.test(name)) return pick(known.claims);
      return pick(known.entities);
    case 'String':
      if (DATE_ARGUMENTS.has(name)) return pick(['2024', '2024-12', '2024-12-27']);
      if (name === 'url') return 'https://example.org/hostile';
      if (name === 'text') return 'korea';
      if (name === 'after') return null;
      return 'hostile input';
    case 'Int':
      return { depth: 1, maxHops: 2, credibility: 3, limit: 20 }[name] ?? 3;
    case 'Float':
      return { minConfidence: 0.5 }[name] ?? 10;
    case 'Boolean':
      return name === 'dryRun';
    default:
      return null;
  }
}

/**
 * A selection of `type` that reads real fields: its scalars and enums, and its object fields that
 * take no required argument, `depth` levels down (an interface adds `__typename`).
 */
export function smallSelection(schema: GraphQLSchema, type: GraphQLNamedType, depth = 2): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} { ${smallSelection(schema, named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** One step from the root to a field: the field and the values of its required arguments. */
export interface FieldStep {
  field: GraphQLField<unknown, unknown>;
}

/**
 * A place where a string argument goes: the field that takes it (reached from the root through
 * `path`), and where in its arguments the string sits (`argPath`, through input objects and lists).
 */
export interface ArgSite {
  operation: 'query' | 'mutation';
  /** Fields from the root down to the parent of `field`. */
  path: FieldStep[];
  parentType: GraphQLObjectType | GraphQLInterfaceType;
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input field names and list indexes (0). */
  argPath: Array<string | number>;
  /** The String or ID type of the place, with its non-null wrapper if any. */
  leafType: GraphQLInputType;
}

/** Every String or ID place in the arguments of every field reachable from Query and Mutation. */
export function argSites(schema: GraphQLSchema): ArgSite[] {
  const sites: ArgSite[] = [];
  for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!root) continue;
    // Breadth first, so each type is reached by its shortest path; concrete entity types are
    // reached through their interface, which declares the same fields.
    const seen = new Set<string>([root.name]);
    let frontier: Array<{ type: GraphQLObjectType | GraphQLInterfaceType; path: FieldStep[] }> = [{ type: root, path: [] }];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const { type, path } of frontier) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) {
            for (const place of stringPlaces(arg.type, [arg.name], 0)) {
              sites.push({ operation, path, parentType: type, field, argPath: place.path, leafType: place.type });
            }
          }
          const named = getNamedType(field.type);
          if (operation === 'query' && (isObjectType(named) || isInterfaceType(named)) && !seen.has(named.name)) {
            seen.add(named.name);
            next.push({ type: named, path: [...path, { field }] });
          }
        }
      }
      frontier = next;
    }
  }
  return sites;
}

function stringPlaces(type: GraphQLInputType, path: Array<string | number>, depth: number): Array<{ path: Array<string | number>; type: GraphQLInputType }> {
  const nullable = getNullableType(type);
  if (depth > 4) return [];
  if (isListType(nullable)) return stringPlaces(nullable.ofType as GraphQLInputType, [...path, 0], depth + 1);
  if (isInputObjectType(nullable)) {
    return Object.values(nullable.getFields()).flatMap((f) => stringPlaces(f.type, [...path, f.name], depth + 1));
  }
  if (isScalarType(nullable) && (nullable.name === 'String' || nullable.name === 'ID')) return [{ path, type }];
  return [];
}

/** Sets `value` at `path` inside `target` (objects and arrays made as needed). */
export function setAt(target: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: any = target;
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as string | number;
    const nextKey = path[i + 1];
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = typeof nextKey === 'number' ? [] : {};
    node = node[key];
  }
  node[path[path.length - 1] as string | number] = value;
}

