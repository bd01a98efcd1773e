import { FACT_TYPES as VOCABULARY_FACT_TYPES } from '../src/vocabulary';

/**
 * Type definitions for the peer, the Neo4j GraphQL Library (`@neo4j/graphql` 7), over the same
 * database: the labels, relationship types and properties our Cypher writes (see cypher/ and the
 * README's domain model). A fact is a relationship whose type is one of the vocabulary's, so the
 * library needs one field per type and direction; provenance types (REPORTED_BY, PUBLISHED_BY)
 * link claims and sources, never two entities.
 */
export const FACT_TYPES = VOCABULARY_FACT_TYPES;

/** `DEPLOYED_TO` → `deployedTo` (outgoing) and `deployedToIncoming`. */
export function factField(type: string, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}Incoming`;
}

export function peerTypeDefs(): string {
  const factFields = FACT_TYPES.flatMap((type) => (['OUT', 'IN'] as const).map((direction) =>
    `  ${factField(type, direction)}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Fact")`,
  )).join('\n');
  return `
type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name"] }]) {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]!
  description: String
  reliability: String
  claimsAsSubject: [Claim!]! @relationship(type: "SUBJECT", direction: IN)
  claimsAsObject: [Claim!]! @relationship(type: "OBJECT", direction: IN)
${factFields}
}

type Fact @relationshipProperties {
  id: ID!
  claimIds: [ID!]!
  claimCount: Int!
  corroboration: Int
  confidence: Float
  disputed: Boolean
  unattributedOnly: Boolean
  validFrom: String
  validFromPrecision: String
  validTo: String
  validToPrecision: String
  validStart: String
  validEnd: String
  quantityValue: Float
  quantityUnit: String
  quantityQualifier: String
}

type Claim @node {
  id: ID!
  text: String!
  predicate: String!
  polarity: String!
  attribution: String
  status: String!
  credibility: Int
  confidence: Float
  knownAt: String
  validFrom: String
  validFromPrecision: String
  validTo: String
  validToPrecision: String
  validStart: String
  validEnd: String
  quantityValue: Float
  quantityUnit: String
  quantityQualifier: String
  createdBy: String
  subject: [Entity!]! @relationship(type: "SUBJECT", direction: OUT)
  object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
  reportedBy: [Entity!]! @relationship(type: "REPORTED_BY", direction: OUT)
  source: [Source!]! @relationship(type: "CITED_IN", direction: OUT)
}

type Source @node {
  id: ID!
  title: String
  url: String
  publishedAt: String
  knownAt: String
  publisher: [Entity!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  claims: [Claim!]! @relationship(type: "CITED_IN", direction: IN)
}
`;
}
