/**
 * Every GraphQL document the workbench sends. It uses the public API only, so each thing it cannot
 * show is a gap in the API.
 */

const ENTITY = `fragment WbEntity on Entity { id kind name aliases aliasDetails { name kind } description reliability }`;

const DATE = `iso precision`;

const CLAIM = `fragment WbClaim on Claim {
  id text excerpts predicate polarity
  subject { id name kind } object { id name kind }
  quantity { value unit qualifier }
  validFrom { ${DATE} } validTo { ${DATE} }
  reportedBy { id name kind reliability }
  attribution note
  source { id title url publishedAt { ${DATE} } retrievedAt contentHash publisher { id name kind } }
  credibility reliability confidence status knownAt unattributedOnly
  retraction { reason at by }
}`;

const RELATIONSHIP = `fragment WbRelationship on Relationship {
  id type from { id name kind } to { id name kind }
  validFrom { ${DATE} } validTo { ${DATE} }
  quantity { value unit qualifier }
  confidence claimCount corroboration unattributedOnly disputed
  claims { ...WbClaim }
  disputes { id kind reason claims { id } }
}`;

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

export const NEIGHBORHOOD = `query WbNeighborhood($id: ID!, $depth: Int, $limit: Int, ${VIEW_VARS}) {
  neighborhood(id: $id, depth: $depth, limit: $limit, ${VIEW_ARGS}) {
    truncated
    nodes { ...WbEntity }
    edges { ...WbRelationship }
  }
}
${ENTITY}
${RELATIONSHIP}
${CLAIM}`;

export const PATHS = `query WbPaths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, ${VIEW_VARS}) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, ${VIEW_ARGS}) {
    length
    nodes { ...WbEntity }
    edges { ...WbRelationship }
  }
}
${ENTITY}
${RELATIONSHIP}
${CLAIM}`;

export const TIMELINE = `query WbTimeline($id: ID!, $from: String, $to: String, $asOf: String, $first: Int) {
  timeline(entityId: $id, from: $from, to: $to, asOf: $asOf, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...WbClaim } }
  }
}
${CLAIM}`;

export const SOURCES = `query WbSources($first: Int, $after: String) {
  sources(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id title publishedAt { ${DATE} } publisher { name } } }
  }
}`;

/** Who the API says is asking: the token field shows this, and never reads the token itself. */
export const VIEWER = `query WbViewer { viewer { subject role anonymous authenticationEnabled anonymousRead permissions } }`;
