import { buildSubgraphSchema as buildFederatedSchema } from '@apollo/subgraph';
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import type { Context } from './context';
import { RESOLVERS } from './resolvers';
import { mergeResolvers, readTypeDefs } from './schema';

/** The Federation 2 version this subgraph links; 2.3 brought @key on interfaces. */
export const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.3';

/** The entities of this subgraph, each keyed by its id: the entity interface and its kinds, sources and claims. */
export const KEYED_TYPES = ['Entity', 'Country', 'Organization', 'ArmedForce', 'Person', 'Location', 'Source', 'Claim'] as const;

/**
 * The schema of schema/ as an Apollo Federation 2 subgraph (FEDERATION=subgraph, docs/federation.md).
 * The schema files carry no federation directives, so the normal schema and codegen stay as they
 * are: `@link` and `@key(fields: "id")` are put on the parsed document here, and each keyed type
 * resolves a reference (`_entities`) through the request's DataLoaders, so a gateway asking for a
 * hundred claims makes one query.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  return buildFederatedSchema({
    typeDefs: subgraphTypeDefs(),
    resolvers: mergeResolvers([...RESOLVERS, referenceResolvers]) as never,
  });
}

/** schema/*.graphql with `extend schema @link(...)` and a `@key(fields: "id")` on each keyed type. */
export function subgraphTypeDefs(): DocumentNode {
  const document = parse(readTypeDefs());
  const keyed = new Set<string>(KEYED_TYPES);
  const definitions = document.definitions.map((definition): DefinitionNode => {
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) && keyed.has(definition.name.value)) {
      return { ...definition, directives: [...(definition.directives ?? []), keyDirective()] };
    }
    return definition;
  });
  const link = parse(`extend schema @link(url: "${FEDERATION_SPEC}", import: ["@key"])`).definitions;
  return { ...document, definitions: [...link, ...definitions] };
}

function keyDirective(): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: 'id' } }],
  };
}

/** `_entities` for each keyed type: the same loaders as every other field (a merged entity's id resolves to the kept one). */
const referenceResolvers = Object.fromEntries([
  ...['Entity', 'Country', 'Organization', 'ArmedForce', 'Person', 'Location'].map((type) => [
    type,
    { __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.entity.load(reference.id) },
  ]),
  ['Source', { __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.source.load(reference.id) }],
  ['Claim', { __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.claim.load(reference.id) }],
]) as Resolvers;
