import type { GraphQLSchema } from 'graphql';
import { graphqlPost, type Caller, type HostileCase } from './cases';
import { coverageCases } from './coverage';
import { deepNesting, hugeAliases, malformedBody, oddToken, randomMutation, randomQuery, wrongTransport, wrongTypes, wrongVariables } from './families';
import { deepListLiteral, subscriptionOperation, tokenWithoutExp, wideSelection } from './hardening';
import { Random } from './random';
import type { KnownIds } from './schemaWalk';

type Family = (schema: GraphQLSchema, known: KnownIds, random: Random, n: number) => HostileCase;

/** How often each random family comes up, relative to the others. */
const FAMILIES: ReadonlyArray<[Family, number]> = [
  [randomQuery, 40],
  [randomMutation, 6],
  [deepNesting, 8],
  [hugeAliases, 8],
  [wrongTypes, 12],
  [wrongVariables, 12],
  [malformedBody, 7],
  [wrongTransport, 5],
  [oddToken, 2],
  [wideSelection, 3],
  [deepListLiteral, 2],
  [subscriptionOperation, 2],
  [tokenWithoutExp, 2],
];

/** At least this many random cases come after the coverage pass, whatever its size. */
const MIN_RANDOM = 1_400;
/** One control document (which must succeed) every this many cases. */
const CONTROL_EVERY = 50;

/**
 * The whole run for a seed: the coverage pass, then random families up to `total` cases, with a
 * control document every 50 cases (a valid read that must succeed, so that a server that refuses
 * everything, or breaks halfway, fails the test), shuffled so heavy cases spread over the run.
 */
export function generateCases(schema: GraphQLSchema, known: KnownIds, seed: number, total: number): HostileCase[] {
  const random = new Random(seed);
  let counter = 0;
  const next = () => counter++;
  const cases = coverageCases(schema, known, random, next);
  const target = Math.max(total, cases.length + MIN_RANDOM);
  const weight = FAMILIES.reduce((sum, [, w]) => sum + w, 0);
  while (cases.length < target) {
    const n = next();
    if (n % CONTROL_EVERY === 0) {
      cases.push(control(known, random, n));
      continue;
    }
    let roll = random.next() * weight;
    const family = FAMILIES.find(([, w]) => (roll -= w) < 0)?.[0] ?? randomQuery;
    cases.push(family(schema, known, random, n));
  }
  return random.sample(cases, cases.length);
}

/** A valid read over real data, which must answer with data and no error. */
function control(known: KnownIds, random: Random, n: number): HostileCase {
  const id = random.pick(known.entities);
  const [note, query, variables] = random.pick<[string, string, Record<string, unknown> | undefined]>([
    ['sources', '{ sources(first: 5) { totalCount edges { cursor node { id title publisher { name } } } } }', undefined],
    ['an entity profile', 'query E($id: ID!) { entity(id: $id) { id name relationships(first: 5) { totalCount } claims(first: 3) { edges { node { text } } } } }', { id }],
    ['search', '{ search(text: "korea", first: 5) { score entity { name } } }', undefined],
    ['a neighbourhood', 'query N($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { type } truncated } }', { id }],
    ['disputes', '{ disputes(first: 5) { totalCount edges { node { kind reason } } } }', undefined],
  ]);
  const caller = random.pick<Caller>(['anonymous', 'viewer', 'analyst']);
  return { n, family: 'control', note, caller, request: graphqlPost(query, variables), expect: { kind: 'succeeds' } };
}
