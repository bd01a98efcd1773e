import { buildLuceneQuery } from '../src/entity/searchQuery';
import type { Database } from '../src/neo4j';
import { timeWindow } from '../src/support';
import { postGraphQL } from './http';
import { FACT_TYPES, factField } from './peerTypeDefs';

/**
 * The queries of issue 6, each as our API asks it and, where it can, as the peer asks it. The
 * arguments (which hub, which entity, which cursor) are picked from the loaded graph by
 * deterministic Cypher, so the same data gives the same workload.
 */
export type QueryId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q6c';

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  id: QueryId;
  title: string;
  ours: Operation;
  /** The peer's form, or why the peer cannot express it. */
  peer: Operation | { unsupported: string };
  /** Compares the answers; returns a sentence for the results file. */
  compare?: (ours: any, peer: any) => string;
}

/** What the workload was built from, recorded in the results. */
export interface WorkloadParams {
  hub: { id: string; name: string; facts: number };
  q1Entity: { id: string; name: string; facts: number };
  search: { name: string; typed: string; lucene: string };
  q4: { from: string; to: string; distance: number };
  timelineEntity: { id: string; name: string; claims: number };
  filter: { types: string[]; from: string; to: string; minConfidence: number };
  q6: { total: number; depth: number };
  q6c: { total: number; depth: number };
}

const Q6_TYPES = ['DEPLOYED_TO', 'FIGHTS_IN', 'CASUALTIES_IN', 'SUPPORTS'];
const Q6_WINDOW = { from: '2023', to: '2024-06' };
const Q6_MIN_CONFIDENCE = 0.3;

const Q1 = `query Q1($id: ID!) {
  entity(id: $id) {
    id name kind aliases
    relationships(first: 20) {
      edges { node {
        id type confidence claimCount validFrom { iso precision }
        from { id name } to { id name }
        claims { id text confidence status validFrom { iso precision } source { id title url publishedAt { iso } } }
      } }
    }
  }
}`;

const Q2 = `query Q2($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id name kind }
    edges { id type confidence from { id } to { id } }
  }
}`;

const Q3 = `query Q3($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }`;
const Q3_PEER = `query Q3($phrase: String!) { searchEntities(phrase: $phrase, first: 10) { edges { score node { id name kind } } } }`;

const Q4 = `query Q4($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { id name } edges { id type confidence } }
}`;

const Q5 = `query Q5($id: ID!) {
  timeline(entityId: $id, first: 50) {
    edges { cursor node { id text validFrom { iso precision } confidence status source { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const Q5_PEER = `query Q5($id: ID!) {
  claimsConnection(first: 50, where: { OR: [{ subject: { some: { id: { eq: $id } } } }, { object: { some: { id: { eq: $id } } } }] },
                   sort: [{ validStart: ASC }, { id: ASC }]) {
    edges { cursor node { id text validFrom validFromPrecision confidence status source { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const Q6 = `query Q6($filter: RelationshipFilter, $after: String) {
  relationships(filter: $filter, first: 20, after: $after) {
    edges { cursor node { id type confidence validFrom { iso precision } from { id name } to { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const Q6C = `query Q6c($filter: ClaimFilter, $after: String, $first: Int = 20) {
  claims(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id text predicate confidence validFrom { iso precision } subject { id name } source { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const Q6C_PEER = `query Q6c($where: ClaimWhere, $after: String, $first: Int = 20) {
  claimsConnection(first: $first, after: $after, where: $where, sort: [{ id: ASC }]) {
    edges { cursor node { id text predicate confidence validFrom validFromPrecision subject { id name } source { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Our texts of Q1, Q5, Q6 and Q6c, for the tests of their round trips (tests/api/singleStatementReads.int.test.ts). */
export const OUR_READ_QUERIES = { Q1, Q5, Q6, Q6c: Q6C } as const;

/** Q1 for the peer: one connection per fact type and direction, each fact's claims by triple. */
function q1Peer(): string {
  const claimFields = 'id text confidence status validFrom validFromPrecision source { id title url publishedAt }';
  const fields = FACT_TYPES.flatMap((type) => [
    `${factField(type, 'OUT')}Connection { edges { properties { id confidence claimCount validFrom validFromPrecision } node { id name
        claimsAsObject(where: { predicate: { eq: "${type}" }, polarity: { eq: "ASSERTED" }, NOT: { status: { eq: "RETRACTED" } }, subject: { some: { id: { eq: $id } } } }) { ${claimFields} } } } }`,
    `${factField(type, 'IN')}Connection { edges { properties { id confidence claimCount validFrom validFromPrecision } node { id name
        claimsAsSubject(where: { predicate: { eq: "${type}" }, polarity: { eq: "ASSERTED" }, NOT: { status: { eq: "RETRACTED" } }, object: { some: { id: { eq: $id } } } }) { ${claimFields} } } } }`,
  ]);
  return `query Q1($id: ID!) {\n  entities(where: { id: { eq: $id } }) {\n    id name kind aliases\n    ${fields.join('\n    ')}\n  }\n}`;
}

const sortedIds = (items: Array<{ id: string }>) => items.map((i) => i.id).sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Picks the workload's arguments from the graph and builds the queries. */
export async function buildWorkload(db: Database, oursUrl: string, peerUrl: string | null): Promise<{ queries: BenchQuery[]; params: WorkloadParams }> {
  const one = async (statement: string, params: Record<string, unknown> = {}) => {
    const [row] = await db.runStatement(statement, params);
    if (!row) throw new Error(`expected the benchmark graph to answer ${statement.trim().split('\n')[0]}, but it returned nothing`);
    return row as Record<string, any>;
  };
  const hub = await one(`MATCH (e:Entity) RETURN e.id AS id, e.name AS name, COUNT { (e)-[r]-(:Entity) WHERE r.claimCount > 0 } AS facts ORDER BY facts DESC, id LIMIT 1`);
  const q1Entity = await one(`MATCH (e:Entity) WITH e, COUNT { (e)-[r]-(:Entity) WHERE r.claimCount > 0 } AS facts WHERE facts <= 20
                              RETURN e.id AS id, e.name AS name, facts ORDER BY facts DESC, id LIMIT 1`);
  const timelineEntity = await one(`MATCH (e:Entity) RETURN e.id AS id, e.name AS name, COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS claims
                                    ORDER BY claims DESC, id SKIP 2 LIMIT 1`);
  const searched = await one(`MATCH (e:ArmedForce) WHERE e.name =~ '[A-Za-z]{7,} [A-Za-z]+' RETURN e.name AS name ORDER BY e.id LIMIT 1`);
  const typed = withTypo(searched.name as string);
  const q4 = await findPairAtDistance(db, 4);

  const window = timeWindow(Q6_WINDOW.from, Q6_WINDOW.to) as { start: string; end: string };
  const relFilter = { types: Q6_TYPES, validDuring: Q6_WINDOW, minConfidence: Q6_MIN_CONFIDENCE };
  const claimFilter = { predicates: Q6_TYPES, validDuring: Q6_WINDOW, minConfidence: Q6_MIN_CONFIDENCE };
  const peerWhere = {
    predicate: { in: Q6_TYPES },
    validStart: { lte: window.end },
    validEnd: { gte: window.start },
    confidence: { gte: Q6_MIN_CONFIDENCE },
  };
  const relTotal = (await postGraphQL(oursUrl, `query($f: RelationshipFilter) { relationships(filter: $f, first: 1) { totalCount } }`, { f: relFilter })).data.relationships.totalCount as number;
  const claimTotal = (await postGraphQL(oursUrl, `query($f: ClaimFilter) { claims(filter: $f, first: 1) { totalCount } }`, { f: claimFilter })).data.claims.totalCount as number;
  const deep = (total: number) => Math.min(5_000, Math.max(20, Math.floor((0.6 * total) / 100) * 100));
  const q6Depth = deep(relTotal);
  const q6cDepth = deep(claimTotal);
  const q6After = await walk(q6Depth, async (after) => {
    const page = (await postGraphQL(oursUrl, Q6.replace('first: 20', 'first: 100'), { filter: relFilter, after })).data.relationships;
    return { count: page.edges.length, endCursor: page.pageInfo.endCursor };
  });
  const q6cAfter = await walk(q6cDepth, async (after) => {
    const page = (await postGraphQL(oursUrl, Q6C, { filter: claimFilter, after, first: 100 })).data.claims;
    return { count: page.edges.length, endCursor: page.pageInfo.endCursor };
  });
  // The peer may fail to get there (its pages are offsets over a collected list); that is recorded.
  let q6cPeer: Operation | { unsupported: string };
  try {
    const q6cPeerAfter = peerUrl === null ? null : await walk(q6cDepth, async (after) => {
      const page = (await postGraphQL(peerUrl, Q6C_PEER, { where: peerWhere, after, first: 100 })).data.claimsConnection;
      return { count: page.edges.length, endCursor: page.pageInfo.endCursor };
    });
    q6cPeer = { query: Q6C_PEER, variables: { where: peerWhere, after: q6cPeerAfter } };
  } catch (error) {
    q6cPeer = { unsupported: `it failed while paging to the cursor: ${(error as Error).message.slice(0, 300)}` };
  }

  const lucene = buildLuceneQuery(typed, 'every') as string;
  const queries: BenchQuery[] = [
    {
      id: 'Q1',
      title: 'entity by id with its relationships, their claims and sources',
      ours: { query: Q1, variables: { id: q1Entity.id } },
      peer: { query: q1Peer(), variables: { id: q1Entity.id } },
      compare: (ours, peer) => {
        const a = sortedIds(ours.entity.relationships.edges.flatMap((e: any) => e.node.claims));
        const b = sortedIds(Object.entries(peer.entities[0]).filter(([k]) => k.endsWith('Connection'))
          .flatMap(([, c]: [string, any]) => c.edges.flatMap((e: any) => e.node.claimsAsObject ?? e.node.claimsAsSubject)));
        return `${a.length} claims over ${ours.entity.relationships.edges.length} facts; the peer's claims are ${same(a, b) ? 'the same' : `different (${b.length})`}`;
      },
    },
    {
      id: 'Q2',
      title: 'neighbourhood of the biggest hub, depth 2, limit 200',
      ours: { query: Q2, variables: { id: hub.id } },
      peer: { unsupported: 'a breadth-first walk over every fact type with a total edge limit and a per-node fan-out cap has no generated equivalent (nesting 22 relationship fields twice is another query, without the limits)' },
    },
    {
      id: 'Q3',
      title: `full-text search with typos ("${typed}" for "${searched.name}"), first 10`,
      ours: { query: Q3, variables: { text: typed } },
      peer: { query: Q3_PEER, variables: { phrase: lucene } },
      compare: (ours, peer) => {
        const a = ours.search.map((h: any) => h.entity.id);
        const b = peer.searchEntities.edges.map((e: any) => e.node.id);
        return `ours finds "${ours.search[0]?.entity.name}" first; the peer (given our Lucene query, no ranking tiers) ${b[0] === a[0] ? 'too' : `finds "${peer.searchEntities.edges[0]?.node.name}" first`}; ${a.filter((x: string) => b.includes(x)).length}/10 hits shared`;
      },
    },
    {
      id: 'Q4',
      title: `shortest paths between two entities ${q4.distance} hops apart`,
      ours: { query: Q4, variables: { from: q4.from, to: q4.to } },
      peer: { unsupported: 'no shortest-path operation; only a hand-written @cypher field could do it, which would be our Cypher, not the library' },
    },
    {
      id: 'Q5',
      title: `timeline page of 50 claims (entity with the 3rd most claims: ${timelineEntity.claims})`,
      ours: { query: Q5, variables: { id: timelineEntity.id } },
      peer: { query: Q5_PEER, variables: { id: timelineEntity.id } },
      compare: (ours, peer) => {
        const a = ours.timeline.edges.map((e: any) => e.node.id);
        const b = peer.claimsConnection.edges.map((e: any) => e.node.id);
        return `${a.length} claims; the peer's page is ${same(a, b) ? 'the same, in the same order' : 'different'}`;
      },
    },
    {
      id: 'Q6',
      title: `relationships page with filters (4 types, 2023 to 2024-06, confidence ≥ 0.3) at position ${q6Depth} of ${relTotal}, through its cursor`,
      ours: { query: Q6, variables: { filter: relFilter, after: q6After } },
      peer: { unsupported: 'relationships are not a top-level list in the library: their properties can be filtered only under each node, per type' },
    },
    {
      id: 'Q6c',
      title: `claims page with the same filters at position ${q6cDepth} of ${claimTotal}, through its cursor`,
      ours: { query: Q6C, variables: { filter: claimFilter, after: q6cAfter } },
      peer: q6cPeer,
      compare: (ours, peer) => {
        const a = ours.claims.edges.map((e: any) => e.node.id);
        const b = peer.claimsConnection.edges.map((e: any) => e.node.id);
        return `${a.length} claims; the peer's page is ${same(a, b) ? 'the same' : 'different'}`;
      },
    },
  ];
  return {
    queries,
    params: {
      hub: hub as WorkloadParams['hub'],
      q1Entity: q1Entity as WorkloadParams['q1Entity'],
      search: { name: searched.name, typed, lucene },
      q4,
      timelineEntity: timelineEntity as WorkloadParams['timelineEntity'],
      filter: { types: Q6_TYPES, ...Q6_WINDOW, minConfidence: Q6_MIN_CONFIDENCE },
      q6: { total: relTotal, depth: q6Depth },
      q6c: { total: claimTotal, depth: q6cDepth },
    },
  };
}

/** Follows a connection's cursors until `depth` items are behind; returns the cursor there. */
async function walk(depth: number, page: (after: string | null) => Promise<{ count: number; endCursor: string | null }>): Promise<string | null> {
  let after: string | null = null;
  let seen = 0;
  while (seen < depth) {
    const next = await page(after);
    if (next.count === 0 || next.endCursor === null) break;
    seen += next.count;
    after = next.endCursor;
  }
  return after;
}

/** "Karovel Brigade" → "Kavorel Brigade": two letters swapped in the longest word (a typo). */
export function withTypo(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > (words[best] as string).length ? i : best), 0);
  const w = words[longest] as string;
  words[longest] = `${w.slice(0, 2)}${w.charAt(3)}${w.charAt(2)}${w.slice(4)}`;
  return words.join(' ');
}

/**
 * Two entities exactly `hops` apart through facts: breadth first from persons with one fact, in id
 * order, taking the smallest id at that distance. Falls back to the farthest pair found.
 */
async function findPairAtDistance(db: Database, hops: number): Promise<{ from: string; to: string; distance: number }> {
  const starts = await db.runStatement(
    `MATCH (e:Person) WHERE COUNT { (e)-[r]-(:Entity) WHERE r.claimCount > 0 } = 1 RETURN e.id AS id ORDER BY id LIMIT 20`,
  );
  let best = { from: '', to: '', distance: 0 };
  for (const start of starts) {
    const from = start.id as string;
    const seen = new Set([from]);
    let frontier = [from];
    for (let depth = 1; depth <= hops && frontier.length > 0; depth++) {
      const rows = await db.runStatement(
        `UNWIND $ids AS id MATCH (:Entity {id: id})-[r]-(m:Entity) WHERE r.claimCount > 0 RETURN DISTINCT m.id AS id`,
        { ids: frontier },
      );
      frontier = rows.map((r) => r.id as string).filter((id) => !seen.has(id)).sort();
      for (const id of frontier) seen.add(id);
      if (frontier.length > 0 && depth > best.distance) best = { from, to: frontier[0] as string, distance: depth };
      if (depth === hops && frontier.length > 0) return best;
    }
  }
  if (!best.from) throw new Error('expected two connected entities in the benchmark graph, but found none');
  return best;
}
