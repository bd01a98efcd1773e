/**
 * The shapes of the API answers the workbench asks for (see ui/src/queries.ts and schema/*.graphql).
 * Only the fields it selects are here.
 */

export interface PartialDate {
  iso: string;
  precision: 'YEAR' | 'MONTH' | 'DAY';
}

export interface Quantity {
  value: number;
  unit: string | null;
  qualifier: 'EXACTLY' | 'AT_LEAST' | 'AT_MOST' | 'APPROXIMATELY';
}

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface Alias {
  name: string;
  kind: string;
}

export interface Entity extends EntityRef {
  aliases: string[];
  aliasDetails: Alias[];
  description: string | null;
  reliability: string | null;
}

export interface Source {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: PartialDate | null;
  retrievedAt: string | null;
  contentHash: string | null;
  publisher: EntityRef | null;
}

export interface Claim {
  id: string;
  text: string;
  excerpts: string[];
  predicate: string;
  polarity: 'ASSERTED' | 'DENIED';
  subject: EntityRef;
  object: EntityRef | null;
  quantity: Quantity | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  reportedBy: (EntityRef & { reliability: string | null }) | null;
  attribution: 'SOURCE' | 'REPORTER' | 'UNATTRIBUTED';
  note: string | null;
  source: Source;
  credibility: number | null;
  reliability: string;
  confidence: number | null;
  status: 'REPORTED' | 'CORROBORATED' | 'DISPUTED' | 'RETRACTED';
  knownAt: string;
  unattributedOnly: boolean;
  retraction: { reason: string; at: string; by: string } | null;
}

export interface Relationship {
  id: string;
  type: string;
  from: EntityRef;
  to: EntityRef;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  quantity: Quantity | null;
  confidence: number | null;
  claimCount: number;
  corroboration: number;
  unattributedOnly: boolean;
  disputed: boolean;
  claims: Claim[];
  /** Its own disagreements (Relationship.disputes): empty when its claims agree. */
  disputes: Dispute[];
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: Entity[];
  edges: Relationship[];
}

export interface SearchHit {
  score: number;
  matched: string;
  reason: 'EXACT_NAME' | 'EXACT_ALIAS' | 'TEXT';
  entity: EntityRef & { aliases: string[]; description: string | null };
}

/** One disagreement about a fact; the panel counts its claims, which it already shows in full. */
export interface Dispute {
  id: string;
  kind: string;
  reason: string;
  claims: Array<{ id: string }>;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

/** A valid-time window of partial dates; either bound may be left out. */
export interface TimeWindow {
  from?: string;
  to?: string;
}

/** Query.viewer: the caller as the API sees this request, and what it may do. */
export interface Viewer {
  subject: string | null;
  role: string | null;
  anonymous: boolean;
  authenticationEnabled: boolean;
  anonymousRead: boolean;
  permissions: string[];
}
