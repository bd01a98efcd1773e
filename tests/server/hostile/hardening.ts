import { createHmac } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { graphqlPost, type HostileCase } from './cases';
import type { Random } from './random';
import type { KnownIds } from './schemaWalk';

/**
 * The shapes of issue 16's red-team pass: wide conflicting selections (flat, or hidden in inline
 * fragments and fragment spreads), list literals nested deep enough to overflow a recursive parser,
 * operation types the schema lacks, and tokens that would never expire. Each must be refused with
 * a 4xx that says why; none may reach a resolver.
 */

/** The HS256 secret of the hostile suite's server, so that an `exp`-less token is otherwise valid. */
export const HOSTILE_SECRET = 'hostile-input-test-secret-0123456789abcdef';
export const HOSTILE_ISSUER = 'https://issuer.example';
export const HOSTILE_AUDIENCE = 'conflict-kg';

/** `count` differently-argued `search` fields, the red team's conflict. */
const searches = (random: Random, count: number, tag: string) =>
  Array.from({ length: count }, (_, i) => `search(text: "${tag} ${i} ${random.int(0, 9_999)}") { score }`);

export function wideSelection(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const shape = random.pick(['flat', 'inline fragments', 'named fragments'] as const);
  const count = random.pick([65, 120, 400, 820]);
  let query: string;
  if (shape === 'flat') query = `{ ${searches(random, count, 'w').join(' ')} }`;
  else if (shape === 'inline fragments') {
    const fields = searches(random, count, 'i');
    const groups = Array.from({ length: Math.ceil(fields.length / 10) }, (_, g) => `... on Query { ${fields.slice(g * 10, g * 10 + 10).join(' ')} }`);
    query = `{ ${groups.join(' ')} }`;
  } else {
    const fields = searches(random, count, 'f');
    query = `{ ${fields.map((_, i) => `...F${i}`).join(' ')} } ${fields.map((f, i) => `fragment F${i} on Query { ${f} }`).join(' ')}`;
  }
  return {
    n,
    family: 'wide selection',
    note: `${count} differently-argued search fields, ${shape}`,
    caller: random.pick(['anonymous', 'viewer'] as const),
    request: graphqlPost(query),
    expect: { kind: 'refused', codes: ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'], orInvalid: true },
  };
}

export function deepListLiteral(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const depth = random.pick([129, 500, 2_400, 5_000]);
  const where = random.pick(['an argument', 'a variable default', 'an input object']);
  const list = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const query =
    where === 'an argument' ? `{ search(text: "a", kinds: ${list}) { score } }`
      : where === 'a variable default' ? `query($k: [EntityKind!] = ${list}) { search(text: "a", kinds: $k) { score } }`
        : `{ relationships(filter: { types: ${list} }) { totalCount } }`;
  return {
    n,
    family: 'deep list literal',
    note: `a list literal nested ${depth} deep in ${where}`,
    caller: 'anonymous',
    request: graphqlPost(query),
    expect: { kind: 'refused', codes: ['GRAPHQL_PARSE_FAILED'], orInvalid: true },
  };
}

export function subscriptionOperation(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const query = random.pick([
    'subscription { x }',
    'subscription Live { search(text: "korea") { score } }',
    'subscription { __typename }',
    'query Q { __typename } subscription S { x }',
  ]);
  const operationName = query.startsWith('query Q') ? 'S' : undefined;
  return {
    n,
    family: 'subscription',
    note: query,
    caller: random.pick(['anonymous', 'analyst'] as const),
    request: graphqlPost(query, undefined, operationName ? { operationName } : {}),
    expect: { kind: 'refused', codes: ['OPERATION_NOT_SUPPORTED'], orInvalid: true },
  };
}

/** An HS256 token signed with the suite's secret, with exactly the claims given. */
function sign(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${unsigned}.${createHmac('sha256', HOSTILE_SECRET).update(unsigned).digest('base64url')}`;
}

export function tokenWithoutExp(_schema: GraphQLSchema, _known: KnownIds, random: Random, n: number): HostileCase {
  const now = Math.floor(Date.now() / 1000);
  const [note, claims] = random.pick<[string, Record<string, unknown>]>([
    ['no exp', {}],
    ['no exp, issued now', { iat: now }],
    ['issued a day in the future', { iat: now + 86_400, exp: now + 90_000 }],
    ['not valid for a day', { nbf: now + 86_400, exp: now + 90_000 }],
  ]);
  const token = sign({ sub: `hostile-${n}`, roles: [random.pick(['viewer', 'analyst', 'admin'])], iss: HOSTILE_ISSUER, aud: HOSTILE_AUDIENCE, ...claims });
  const write = random.chance(0.5);
  return {
    n,
    family: 'token without exp',
    note: `a validly signed token with ${note}, ${write ? 'writing' : 'reading'}`,
    caller: { authorization: `Bearer ${token}` },
    request: graphqlPost(write ? `mutation { upsertEntity(input: { kind: COUNTRY, name: "hostile ${n}" }) { id } }` : '{ sources(first: 1) { totalCount } }'),
    expect: { kind: 'refused', codes: ['UNAUTHENTICATED'] },
  };
}
