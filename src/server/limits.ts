import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

/**
 * Abuse limits from graphql-armor, applied while the document is validated: a document that is too
 * deep, or has too many aliases or directives, is refused with GRAPHQL_VALIDATION_FAILED before any
 * resolver runs, so Neo4j never sees it. The cost limit (cost.ts) runs next, once variables are known. Field suggestions
 * ("did you mean …") are not sent, and batched HTTP requests are off.
 */
export function armorProtection(limits: Config['limits']) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions in createServer.ts), so that a
    // malformed document still gets GRAPHQL_PARSE_FAILED and HTTP 400.
    maxTokens: { enabled: false },
    // The cost limit is ours (cost.ts): armor's ignores first/limit/depth, so a page of 100 would cost as much as a page of 1.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
