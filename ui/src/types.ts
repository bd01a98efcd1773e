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
  /** Every other name, with its kind (Entity.aliases holds the same names without). */
  aliasDetails: Alias[];
  description: string | null;
  reliability: string | null;
  /** Where the entity is (WGS 84), for the map; null when unknown. */
  coordinates: { latitude: number; longitude: number } | null;
}

export interface Source {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: PartialDate | null;
  retrievedAt: string | null;
  publisher: EntityRef | null;
  /** How many claims cite it. */
  claimCount?: number;
  /** The article as ingested (Source.text); null when not kept, undefined when not asked for. */
  text?: string | null;
}

/** Claim.review: where a claim stands in the analysts' review. */
export type ReviewStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';
export interface ClaimReview {
  status: ReviewStatus;
  by: string | null;
  at: string | null;
  reason: string | null;
}

/** One independent origin of a fact (Relationship.origins). */
export interface Origin {
  id: string;
  kind: 'REPORTER' | 'PUBLISHER' | 'SOURCE' | 'UNATTRIBUTED';
  entity: EntityRef | null;
  // The evidence panel groups claims by these ids and names a source-only origin by its title; the
  // rest of a source comes with each claim (keeping the neighbourhood within the cost limit).
  sources: Array<{ id: string; title: string | null; url?: string | null }>;
  claimCount: number;
  description: string;
}

/** Query.publicationDates: one per publication day, oldest first. */
export interface DateCount {
  date: string;
  claimCount: number;
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
  /** Where the excerpt stands in the source's text. */
  textSpan: { start: number; end: number } | null;
  intermediary: EntityRef | null;
  hedged: boolean;
  /** The feed records (GDELT, ACLED) the claim was imported from; empty for articles and analysts. */
  feedEvents: Array<{ feed: string; eventId: string }>;
  /** Absent when the API has no review yet (see api.ts, capabilities). */
  review?: ClaimReview;
}

export interface Relationship {
  /** The stable fact id (Relationship.factId). */
  id: string;
  /** The API's id, with the view's knowledge date: what Query.nodes takes. */
  apiId: string;
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
  /**
   * Its evidence, loaded apart from the graph (queries.ts, evidenceQuery): its first claims in id
   * order (claimCount says how many there are; the panel loads more), its disputes and its first
   * origins. Empty until loaded.
   */
  claims: Claim[];
  /** Its own disagreements (Relationship.disputes): empty when its claims agree. */
  disputes: Dispute[];
  /** Whether the evidence above has been loaded. */
  evidence?: boolean;
  /** Where the panel's "more claims" goes on (Query.claims' cursor), once it has been asked. */
  moreClaims?: { after: string | null; hasNext: boolean };
  /** Independence (issue 13): absent when the API does not give it yet. */
  sourceCount?: number;
  originCount?: number;
  origins?: Origin[];
  /** Every claim behind it awaits review. */
  pendingOnly?: boolean;
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

/** One disagreement about a fact, with its claims in full: the dissent the panel lists. */
export interface Dispute {
  id: string;
  kind: 'QUANTITY' | 'POLARITY' | 'TIME' | string;
  reason: string;
  /** The first of its claims (queries.ts, EVIDENCE_FIRST), every side among them. */
  claims: Claim[];
  /** How many claims it has; absent from an older server. */
  claimCount?: number;
}

/** An entity with what its profile shows: its facts, the claims about it, what it published and said. */
export interface Profile extends Entity {
  /** The valid-time window its facts and claims were asked for, in words; null for any valid time. */
  window: string | null;
  /** Its facts, without their claims (a profile lists them; opening one loads it in full). */
  relationships: Connection<Pick<Relationship, 'id' | 'type' | 'from' | 'to' | 'quantity' | 'disputed' | 'pendingOnly'>>;
  claims: Connection<Claim>;
  members: Connection<{ from: EntityRef }>;
  published?: Connection<Source>;
  reported?: Connection<Claim>;
  /** Where sources disagree about it (Query.disputes, asked beside the entity), each with one claim naming its fact. */
  disputes?: Connection<ProfileDispute>;
}

/** A dispute as a profile lists it: what is disputed and how, and one of its claims for the fact's ends. */
export interface ProfileDispute extends Omit<Dispute, 'claims'> {
  claims: Array<Pick<Claim, 'id' | 'predicate' | 'subject' | 'object'>>;
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
