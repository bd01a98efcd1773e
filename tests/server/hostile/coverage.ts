import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { graphqlPost, type Caller, type HostileCase } from './cases';
import { BREAKERS, fitsWith, overlaps, REFERENCE_ARGUMENTS, requiredRole, type Breaker } from './mutationRules';
import { coverageStrings } from './strings';
import type { Random } from './random';
import { argSites, printArgs, setAt, smallSelection, validValue, VARIABLE, type ArgSite, type KnownIds } from './schemaWalk';

/**
 * The coverage pass: every String or ID place in the arguments of every field (root fields, and
 * fields of the types they lead to, in input objects and lists too) gets every injection string and
 * a sample of odd ones, sent in the variable `$v` so that it reaches the resolver as it is.
 * A mutation gets each string one of these ways, in turn: from a caller whose role is too low
 * (refused), from one allowed to write but with another argument broken (BAD_USER_INPUT), for ids
 * that must name something on its own (NOT_FOUND), and for ingestion as a dry run (any answer).
 * Whatever the way, nothing may be written.
 */
export function coverageCases(schema: GraphQLSchema, known: KnownIds, random: Random, next: () => number): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const site of argSites(schema)) {
    const where = `${site.parentType.name}.${site.field.name}(${site.argPath.join('.')})`;
    const strings = coverageStrings((items, count) => random.sample(items, count), ODD_SAMPLED);
    const ways = site.operation === 'mutation' ? mutationWays(site) : [];
    // Empty and blank ids once passed the checks as "no id": every id that must name something gets them.
    if (isReference(site)) {
      for (const text of ['', ' ']) cases.push(notFoundWay(site)(schema, known, random, next(), text, where));
    }
    strings.forEach((text, i) => {
      const n = next();
      if (site.operation === 'query') {
        cases.push({
          n,
          family: 'coverage: query argument',
          note: `${where} = ${preview(text)}`,
          caller: random.pick<Caller>(['anonymous', 'anonymous', 'viewer', 'analyst']),
          request: graphqlPost(siteDocument(schema, site, known, random, n), { v: text }),
          expect: { kind: 'answer' },
        });
      } else {
        cases.push(ways[i % ways.length]!(schema, known, random, n, text, where));
      }
    });
  }
  return cases;
}

/** Odd strings drawn per argument in the coverage pass, besides the ones every argument gets. */
const ODD_SAMPLED = 4;

type Way = (schema: GraphQLSchema, known: KnownIds, random: Random, n: number, text: string, where: string) => HostileCase;

/** The ways a mutation's argument is tried, each of which must write nothing. */
function mutationWays(site: ArgSite): Way[] {
  const mutation = site.field.name;
  const role = requiredRole(mutation);
  const ways: Way[] = [];
  // A caller below the role: refused before the arguments matter.
  ways.push((schema, known, random, n, text, where) => {
    const low = random.pick<Caller>(role === 'admin' ? ['anonymous', 'viewer', 'analyst'] : ['anonymous', 'viewer']);
    return {
      n,
      family: 'coverage: mutation by a role too low',
      note: `${where} = ${preview(text)} as ${String(low)}`,
      caller: low,
      request: graphqlPost(siteDocument(schema, site, known, random, n), { v: text }),
      expect: { kind: 'refused', codes: [low === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'] },
    };
  });
  // An allowed caller with another argument broken: BAD_USER_INPUT.
  const breakers = (BREAKERS[mutation] ?? []).filter((b) => fitsWith(b, site.argPath));
  if (breakers.length > 0) {
    ways.push((schema, known, random, n, text, where) => {
      const breaker = random.pick(breakers);
      return {
        n,
        family: 'coverage: mutation with a broken argument',
        note: `${where} = ${preview(text)} as ${role}, with ${breaker.what}`,
        caller: role,
        request: graphqlPost(siteDocument(schema, site, known, random, n, breaker), { v: text }),
        expect: { kind: 'refused', codes: ['BAD_USER_INPUT'] },
      };
    });
  }
  // An id that must name something, given the string: NOT_FOUND.
  if (isReference(site)) ways.push(notFoundWay(site));
  // An article read without writing: any answer.
  if (site.field.args.some((a) => a.name === 'dryRun')) {
    ways.push((schema, known, random, n, text, where) => ({
      n,
      family: 'coverage: dry-run ingestion',
      note: `${where} = ${preview(text)} as ${role}, dryRun`,
      caller: role,
      request: graphqlPost(siteDocument(schema, site, known, random, n, undefined, { dryRun: true }), { v: text }),
      expect: { kind: 'answer' },
    }));
  }
  return ways;
}

function isReference(site: ArgSite): boolean {
  return site.operation === 'mutation' && (REFERENCE_ARGUMENTS[site.field.name] ?? []).includes(site.argPath.join('.'));
}

/** An allowed caller whose only wrong argument is an id naming nothing: NOT_FOUND. */
function notFoundWay(site: ArgSite): Way {
  const role = requiredRole(site.field.name);
  return (schema, known, random, n, text, where) => ({
    n,
    family: 'coverage: mutation naming nothing',
    note: `${where} = ${preview(text)} as ${role}`,
    caller: role,
    request: graphqlPost(siteDocument(schema, site, known, random, n), { v: text }),
    expect: { kind: 'refused', codes: ['NOT_FOUND'] },
  });
}

/**
 * The document for one site: the path's fields with valid required arguments, then the field with
 * valid required arguments, `$v` at the site, and the breaker's values (`$site` meaning `$v`).
 */
export function siteDocument(
  schema: GraphQLSchema,
  site: ArgSite,
  known: KnownIds,
  random: Random,
  n: number,
  breaker?: Breaker,
  extra: Record<string, unknown> = {},
): string {
  const pick = <T>(items: readonly T[]) => random.pick(items);
  const args = requiredArgs(site.field, known, pick, n);
  if (site.field.name === 'recordSource') setAt(args, ['input', 'url'], `https://example.org/hostile-${n}`);
  fillParents(args, site, known, pick);
  setAt(args, site.argPath, VARIABLE);
  for (const { path, value } of breaker?.set ?? []) {
    if (value === '$site') setAt(args, path, VARIABLE);
    else if (typeof value === 'string' && value.startsWith('$entity:')) setAt(args, path, entityOfKind(known, value.slice(8)));
    else if (!overlaps(path, site.argPath)) setAt(args, path, value);
  }
  Object.assign(args, extra);
  const resultType = getNamedType(site.field.type);
  let document = `${site.field.name}${printArgs(site.field.args, args)}${isLeafType(resultType) ? '' : ` { ${smallSelection(schema, resultType, 1)} }`}`;
  for (const step of [...site.path].reverse()) {
    document = `${step.field.name}${printArgs(step.field.args, requiredArgs(step.field, known, pick, n))} { ${document} }`;
  }
  return `${site.operation} Hostile${n}($v: ${String(site.leafType)}) { ${document} }`;
}

/** Gives the input objects around the site their required fields, e.g. a quantity its value. */
function fillParents(args: Record<string, unknown>, site: ArgSite, known: KnownIds, pick: <T>(items: readonly T[]) => T): void {
  const [argName, ...rest] = site.argPath;
  let type = site.field.args.find((a) => a.name === argName)?.type as GraphQLInputType;
  let holder = args as Record<string | number, unknown>;
  let key: string | number = argName as string;
  for (const step of rest) {
    if (holder[key] === undefined || holder[key] === null) holder[key] = validValue(type, String(key), known, pick);
    const nullable = getNullableType(type);
    if (isListType(nullable)) type = nullable.ofType as GraphQLInputType;
    else if (isInputObjectType(nullable)) type = nullable.getFields()[step as string]?.type as GraphQLInputType;
    holder = holder[key] as Record<string | number, unknown>;
    key = step;
  }
}

/** Valid values of a field's required arguments; plain texts carry the case number. */
export function requiredArgs(field: GraphQLField<unknown, unknown>, known: KnownIds, pick: <T>(items: readonly T[]) => T, n: number): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) args[arg.name] = stamp(validValue(arg.type, arg.name, known, pick), n);
  }
  return args;
}

function stamp(value: unknown, n: number): unknown {
  if (value === 'hostile input') return `hostile ${n}`;
  if (Array.isArray(value)) return value.map((v) => stamp(v, n));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stamp(v, n)]));
  return value;
}

function entityOfKind(known: KnownIds, kind: string): string {
  const found = known.entities.find((id) => known.kinds.get(id) === kind);
  if (!found) throw new Error(`expected an entity of kind ${kind} in the graph under test, but there is none`);
  return found;
}

/** A short, printable form of a string for case notes. */
export function preview(text: string): string {
  const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…(${text.length} chars)` : text);
  return shown;
}
