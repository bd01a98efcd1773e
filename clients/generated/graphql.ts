/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whose voice a claim is in, as its source presents it. */
export type Attribution =
  /** The source attributes it to a named reporter (see reportedBy). */
  | 'REPORTER'
  /** The source says it in its own voice. */
  | 'SOURCE'
  /** The source attributes it to unnamed reports ("reports suggest"). */
  | 'UNATTRIBUTED';

/** Where a claim stands against the other claims about the same subject, predicate and object. */
export type ClaimStatus =
  /** Two independent origins or more say the same. */
  | 'CORROBORATED'
  /** Other claims about the same subject, predicate and object cannot be true with it (see Query.disputes). */
  | 'DISPUTED'
  /** One independent origin says it, and nothing contradicts it. */
  | 'REPORTED'
  /** Withdrawn with a reason (see Claim.retraction); it supports no fact. */
  | 'RETRACTED';

/** How precise a partial date is. */
export type DatePrecision =
  /** The exact day is known (2024-12-27). */
  | 'DAY'
  /** The year and month are known (2024-12). */
  | 'MONTH'
  /** Only the year is known (2024). */
  | 'YEAR';

/** What the claims of a dispute disagree about. */
export type DisputeKind =
  /** Some claims assert what others deny. */
  | 'POLARITY'
  /** Quantities whose ranges do not meet (about 3,000 against at least 10,000). */
  | 'QUANTITY'
  /** Start times whose periods do not overlap. */
  | 'TIME';

/** The kinds of entity; each has a concrete type of the Entity interface. */
export type EntityKind =
  /** An army, a unit or a contingent (ArmedForce). */
  | 'ARMED_FORCE'
  /** A state (Country). */
  | 'COUNTRY'
  /** A place that is not a country: a region, a city, a front (Location). */
  | 'LOCATION'
  /** An agency, an outlet, a ministry, an alliance (Organization). */
  | 'ORGANIZATION'
  /** One person, named or not (Person). */
  | 'PERSON';

/** Whether a claim says that something happened or that it did not. */
export type Polarity =
  /** The source says it happened. */
  | 'ASSERTED'
  /** The source says it did not happen. */
  | 'DENIED';

/** How a source qualified a number. */
export type QuantityQualifier =
  /** About the number: around, some, roughly (read as within 10 %). */
  | 'APPROXIMATELY'
  /** At least the number: over, more than. */
  | 'AT_LEAST'
  /** At most the number: up to, fewer than. */
  | 'AT_MOST'
  /** The number as given. */
  | 'EXACTLY';

/**
 * The controlled vocabulary of relationship types. Each value maps to a Neo4j relationship type of the
 * same name; no label or type ever comes from raw user input.
 */
export type RelationshipType =
  /** A partnership or alliance between two actors. */
  | 'ALLIED_WITH'
  /** An actor attacked another actor or a place. */
  | 'ATTACKED'
  /** Two actors are at war. */
  | 'AT_WAR_WITH'
  /** A person, force or organisation captured, arrested or detained by a force. */
  | 'CAPTURED_BY'
  /** An actor suffered casualties, killed or wounded together, in a place (object optional when the place is not named). The quantity is the total. */
  | 'CASUALTIES_IN'
  /** An armed force (or its members) deployed to a country or location. */
  | 'DEPLOYED_TO'
  /** An actor fights in a place. */
  | 'FIGHTS_IN'
  /** Members of an actor were killed in a place (object optional). The quantity counts the dead. */
  | 'KILLED_IN'
  /** A thing is located in a place. */
  | 'LOCATED_IN'
  /** Members of an actor went missing in a place (object optional). The quantity counts the missing. */
  | 'MISSING_IN'
  /** A unit, person or force belongs to a larger one. */
  | 'PART_OF'
  /** Provenance: a source published by an organisation. Not a fact between entities. */
  | 'PUBLISHED_BY'
  /** Provenance: a claim attributed to a reporter. Not a fact between entities. */
  | 'REPORTED_BY'
  /** An armed force took control of a place. */
  | 'SEIZED'
  /** One actor supports another (troops, arms, effort). */
  | 'SUPPORTS'
  /** An actor or action is said to threaten stability in a region. */
  | 'THREATENS_STABILITY_OF'
  /** A person was wounded (no object). */
  | 'WOUNDED'
  /** Members of an actor were wounded in a place (object optional). The quantity counts the wounded. */
  | 'WOUNDED_IN';

/**
 * How reliable a reporter usually is, the first axis of the Admiralty code: A completely reliable,
 * B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
 */
export type Reliability =
  /** Completely reliable. */
  | 'A'
  /** Usually reliable. */
  | 'B'
  /** Fairly reliable. */
  | 'C'
  /** Not usually reliable. */
  | 'D'
  /** Unreliable. */
  | 'E'
  /** Reliability cannot be judged (also every unattributed report). */
  | 'F';

/** Why a search hit matched, best first. */
export type SearchMatchReason =
  /** The text is one of its other names (normalised). */
  | 'EXACT_ALIAS'
  /** The text is the entity's name (normalised). */
  | 'EXACT_NAME'
  /** The words match a name or alias as words, prefixes or near spellings. */
  | 'TEXT';

export type WhoCapturedTheSoldierQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoCapturedTheSoldierQuery = { claims: { totalCount: number, edges: Array<{ node: { text: string, attribution: Attribution, note: string | null, confidence: number | null, subject:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , object:
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
          | { name: string, kind: EntityKind }
         | null, reportedBy:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, source: { title: string | null, publisher:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, publishedAt: { iso: string, precision: DatePrecision } | null } } }> } };

export type DeploymentToRussiaQueryVariables = Exact<{ [key: string]: never; }>;


export type DeploymentToRussiaQuery = { relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, from:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , to:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null, validFrom: { iso: string, precision: DatePrecision } | null, claims: Array<{ text: string, attribution: Attribution, quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null, reportedBy:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, source: { title: string | null, publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null } }> } }> } };

export type WhatLinksNorthKoreaToUkraineQueryVariables = Exact<{
  from?: string | number | null | undefined;
  to?: string | number | null | undefined;
}>;


export type WhatLinksNorthKoreaToUkraineQuery = { paths: Array<{ length: number, nodes: Array<
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
      | { name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationshipType, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , claims: Array<{ text: string }> }> }> };

export type WhatDoWeKnowAboutKurskQueryVariables = Exact<{
  kursk?: string | number | null | undefined;
}>;


export type WhatDoWeKnowAboutKurskQuery = { entity:
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null }
    | { name: string, kind: EntityKind, aliases: Array<string>, description: string | null }
   | null, neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationshipType, from:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null, validFrom: { iso: string, precision: DatePrecision } | null }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, predicate: RelationshipType, attribution: Attribution, subject:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null, validFrom: { iso: string, precision: DatePrecision } | null } }> } };

export type FindByAliasQueryVariables = Exact<{ [key: string]: never; }>;


export type FindByAliasQuery = { dprk: Array<{ score: number, matched: string, reason: SearchMatchReason, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }>, pyongyang: Array<{ score: number, matched: string, reason: SearchMatchReason, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }>, moscow: Array<{ score: number, matched: string, reason: SearchMatchReason, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> };

export type UnattributedClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnattributedClaimsQuery = { claims: { totalCount: number, edges: Array<{ node: { text: string, predicate: RelationshipType, credibility: number | null, confidence: number | null, subject:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , object:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null, source: { title: string | null } } }> } };

export type WhoReportedItQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoReportedItQuery = { sources: { totalCount: number, edges: Array<{ node: { title: string | null, url: string | null, claimCount: number, publisher:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, publishedAt: { iso: string, precision: DatePrecision } | null } }> }, claims: { edges: Array<{ node: { text: string, reportedBy:
          | { name: string, aliases: Array<string> }
          | { name: string, aliases: Array<string> }
          | { name: string, aliases: Array<string> }
          | { name: string, aliases: Array<string> }
          | { name: string, aliases: Array<string> }
         | null, source: { publisher:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null } } }> } };

export type WhatDidWeKnowAsOfQueryVariables = Exact<{
  soldier?: string | number | null | undefined;
}>;


export type WhatDidWeKnowAsOfQuery = { before: { nodes: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, edges: Array<{ type: RelationshipType }> }, after: { nodes: Array<
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
    >, edges: Array<{ type: RelationshipType, claimCount: number, to:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      , claims: Array<{ text: string, source: { publishedAt: { iso: string } | null } }> }> } };

export type TimelineOfTheTroopsQueryVariables = Exact<{
  troops?: string | number | null | undefined;
}>;


export type TimelineOfTheTroopsQuery = { timeline: { totalCount: number, edges: Array<{ cursor: string, node: { predicate: RelationshipType, text: string, validFrom: { iso: string, precision: DatePrecision } | null, object:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null, quantity: { value: number, unit: string | null, qualifier: QuantityQualifier } | null } }> } };

export type WhereSourcesDisagreeQueryVariables = Exact<{ [key: string]: never; }>;


export type WhereSourcesDisagreeQuery = { disputes: { totalCount: number, edges: Array<{ node: { kind: DisputeKind, reason: string, claims: Array<{ text: string, polarity: Polarity, quantity: { value: number, qualifier: QuantityQualifier } | null, validFrom: { iso: string } | null, reportedBy:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null, source: { title: string | null, publishedAt: { iso: string } | null } }> } }> } };

export type HowSureAreWeQueryVariables = Exact<{ [key: string]: never; }>;


export type HowSureAreWeQuery = { relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, corroboration: number, disputed: boolean, unattributedOnly: boolean, from:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , to:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
        , claims: Array<{ credibility: number | null, reliability: Reliability, confidence: number | null, attribution: Attribution, reportedBy:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }> } }> } };

export type ProfileOfTheTroopsQueryVariables = Exact<{
  troops?: string | number | null | undefined;
}>;


export type ProfileOfTheTroopsQuery = { entity:
    | { name: string, kind: EntityKind, aliases: Array<string>, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, to:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             } }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, status: ClaimStatus } }> }, sources: { totalCount: number, edges: Array<{ node: { publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null, publishedAt: { iso: string } | null } }> }, timeline: { totalCount: number, edges: Array<{ node: { predicate: RelationshipType, validFrom: { iso: string } | null } }> } }
    | { name: string, kind: EntityKind, aliases: Array<string>, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, to:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             } }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, status: ClaimStatus } }> }, sources: { totalCount: number, edges: Array<{ node: { publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null, publishedAt: { iso: string } | null } }> }, timeline: { totalCount: number, edges: Array<{ node: { predicate: RelationshipType, validFrom: { iso: string } | null } }> } }
    | { name: string, kind: EntityKind, aliases: Array<string>, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, to:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             } }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, status: ClaimStatus } }> }, sources: { totalCount: number, edges: Array<{ node: { publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null, publishedAt: { iso: string } | null } }> }, timeline: { totalCount: number, edges: Array<{ node: { predicate: RelationshipType, validFrom: { iso: string } | null } }> } }
    | { name: string, kind: EntityKind, aliases: Array<string>, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, to:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             } }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, status: ClaimStatus } }> }, sources: { totalCount: number, edges: Array<{ node: { publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null, publishedAt: { iso: string } | null } }> }, timeline: { totalCount: number, edges: Array<{ node: { predicate: RelationshipType, validFrom: { iso: string } | null } }> } }
    | { name: string, kind: EntityKind, aliases: Array<string>, relationships: { totalCount: number, edges: Array<{ node: { type: RelationshipType, confidence: number | null, to:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             } }> }, claims: { totalCount: number, edges: Array<{ node: { text: string, status: ClaimStatus } }> }, sources: { totalCount: number, edges: Array<{ node: { publisher:
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
              | { name: string }
             | null, publishedAt: { iso: string } | null } }> }, timeline: { totalCount: number, edges: Array<{ node: { predicate: RelationshipType, validFrom: { iso: string } | null } }> } }
   | null };


export const WhoCapturedTheSoldierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoCapturedTheSoldier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"predicates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CAPTURED_BY"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoCapturedTheSoldierQuery, WhoCapturedTheSoldierQueryVariables>;
export const DeploymentToRussiaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeploymentToRussia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DEPLOYED_TO"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentToRussiaQuery, DeploymentToRussiaQueryVariables>;
export const WhatLinksNorthKoreaToUkraineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatLinksNorthKoreaToUkraine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"9cfb7b58-5ada-5899-8e37-fb1be0a55366","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"49e058d4-958e-5b43-965b-4a4dd7df6e19","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatLinksNorthKoreaToUkraineQuery, WhatLinksNorthKoreaToUkraineQueryVariables>;
export const WhatDoWeKnowAboutKurskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatDoWeKnowAboutKursk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kursk"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"fa31bfd8-b60a-53d7-8f3e-44f9475fffbf","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kursk"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kursk"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kursk"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatDoWeKnowAboutKurskQuery, WhatDoWeKnowAboutKurskQueryVariables>;
export const FindByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindByAlias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dprk"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"DPRK","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pyongyang"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Pyongyang","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"moscow"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"Moscow","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<FindByAliasQuery, FindByAliasQueryVariables>;
export const UnattributedClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnattributedClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attribution"},"value":{"kind":"EnumValue","value":"UNATTRIBUTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnattributedClaimsQuery, UnattributedClaimsQueryVariables>;
export const WhoReportedItDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoReportedIt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attribution"},"value":{"kind":"EnumValue","value":"REPORTER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoReportedItQuery, WhoReportedItQueryVariables>;
export const WhatDidWeKnowAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatDidWeKnowAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soldier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"51ddcfb7-08c3-5b49-8f51-d893f21e4e4b","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"before"},"name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soldier"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-12-26","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"after"},"name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soldier"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2024-12-27","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimCount"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhatDidWeKnowAsOfQuery, WhatDidWeKnowAsOfQueryVariables>;
export const TimelineOfTheTroopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelineOfTheTroops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"troops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"823c939c-4e77-5902-b8f6-3ac10a60a8a3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"troops"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2024-12","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineOfTheTroopsQuery, TimelineOfTheTroopsQueryVariables>;
export const WhereSourcesDisagreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhereSourcesDisagree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhereSourcesDisagreeQuery, WhereSourcesDisagreeQueryVariables>;
export const HowSureAreWeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HowSureAreWe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"CONFIDENCE_DESC"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"minConfidence"},"value":{"kind":"FloatValue","value":"0.5"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"corroboration"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"unattributedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HowSureAreWeQuery, HowSureAreWeQueryVariables>;
export const ProfileOfTheTroopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileOfTheTroops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"troops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"823c939c-4e77-5902-b8f6-3ac10a60a8a3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"troops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTGOING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfileOfTheTroopsQuery, ProfileOfTheTroopsQueryVariables>;