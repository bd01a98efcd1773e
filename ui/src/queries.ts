/**
 * Every GraphQL document the workbench sends. It uses the public API only, so each thing it cannot
 * show is a gap in the API.
 *
 * Issue 13 added independence (Relationship.origins …), review (Claim.review, acceptClaim …), the
 * source's text and Query.publicationDates. The documents ask for them when the server has them
 * (`capabilities.trust`, probed once at start by CAPABILITIES); against an older server the
 * workbench still works, without those parts.
 */

/** What the server offers beyond the base API; set once by App.start. */
export const capabilities = { trust: false };

/**
 * coordinates: where the map view (mapView.ts) draws the entity. Entity.aliases is not asked for:
 * aliasDetails holds the same names with their kinds, and leaving it out keeps the largest
 * neighbourhood document within the default cost limit (tests/server/cost.unit.test.ts).
 */
const ENTITY = `fragment WbEntity on Entity { id kind name aliasDetails { name kind } description reliability coordinates { latitude longitude } }`;

const DATE = `iso precision`;

const SOURCE_FIELDS = `id title url publishedAt { ${DATE} } retrievedAt claimCount publisher { id name kind }`;

/*
 * The workbench keys what it draws and lists by the stable ids (Claim.claimId, Relationship.factId,
 * Origin.key), aliased to `id`: a fact seen as of another date stays the same edge on the canvas,
 * where the API's own ids differ per knowledge date (docs/api.md, "Identity").
 */

function claimFragment(trust = capabilities.trust): string {
  return `fragment WbClaim on Claim {
  id: claimId text excerpts predicate polarity textSpan { start end } hedged
  subject { id name kind } object { id name kind }
  quantity { value unit qualifier }
  validFrom { ${DATE} } validTo { ${DATE} }
  reportedBy { id name kind reliability }
  intermediary { id name kind }
  attribution note
  source { ${SOURCE_FIELDS} }
  credibility reliability confidence status knownAt unattributedOnly
  retraction { reason at by }
  feedEvents { id feed eventId }
  ${trust ? 'review { status by at reason }' : ''}
}`;
}

/**
 * A fact as the graph draws it: its summary, without its evidence. A fact a feed reports every day
 * rests on thousands of claims, so the graph's documents leave them out and the evidence is asked
 * for apart (evidenceQuery), a bounded number per fact. `apiId` is the API's id (with the view's
 * knowledge date), which Query.nodes takes.
 */
function relationshipFragment(trust = capabilities.trust): string {
  return `fragment WbRelationship on Relationship {
  id: factId apiId: id type from { id name kind } to { id name kind }
  validFrom { ${DATE} } validTo { ${DATE} }
  quantity { value unit qualifier }
  confidence claimCount corroboration unattributedOnly disputed
  ${trust ? 'sourceCount originCount pendingOnly' : ''}
}`;
}

/** How many claims, and origins, of each fact the workbench loads with it; the panel loads more on request. */
export const EVIDENCE_FIRST = 20;

/** How many sources of each origin it loads: the first names the origin; an outlet's origin in a feed has thousands. */
export const ORIGIN_SOURCES_FIRST = 3;

/** A fact's evidence: its first claims and origins (EVIDENCE_FIRST of each) and its disputes (with as many of their claims, every side among them). */
function evidenceFragment(trust = capabilities.trust): string {
  return `fragment WbEvidence on Relationship {
  id: factId
  ${trust ? `origins(first: ${EVIDENCE_FIRST}) { id: key kind description claimCount entity { id name kind } sources(first: ${ORIGIN_SOURCES_FIRST}) { id title url } }` : ''}
  claims(first: ${EVIDENCE_FIRST}) { ...WbClaim }
  disputes { id kind reason claimCount claims(first: ${EVIDENCE_FIRST}) { ...WbClaim } }
}`;
}

/**
 * The evidence of facts by their API ids, EVIDENCE_CHUNK at a time: a chunk costs about 90,000 at
 * most, within the default cost limit (tests/server/cost.unit.test.ts).
 */
export const EVIDENCE_CHUNK = 30;

export function evidenceQuery(trust = capabilities.trust): string {
  return `query WbEvidence($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Relationship { ...WbEvidence } }
}
${evidenceFragment(trust)}
${claimFragment(trust)}`;
}

/**
 * More claims of one fact, after those shown: Query.claims of its triple that support it (asserted,
 * neither retracted nor rejected), in id order as Relationship.claims lists them.
 */
export function factClaimsQuery(): string {
  return `query WbFactClaims($from: ID!, $to: ID!, $type: RelationshipType!, $asOf: String, $after: String) {
  claims(
    filter: { subjectId: $from, objectId: $to, predicates: [$type], polarity: ASSERTED, statuses: [REPORTED, CORROBORATED, DISPUTED]${capabilities.trust ? ', reviewStatuses: [PENDING, ACCEPTED]' : ''} }
    first: 100, after: $after, asOf: $asOf, orderBy: ID
  ) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...WbClaim } } }
}
${claimFragment()}`;
}

/** Asks for one field of issue 13's API: a validation error means the server predates it. */
export const CAPABILITIES = `query WbCapabilities { publicationDates { date claimCount } }`;

export const SEARCH = `query WbSearch($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score matched reason
    entity { id kind name aliases description }
  }
}`;

export const ENTITY_QUERY = `query WbEntity($id: ID!) { entity(id: $id) { ...WbEntity } }
${ENTITY}`;

/** The filters every graph query shares. */
const VIEW_VARS = `$types: [RelationshipType!], $asOf: String, $validDuring: TimeWindow, $minConfidence: Float`;
const VIEW_ARGS = `types: $types, asOf: $asOf, validDuring: $validDuring, minConfidence: $minConfidence`;

export function neighborhoodQuery(trust = capabilities.trust): string {
  return `query WbNeighborhood($id: ID!, $depth: Int, $limit: Int, ${VIEW_VARS}) {
  neighborhood(id: $id, depth: $depth, limit: $limit, ${VIEW_ARGS}) {
    truncated
    nodes { ...WbEntity }
    edges { ...WbRelationship }
  }
}
${ENTITY}
${relationshipFragment(trust)}`;
}

export function pathsQuery(trust = capabilities.trust): string {
  return `query WbPaths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, ${VIEW_VARS}) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, ${VIEW_ARGS}) {
    length
    nodes { ...WbEntity }
    edges { ...WbRelationship }
  }
}
${ENTITY}
${relationshipFragment(trust)}`;
}

/** The largest documents the workbench sends (issue 13's fields included): tests/server/cost.unit.test.ts prices them. */
export const NEIGHBORHOOD = neighborhoodQuery(true);
export const PATHS = pathsQuery(true);

/** `places`: a country's or place's timeline shows what happened at the places in it too. */
export function timelineQuery(keepUndated = false): string {
  // keepUndated only when asked: the document stays the one servers before the argument answer.
  return `query WbTimeline($id: ID!, $from: String, $to: String, $asOf: String, $first: Int, $places: Boolean${keepUndated ? ', $keepUndated: Boolean' : ''}) {
  timeline(entityId: $id, from: $from, to: $to, asOf: $asOf, first: $first, places: $places${keepUndated ? ', keepUndated: $keepUndated' : ''}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...WbClaim } }
  }
}
${claimFragment()}`;
}

/** How many of an entity's disputes its profile lists (the rest are counted). */
export const PROFILE_DISPUTES = 20;

/**
 * An entity's profile: its facts and the claims about it, the forces, units and persons that
 * belong to it (PART_OF, incoming), and, as a reporter or outlet, what it said and published. Its
 * facts and claims keep to the valid-time window (`$valid`) as the graph does: the facts are asked
 * of Query.relationships, whose filter takes one where Entity.relationships does not.
 */
export function profileQuery(): string {
  const trust = capabilities.trust;
  return `query WbProfile($id: ID!, $asOf: String, $valid: TimeWindow) {
  facts: relationships(filter: { entityId: $id, validDuring: $valid }, first: 100, asOf: $asOf) { totalCount pageInfo { hasNextPage endCursor } edges { node { id: factId type from { id name kind } to { id name kind } quantity { value unit qualifier } disputed ${trust ? 'pendingOnly' : ''} } } }
  entity(id: $id) {
    ...WbEntity
    claims(first: 100, asOf: $asOf, validDuring: $valid) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...WbClaim } } }
    members: relationships(direction: INCOMING, types: [PART_OF], first: 50, asOf: $asOf) { totalCount pageInfo { hasNextPage endCursor } edges { node { id from { id name kind } } } }
    ${trust ? `published(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${SOURCE_FIELDS} } } }
    reported(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...WbClaim } } }` : ''}
  }
}
${ENTITY}
${claimFragment()}`;
}

/**
 * Where sources disagree about an entity (Query.disputes), each dispute with one claim to name its
 * fact, keeping to the valid-time window as the profile's facts do. Asked after the profile, and
 * only when one of its facts is disputed: disputes are computed from every claim about the entity,
 * which for a feed's hub is thousands.
 */
export function profileDisputesQuery(): string {
  return `query WbProfileDisputes($id: ID!, $asOf: String, $valid: TimeWindow) {
  disputes(entityId: $id, first: ${PROFILE_DISPUTES}, asOf: $asOf, validDuring: $valid) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id: disputeId kind reason claimCount claims(first: 1) { id: claimId predicate subject { id name kind } object { id name kind } } } }
  }
}`;
}

/** One claim by its stable id (Claim.claimId, which Query.nodes takes as today's claim). */
export function claimQuery(): string {
  return `query WbClaim($id: ID!) { nodes(ids: [$id]) { ... on Claim { ...WbClaim } } }
${claimFragment()}`;
}

/** One fact with its evidence, found by its ends and type (there is no Query.relationship(id)): one fact per triple. */
export function factQuery(): string {
  return `query WbFact($from: ID!, $to: ID!, $types: [RelationshipType!], $asOf: String) {
  relationships(filter: { fromId: $from, toId: $to, types: $types }, first: 5, asOf: $asOf) { edges { node { ...WbRelationship ...WbEvidence } } }
}
${relationshipFragment()}
${evidenceFragment()}
${claimFragment()}`;
}

/** The members of an entity (PART_OF, incoming): the story around it is theirs too. */
export const MEMBERS = `query WbMembers($id: ID!, $asOf: String) {
  entity(id: $id) { id members: relationships(direction: INCOMING, types: [PART_OF], first: 50, asOf: $asOf) { edges { node { id from { id name kind } } } } }
}`;

/**
 * A source with its text and every claim it makes, whatever their review (the source view). There
 * is no Query.source(id): the first claim of the source carries it.
 */
export function sourceQuery(): string {
  const trust = capabilities.trust;
  const filter = `{ sourceId: $id${trust ? ', reviewStatuses: [PENDING, ACCEPTED, REJECTED]' : ''} }`;
  return `query WbSource($id: ID!) {
  head: claims(filter: ${filter}, first: 1) { edges { node { id source { ${SOURCE_FIELDS} ${trust ? 'text' : ''} } } } }
  all: claims(filter: ${filter}, first: 100, orderBy: ID) { totalCount edges { node { ...WbClaim } } }
}
${claimFragment()}`;
}

/** "What changed between two dates": the claims learned in (knownAfter, knownBy]. */
export function changesQuery(): string {
  return `query WbChanges($after: String, $by: String, $first: Int) {
  claims(filter: { knownAfter: $after, knownBy: $by }, first: $first, orderBy: ID) {
    totalCount
    edges { node { ...WbClaim } }
  }
}
${claimFragment()}`;
}

export const PUBLICATION_DATES = `query WbPublicationDates { publicationDates { date claimCount } }`;

export function reviewMutation(kind: 'accept' | 'reject' | 'reopen'): string {
  const field = kind === 'accept' ? 'acceptClaim(id: $id)' : kind === 'reject' ? 'rejectClaim(id: $id, reason: $reason)' : 'reopenClaim(id: $id)';
  return `mutation WbReview($id: ID!${kind === 'reject' ? ', $reason: String!' : ''}) { claim: ${field} { id review { status by at reason } } }`;
}

export const SOURCES = `query WbSources($first: Int, $after: String) {
  sources(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title publishedAt { ${DATE} } publisher { id name } } }
  }
}`;

/** The oldest claims awaiting review, for the review list (by source). */
export function reviewQueueQuery(): string {
  return `query WbReviewQueue($first: Int) {
  reviewQueue(first: $first) { totalCount edges { node { id predicate source { ${SOURCE_FIELDS} } } } }
}`;
}

/** Who the API says is asking: the token field shows this, and never reads the token itself. */
export const VIEWER = `query WbViewer { viewer { subject role anonymous authenticationEnabled anonymousRead permissions } }`;

/**
 * "Read an article" (ingest.ts): Mutation.ingestArticle, with dryRun for the preview. The claims
 * are asked for with what their label needs: a preview's claims are not in the graph, so nothing
 * that would be read from it (source, review, feed records) is asked.
 */
export const INGEST_ARTICLE = `mutation WbIngestArticle($input: ArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) {
    created
    source { id title }
    claims {
      id: claimId text predicate polarity hedged attribution
      subject { id name kind } object { id name kind }
      quantity { value unit qualifier }
      reportedBy { id name kind }
    }
    warnings
  }
}`;
