import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { projectRoot } from '../support';
import { RESOLVERS } from './resolvers';

export const SCHEMA_DIR = path.join(projectRoot, 'schema');

/** Every schema/*.graphql file, in name order, as one SDL text. */
export function readTypeDefs(folder = SCHEMA_DIR): string {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(folder, f), 'utf8'))
    .join('\n');
}

/** Merges the domains' resolver maps type by type; a field defined twice is a bug, so it throws. */
export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`expected one resolver for ${typeName}.${field}, but got two`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: mergeResolvers(RESOLVERS) as never,
  });
}
