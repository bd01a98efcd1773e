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
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { graphqlPost, rawPost, GRAPHQL_PATH, type Caller, type HostileCase, type HostileRequest } from './cases';
import { requiredArgs } from './coverage';
import { requiredRole } from './mutationRules';
import type { Random } from './random';
import { printValue, validValue, VarRef, type KnownIds } from './schemaWalk';
import { FORGED_CURSORS, HOSTILE_STRINGS, sizedStrings } from './strings';

/**
 * The random families: documents drawn at random over the real schema (valid and not), deep
 * nesting, huge aliases, wrong types, variables of wrong types, malformed bodies, wrong content
 * types and methods, odd tokens, and mutations from callers who may not write.
 */

const EDGE_INTS = [-2147483648, -1, 0, 1, 2, 3, 5, 6, 7, 10, 25, 26, 50, 51, 100, 101, 500, 501, 2147483647];
const EDGE_FLOATS = [-1, -0.0001, 0, 0.5, 1, 1.0001, 1e308, 5e-324];

/** Builds one operation: its variables, and the argument values drawn for it. */
class OperationBuilder {
  readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly known: KnownIds,
    private readonly random: Random,
    /** How often a value goes into a variable instead of the document. */
    private readonly variableRate: number,
  ) {}

  /** A value for an argument: valid most of the time, else hostile or at an edge. */
  value(type: GraphQLInputType, name: string, depth = 0): unknown {
    const r = this.random;
    if (r.chance(0.55)) return validValue(type, name, this.known, (items) => r.pick(items));
    if (!isNonNullType(type) && r.chance(0.1)) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const size = r.chance(0.05) ? 60 : r.int(0, 3);
      return Array.from({ length: size }, () => this.value(nullable.ofType as GraphQLInputType, name, depth + 1));
    }
    if (isInputObjectType(nullable)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(nullable.getFields())) {
        if ((isNonNullType(field.type) && field.defaultValue === undefined) || (depth < 3 && r.chance(0.4))) {
          value[field.name] = this.value(field.type, field.name, depth + 1);
        }
      }
      return value;
    }
    if (isEnumType(nullable)) return r.pick(nullable.getValues()).name;
    switch (nullable.name) {
      case 'Int':
        return r.pick(EDGE_INTS);
      case 'Float':
        return r.pick(EDGE_FLOATS);
      case 'Boolean':
        return r.chance(0.5);
      default:
        if (name === 'after' && r.chance(0.6)) return r.pick(FORGED_CURSORS);
        return r.chance(0.03) ? r.pick(sizedStrings()) : r.pick(HOSTILE_STRINGS);
    }
  }

  /** `(a: ..., b: ...)` for a field: required arguments always, optional ones at random. */
  args(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !this.random.chance(0.5)) continue;
      const value = this.value(arg.type, arg.name);
      parts.push(`${arg.name}: ${this.place(value, arg.type)}`);
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  /** Either the literal, or a new variable holding the value. */
  place(value: unknown, type: GraphQLInputType): string {
    if (!this.random.chance(this.variableRate)) return printValue(value, type);
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${String(type)}`);
    this.variables[name] = value;
    return printValue(new VarRef(name), type);
  }

  /** A random selection of `type`, `depth` levels of composite fields at most. */
  selection(type: GraphQLNamedType, depth: number): string {
    const r = this.random;
    if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
    const fields = Object.values(type.getFields());
    const parts: string[] = [];
    for (const field of r.sample(fields, r.int(1, 4))) {
      const alias = r.chance(0.08) ? `a${r.int(0, 99)}: ` : '';
      const directive = r.chance(0.03) ? r.pick([' @include(if: true)', ' @skip(if: false)', ' @skip(if: true)', ' @deprecated']) : '';
      const named = getNamedType(field.type);
      const head = `${alias}${field.name}${this.args(field.args)}${directive}`;
      if (isLeafType(named)) parts.push(head);
      else parts.push(`${head} { ${depth > 0 ? this.selection(named, depth - 1) : '__typename'} }`);
    }
    if (isInterfaceType(type) && r.chance(0.3)) {
      const concrete = r.pick(this.schema.getPossibleTypes(type));
      parts.push(`... on ${concrete.name} { ${this.selection(concrete, depth - 1)} }`);
    }
    return parts.join(' ');
  }

  header(operation: string, name: string): string {
    return `${operation} ${name}${this.definitions.length > 0 ? `(${this.definitions.join(', ')})` : ''}`;
  }
}

/** Callers of read documents: mostly anonymous (allowed to read here), some with tokens. */
function reader(random: Random): Caller {
  return random.pick<Caller>(['anonymous', 'anonymous', 'anonymous', 'viewer', 'analyst', 'admin']);
}

/** A random query over the real schema: 1 to 3 root fields, random arguments and selections. */
export function randomQuery(schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const builder = new OperationBuilder(schema, known, random, random.chance(0.3) ? 0.5 : 0);
  const root = schema.getQueryType();
  if (!root) throw new Error('expected the schema to have a Query type');
  const body = builder.selection(root, random.int(0, 5));
  const document = `${builder.header('query', `Q${n}`)} { ${body} }`;
  return {
    n,
    family: 'random query',
    note: 'random fields, arguments and selections',
    caller: reader(random),
    request: graphqlPost(document, Object.keys(builder.variables).length > 0 ? builder.variables : undefined),
    expect: { kind: 'answer' },
  };
}

/** A random mutation from a caller whose role is too low: refused, or refused as invalid. */
export function randomMutation(schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const builder = new OperationBuilder(schema, known, random, random.chance(0.5) ? 0.7 : 0);
  const root = schema.getMutationType();
  if (!root) throw new Error('expected the schema to have a Mutation type');
  const fields = random.sample(Object.values(root.getFields()), random.int(1, 3));
  // An analyst may send only when every field needs admin: an analyst's field would run.
  const needs = fields.every((f) => requiredRole(f.name) === 'admin') ? 'admin' : 'analyst';
  const caller = random.pick<Caller>(needs === 'admin' ? ['anonymous', 'viewer', 'analyst'] : ['anonymous', 'viewer']);
  const body = fields
    .map((f, i) => `m${i}: ${f.name}${builder.args(f.args)} { ${builder.selection(getNamedType(f.type), random.int(0, 2))} }`)
    .join(' ');
  const document = `${builder.header('mutation', `M${n}`)} { ${body} }`;
  return {
    n,
    family: 'random mutation by a role too low',
    note: `${fields.map((f) => f.name).join(', ')} as ${String(caller)}`,
    caller,
    request: graphqlPost(document, Object.keys(builder.variables).length > 0 ? builder.variables : undefined),
    expect: { kind: 'refused', codes: ['UNAUTHENTICATED', 'FORBIDDEN'], orInvalid: true },
  };
}

/** Selections far deeper than the limit, braces, nested lists and objects, deep variables, fragment chains. */
export function deepNesting(schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const variant = random.int(0, 6);
  const depth = random.pick([13, 20, 40, 100, 1_000, 5_000]);
  let request: HostileRequest;
  let note: string;
  switch (variant) {
    case 0: {
      request = graphqlPost(`query Deep${n} { ${deepSelection(schema, known, random, Math.min(depth, 200))} }`);
      note = `a selection ${Math.min(depth, 200)} fields deep`;
      break;
    }
    case 1:
      request = graphqlPost(`${'{ sources '.repeat(depth)}{ totalCount }${' }'.repeat(depth)}`);
      note = `${depth} nested braces`;
      break;
    case 2:
      request = graphqlPost(`{ search(text: "korea", kinds: ${'['.repeat(depth)}COUNTRY${']'.repeat(depth)}) { score } }`);
      note = `a list literal nested ${depth} deep`;
      break;
    case 3:
      request = graphqlPost(`{ claims(filter: ${'{validDuring: '.repeat(depth)}{from: "2024"}${'}'.repeat(depth)}) { totalCount } }`);
      note = `an input object literal nested ${depth} deep`;
      break;
    case 4: {
      // Written as text: JSON.stringify itself recurses, and would overflow first.
      const value = `${'{"validDuring":'.repeat(depth)}{"from":"2024"}${'}'.repeat(depth)}`;
      const query = JSON.stringify('query Q($f: ClaimFilter) { claims(filter: $f) { totalCount } }');
      request = rawPost(`{"query":${query},"variables":{"f":${value}}}`, 'application/json');
      note = `a variable nested ${depth} deep`;
      break;
    }
    case 5: {
      const count = Math.min(depth, 300);
      const fragments = Array.from({ length: count }, (_, i) => `fragment F${i} on Query { ${i + 1 < count ? `...F${i + 1}` : 'sources(first: 1) { totalCount }'} }`);
      request = graphqlPost(`query Q { ...F0 } ${fragments.join(' ')}`);
      note = `a chain of ${count} fragments`;
      break;
    }
    default:
      request = graphqlPost('query Q { ...A } fragment A on Query { ...B sources(first: 1) { totalCount } } fragment B on Query { ...A }');
      note = 'fragments that spread each other';
  }
  return { n, family: 'deep nesting', note, caller: reader(random), request, expect: { kind: 'answer' } };
}

/** A random walk down composite fields from the root, `depth` levels. */
function deepSelection(schema: GraphQLSchema, known: KnownIds, random: Random, depth: number): string {
  const root = schema.getQueryType();
  if (!root) throw new Error('expected the schema to have a Query type');
  const pick = <T>(items: readonly T[]) => random.pick(items);
  const open: string[] = [];
  let type: GraphQLNamedType = root;
  for (let i = 0; i < depth; i += 1) {
    if (!isObjectType(type) && !isInterfaceType(type)) break;
    const fields: Array<GraphQLField<unknown, unknown>> = Object.values(type.getFields());
    const composite = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    if (composite.length === 0) break;
    const field: GraphQLField<unknown, unknown> = random.pick(composite);
    const args = requiredArgs(field, known, pick, 0);
    const printed = Object.entries(args).map(([k, v]) => `${k}: ${printValue(v, field.args.find((a) => a.name === k)?.type)}`);
    open.push(`${field.name}${printed.length > 0 ? `(${printed.join(', ')})` : ''} {`);
    type = getNamedType(field.type);
  }
  return `${open.join(' ')} __typename ${'}'.repeat(open.length)}`;
}

/** Many aliases of one field, and aliases with enormous names. */
export function hugeAliases(_schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const count = random.pick([16, 30, 100, 1_000, 3_000]);
  const variant = random.int(0, 3);
  let document: string;
  let note: string;
  if (variant === 0) {
    document = `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    note = `${count} aliases of __typename`;
  } else if (variant === 1) {
    document = `{ ${Array.from({ length: count }, (_, i) => `a${i}: sources(first: 1) { totalCount }`).join(' ')} }`;
    note = `${count} aliases of sources`;
  } else if (variant === 2) {
    const id = random.pick(known.entities);
    document = `{ entity(id: ${JSON.stringify(id)}) { ${Array.from({ length: count }, (_, i) => `n${i}: name`).join(' ')} } }`;
    note = `${count} aliases of a nested field`;
  } else {
    const length = random.pick([1_000, 50_000, 400_000]);
    document = `{ ${'a'.repeat(length)}: __typename }`;
    note = `an alias of ${length} characters`;
  }
  return { n, family: 'huge aliases', note, caller: reader(random), request: graphqlPost(document), expect: { kind: 'answer' } };
}

const WRONG_LITERALS = ['"ten"', '1.5', '2147483648', '-2147483649', '1e999', 'true', 'null', '{a: 1}', '[1, 2]', 'NOT_AN_ENUM', '"COUNTRY"', '$undeclared', '""', '0x10', '1_000'];

/** A root field with one argument given a literal of the wrong type, missing, unknown or twice. */
export function wrongTypes(schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const { field, operation } = randomRootField(schema, random);
  const pick = <T>(items: readonly T[]) => random.pick(items);
  const args = new Map(Object.entries(requiredArgs(field, known, pick, n)).map(([k, v]) => [k, printValue(v, field.args.find((a) => a.name === k)?.type)]));
  const variant = random.int(0, 4);
  let note: string;
  let tail = '';
  if (variant <= 1 && field.args.length > 0) {
    const arg = random.pick(field.args);
    const wrong = random.pick(WRONG_LITERALS);
    args.set(arg.name, wrong);
    note = `${field.name}(${arg.name}: ${wrong})`;
  } else if (variant === 2 && args.size > 0) {
    const name = random.pick([...args.keys()]);
    args.delete(name);
    note = `${field.name} without its required ${name}`;
  } else if (variant === 3) {
    args.set(random.pick(['bogus', '__proto__', 'constructor', 'first_']), '1');
    note = `${field.name} with an unknown argument`;
  } else {
    tail = random.pick([' notAField', ' ... on Nope { id }', ' __schema { types { name } }', ' ...Missing']);
    note = `${field.name} then${tail}`;
  }
  const printed = [...args].map(([k, v]) => `${k}: ${v}`);
  if (variant === 1 && printed.length > 0) printed.push(printed[0] as string); // the same argument twice
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const document = `${operation} { ${field.name}${printed.length > 0 ? `(${printed.join(', ')})` : ''}${selection}${tail} }`;
  return { n, family: 'wrong types', note, ...callerFor(operation, field, random), request: graphqlPost(document) };
}

const WRONG_JSON: readonly unknown[] = [
  'ten', 1.5, 2 ** 31, -(2 ** 31) - 1, 1e308, true, false, null, {}, [], [[[]]], { a: { b: {} } }, 'COUNTRY ', 'country', 0, '', -0, '\u0000',
  ['COUNTRY', 42], JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } },
];

/** Variables declared right and given values of the wrong type, or a variables field that is not an object. */
export function wrongVariables(schema: GraphQLSchema, known: KnownIds, random: Random, n: number): HostileCase {
  const { field, operation } = randomRootField(schema, random, (f) => f.args.length > 0);
  const definitions = field.args.map((a, i) => `$x${i}: ${String(a.type)}`);
  const uses = field.args.map((a, i) => `${a.name}: $x${i}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const document = `${operation} W${n}(${definitions.join(', ')}) { ${field.name}(${uses.join(', ')})${selection} }`;
  const pick = <T>(items: readonly T[]) => random.pick(items);
  const variables: Record<string, unknown> = {};
  field.args.forEach((a, i) => {
    variables[`x${i}`] = random.chance(0.5) ? random.pick(WRONG_JSON) : validValue(a.type, a.name, known, pick);
  });
  const variant = random.int(0, 5);
  let request: HostileRequest;
  let note: string;
  if (variant === 0) {
    const raw = random.pick<unknown>(['a string', [1, 2], 42, true, [{ x0: 1 }]]);
    request = graphqlPost(document, raw);
    note = `${field.name} with variables ${JSON.stringify(raw)}`;
  } else if (variant === 1) {
    request = graphqlPost(document, Object.assign(JSON.parse('{"__proto__": {"x0": "polluted"}}'), variables, { extra: 'unused' }));
    note = `${field.name} with unknown variables`;
  } else if (variant === 2) {
    request = graphqlPost(`${document} query Other { __typename }`, variables, random.chance(0.5) ? { operationName: 'Nope' } : {});
    note = `${field.name} among two operations, with no or a wrong operationName`;
  } else if (variant === 3) {
    request = graphqlPost(document, variables, { extensions: { persistedQuery: { version: 1, sha256Hash: random.pick(['0'.repeat(64), 'x', "' OR 1=1"]) } } });
    note = `${field.name} with a persisted-query extension`;
  } else {
    request = graphqlPost(document, variables);
    note = `${field.name} with ${JSON.stringify(variables).slice(0, 120)}`;
  }
  return { n, family: 'wrong variables', note, ...callerFor(operation, field, random), request };
}

/** Bodies that are not the JSON of a GraphQL request, or not JSON at all. */
export function malformedBody(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const bodies: Array<[string, string | Uint8Array]> = [
    ['empty', ''],
    ['truncated', '{"query": "{ sources { totalCount } }"'],
    ['an open brace', '{'],
    ['a key without a value', '{"query":'],
    ['null', 'null'],
    ['an empty array (a batch)', '[]'],
    ['a batch of two', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])],
    ['a JSON string', '"{ __typename }"'],
    ['a number', '42'],
    ['a query that is a number', '{"query": 123}'],
    ['a query that is null', '{"query": null}'],
    ['a query that is an object', '{"query": {"a": 1}}'],
    ['a query that is a list', '{"query": ["{ __typename }"]}'],
    ['no query', '{"variables": {}}'],
    ['an empty query', '{"query": ""}'],
    ['a BOM first', '\uFEFF{"query": "{ __typename }"}'],
    ['duplicate keys', '{"query": "{ __typename }", "query": "mutation { upsertEntity(input: {kind: COUNTRY, name: \\"x\\"}) { id } }"}'],
    ['a __proto__ key', '{"__proto__": {"query": "{ __typename }"}, "query": "{ __typename }"}'],
    ['a number too big', '{"query": "{ __typename }", "variables": {"a": 1e999}}'],
    ['single quotes', "{'query': '{ __typename }'}"],
    ['a trailing comma', '{"query": "{ __typename }",}'],
    ['comments', '{/* c */"query": "{ __typename }"}'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d])],
    ['a NUL byte', '{"query": "{ __typename }\u0000"}'],
    ['arrays nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['objects nested 50,000 deep', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`],
    ['a body over the size limit', JSON.stringify({ query: `{ search(text: "${'k'.repeat(1_100_000)}") { score } }` })],
    ['a query of 200,000 spaces', JSON.stringify({ query: `{${' '.repeat(200_000)}__typename }` })],
    ['a query of 20,000 comments', JSON.stringify({ query: `{ ${'# c\n'.repeat(20_000)} __typename }` })],
  ];
  const [note, body] = random.pick(bodies);
  // Callers who may not write: with duplicate keys the body that JSON.parse keeps is a valid mutation.
  const caller = random.pick<Caller>(['anonymous', 'viewer']);
  return { n, family: 'malformed body', note, caller, request: rawPost(body, 'application/json'), expect: { kind: 'answer' } };
}

/** A valid query sent with the wrong content type, encoding or method. */
export function wrongTransport(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const query = '{ sources(first: 1) { totalCount } }';
  const json = JSON.stringify({ query });
  const mutation = 'mutation { upsertEntity(input: {kind: COUNTRY, name: "via GET"}) { id } }';
  const options: Array<[string, HostileRequest]> = [
    ['text/plain', rawPost(json, 'text/plain')],
    ['form-urlencoded', rawPost(`query=${encodeURIComponent(query)}`, 'application/x-www-form-urlencoded')],
    ['multipart', rawPost(`--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${json}\r\n--x--\r\n`, 'multipart/form-data; boundary=x')],
    ['application/graphql', rawPost(query, 'application/graphql')],
    ['application/xml', rawPost(`<query>${query}</query>`, 'application/xml')],
    ['no content type', rawPost(json, null)],
    ['a latin1 charset', rawPost(json, 'application/json; charset=latin1')],
    ['a utf-16 charset', rawPost(json, 'application/json; charset=utf-16')],
    ['an unknown charset', rawPost(json, 'application/json; charset=klingon')],
    ['upper case', rawPost(json, 'APPLICATION/JSON')],
    ['graphql-response+json', rawPost(json, 'application/graphql-response+json')],
    ['gzip that is not', rawPost(json, 'application/json', { 'content-encoding': 'gzip' })],
    ['an unknown encoding', rawPost(json, 'application/json', { 'content-encoding': 'klingon' })],
    ['GET without preflight header', { method: 'GET', path: `${GRAPHQL_PATH}?query=${encodeURIComponent(query)}`, headers: {} }],
    ['GET with preflight header', { method: 'GET', path: `${GRAPHQL_PATH}?query=${encodeURIComponent(query)}`, headers: { 'apollo-require-preflight': 'true' } }],
    ['GET of a mutation', { method: 'GET', path: `${GRAPHQL_PATH}?query=${encodeURIComponent(mutation)}`, headers: { 'apollo-require-preflight': 'true' } }],
    ['GET with bad variables', { method: 'GET', path: `${GRAPHQL_PATH}?query=${encodeURIComponent(query)}&variables=%7Bnot-json`, headers: { 'apollo-require-preflight': 'true' } }],
    ['GET with no query', { method: 'GET', path: GRAPHQL_PATH, headers: { 'apollo-require-preflight': 'true' } }],
    ['PUT', { method: 'PUT', path: GRAPHQL_PATH, headers: { 'content-type': 'application/json' }, body: json }],
    ['DELETE', { method: 'DELETE', path: GRAPHQL_PATH, headers: {} }],
    ['PATCH', { method: 'PATCH', path: GRAPHQL_PATH, headers: { 'content-type': 'application/json' }, body: json }],
    ['OPTIONS', { method: 'OPTIONS', path: GRAPHQL_PATH, headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }],
    ['a path with a traversal', { method: 'GET', path: '/graphql/../../etc/passwd', headers: {} }],
    ['an odd path', { method: 'POST', path: '/graphql%00', headers: { 'content-type': 'application/json' }, body: json }],
  ];
  const [note, request] = random.pick(options);
  // A GET of a mutation must not write: it is refused (405), and the graph check at the end proves it.
  return { n, family: 'wrong transport', note, caller: reader(random), request, expect: { kind: 'answer' } };
}

/** A read with an Authorization header that is not a valid bearer token. */
export function oddToken(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const header = random.pick([
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    'Bearer a.b.c',
    'Bearer ' + 'x'.repeat(8_000),
    // An unsigned token (alg none) that claims the admin role.
    `Bearer ${b64(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64(JSON.stringify({ sub: 'x', roles: ['admin'] }))}.`,
    `Bearer ${b64(JSON.stringify({ alg: 'HS256' }))}.${b64('not json')}.sig`,
    "Bearer ' OR 1=1 //",
    'bearer lowercase',
    'Bearer \u00e9\u00e9',
  ]);
  return {
    n,
    family: 'odd token',
    note: `Authorization: ${header.slice(0, 60)}`,
    caller: { authorization: header },
    request: graphqlPost('{ sources(first: 1) { totalCount } }'),
    expect: { kind: 'answer' },
  };
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

type RootField = { field: GraphQLField<unknown, unknown>; operation: 'query' | 'mutation' };

/** A root field of Query or Mutation, with the operation that reaches it. */
function randomRootField(schema: GraphQLSchema, random: Random, keep: (f: GraphQLField<unknown, unknown>) => boolean = () => true): RootField {
  const fields: RootField[] = (
    [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const
  ).flatMap(([operation, type]) => (type ? Object.values(type.getFields()).map((field) => ({ field, operation })) : []));
  return random.pick(fields.filter((f) => keep(f.field)));
}

/**
 * Reads go from any caller. A mutation goes only from a caller whose role is too low: its
 * arguments may all turn out valid, and then it must still be refused, so nothing is written.
 */
function callerFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, random: Random): Pick<HostileCase, 'caller' | 'expect'> {
  if (operation === 'query') return { caller: reader(random), expect: { kind: 'answer' } };
  const caller = random.pick<Caller>(requiredRole(field.name) === 'admin' ? ['anonymous', 'viewer', 'analyst'] : ['anonymous', 'viewer']);
  return { caller, expect: { kind: 'refused', codes: ['UNAUTHENTICATED', 'FORBIDDEN'], orInvalid: true } };
}
