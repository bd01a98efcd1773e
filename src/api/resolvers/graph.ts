import { describeOrigin, findDisputes, originsOf, SOURCES_NAMED } from '../../claim';
import type { Resolvers } from '../../generated/graphql';
import { siteOf } from '../../source';
import { checkNeighborhoodOptions, checkPathOptions, countRelationships, findRelationships, neighborhood, shortestPaths } from '../../graph';
import { originId, pageRequest, viewId } from '../../support';
import { factView } from '../arguments';
import { connection, connectionFields, toConnection } from '../connections';
import { showsFactClaims } from '../fieldKeys';
import { afterEntityChecks, claimIdsOf, claimLoader, loadAllRequired, loadRequired, primeEntities, requireEntityArgument, type Loaders } from '../loaders';
import { showEnds, shownClaims, shownWith } from '../projection';
import { Selection } from '../selection';
import { allAsOf, type DisputeAsOf, type RelationshipAsOf } from '../views';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: async (_parent, { id, depth, types, limit, ...view }, context, info) => {
      const claimIds = showsFactClaims(Selection.of(info).field('edges'));
      const options = { depth: depth ?? 1, types, limit: limit ?? 200, view: factView(view), loadClaims: claimLoader(context.loaders), claimIds };
      checkNeighborhoodOptions(options);
      const subgraph = await afterEntityChecks([requireEntityArgument(context.loaders, id, 'id')], () => neighborhood(context.db, id, options));
      primeEntities(context.loaders, subgraph.reached);
      return { ...subgraph, edges: allAsOf(subgraph.edges, options.view.asOf) };
    },
    paths: async (_parent, { from, to, maxHops, types, first, ...view }, context, info) => {
      const claimIds = showsFactClaims(Selection.of(info).field('edges'));
      const options = { maxHops: maxHops ?? 4, types, first: first ?? 5, view: factView(view), loadClaims: claimLoader(context.loaders), claimIds };
      checkPathOptions(options);
      const checks = [requireEntityArgument(context.loaders, from, 'from'), requireEntityArgument(context.loaders, to, 'to')];
      const found = await afterEntityChecks(checks, () => shortestPaths(context.db, from, to, options));
      for (const path of found) primeEntities(context.loaders, path.entities);
      return found.map((path) => ({ ...path, edges: allAsOf(path.edges, options.view.asOf) }));
    },
    relationships: (_parent, { filter, first, after, last, before, asOf, orderBy }, context, info) => {
      const view = factView({ ...filter, asOf });
      const order = orderBy ?? 'ID';
      // The page's entities come with it when its edges show them (one round trip, not two).
      const node = Selection.of(info).field('edges')?.field('node');
      // Its facts' claim ids only when the edges show claims or origins: a fact a feed reports every
      // day has thousands (a field that needs them anyway reads them: claimIdsOf).
      const reads = { ends: context.singleStatementReads && Boolean(node?.has('from') || node?.has('to')), claimIds: showsFactClaims(node) };
      const page = findRelationships(context.db, filter ?? {}, view, order, pageRequest({ first, after, last, before }, order !== 'ID'), claimLoader(context.loaders), reads);
      return connection(
        page.then(({ ends, ...p }) => {
          primeEntities(context.loaders, ends);
          showEnds(p.items, ends);
          return toConnection({ ...p, items: allAsOf(p.items, view.asOf) }, order === 'ID' ? undefined : (fact) => fact.sortKey);
        }),
        () => countRelationships(context.db, filter ?? {}, view),
      );
    },
  },
  Subgraph: {
    nodes: (subgraph, _args, { loaders }) => loadAllRequired(loaders.entity, subgraph.nodeIds, 'entity'),
  },
  Path: {
    length: (path) => path.edges.length,
    nodes: (path, _args, { loaders }) => loadAllRequired(loaders.entity, path.nodeIds, 'entity'),
  },
  Relationship: {
    id: (relationship) => viewId(relationship.id, relationship.asOf),
    factId: (relationship) => relationship.id,
    asOf: (relationship) => relationship.asOf ?? null,
    // A fact of a projected page (src/api/projection.ts) comes with the records these show.
    from: (relationship, _args, { loaders }) => shownWith(relationship, 'from') ?? loadRequired(loaders.entity, relationship.fromId, 'entity'),
    to: (relationship, _args, { loaders }) => shownWith(relationship, 'to') ?? loadRequired(loaders.entity, relationship.toId, 'entity'),
    // A projected fact's claims are at hand: returned as they are, not as a promise (see Claim.status).
    // The first `first` in id order (claimIds and a projection's claims both are), or all of them.
    claims: (relationship, { first }, { loaders, wholeLists }) => {
      const size = listSize(first);
      const whole = (count: number) => {
        if (size === undefined) wholeLists.take('Relationship.claims', count, FACT_CLAIMS_INSTEAD);
      };
      const shown = shownClaims(relationship);
      if (shown) {
        whole(shown.length);
        return allAsOf(shown.slice(0, size), relationship.asOf);
      }
      return claimIdsOf(relationship, loaders)
        .then((ids) => {
          whole(ids.length);
          return loadAllRequired(loaders.claim, ids.slice(0, size), 'claim');
        })
        .then((claims) => allAsOf(claims, relationship.asOf));
    },
    // From the fact's claims (as of the view's date when it has one), by the rule of src/claim/origins.ts.
    // Grouping needs every claim (only the fields it reads); only the origins kept are described.
    origins: async (relationship, { first }, { loaders }) => {
      const size = listSize(first);
      return originsOf(await loadAllRequired(loaders.originClaim, await claimIdsOf(relationship, loaders), 'claim'))
        .slice(0, size)
        .map((origin) => ({ ...origin, factId: relationship.id, asOf: relationship.asOf ?? null }));
    },
    // Today's flag is kept with the fact's claims; a view as of a date works it out from the claims known then.
    disputed: (relationship, _args, { loaders }) =>
      relationship.asOf && relationship.disputed ? factDisputes(relationship, loaders).then((d) => d.length > 0) : relationship.disputed,
    disputes: (relationship, _args, { loaders }) => factDisputes(relationship, loaders),
  },
  Origin: {
    id: (origin) => viewId(originId(origin.factId, origin.id), origin.asOf),
    key: (origin) => origin.id,
    entity: (origin, _args, { loaders }) => (origin.entityId ? loadRequired(loaders.entity, origin.entityId, 'entity') : null),
    sources: (origin, { first }, { loaders, wholeLists }) => {
      if (first == null) wholeLists.take('Origin.sources', origin.sourceIds.length, '; Origin.claimCount says how many claims the origin has');
      return loadAllRequired(loaders.source, origin.sourceIds.slice(0, listSize(first)), 'source');
    },
    claimCount: (origin) => origin.claimIds.length,
    description: async (origin, _args, { loaders }) => {
      const [entity, sources] = await Promise.all([
        origin.entityId ? loadRequired(loaders.entity, origin.entityId, 'entity') : null,
        // Only the sources the description names (SOURCES_NAMED): an outlet's origin may have thousands.
        loadAllRequired(loaders.source, origin.sourceIds.slice(0, SOURCES_NAMED), 'source'),
      ]);
      const publishers = await Promise.all(sources.map((s) => (s.publisherId ? loadRequired(loaders.entity, s.publisherId, 'entity') : null)));
      // A source as a reader knows it: its publisher (else title, else the site of its address:
      // a feed's sources have only a URL), and its date.
      const labels = sources.map((s, i) => [publishers[i]?.name ?? s.title ?? siteOf(s.url) ?? 'a source with no publisher or title', s.publishedAt?.iso].filter(Boolean).join(', '));
      return describeOrigin(origin, { entity: entity?.name ?? null, sources: labels });
    },
  },
  RelationshipConnection: connectionFields,
};

/** Where the rest of a fact's claims are, for the error of a list too long to return whole. */
const FACT_CLAIMS_INSTEAD = ', and page through the rest with Query.claims(filter: { subjectId, predicates, objectId }); Relationship.claimCount says how many there are';

/** How many of a list to keep: `first`, checked as a page size is (1 to 100), or all when left out. */
function listSize(first: number | null | undefined): number | undefined {
  return first == null ? undefined : pageRequest({ first }).size;
}

/**
 * A fact's disputes, in id order as Query.disputes lists them, from the claims of its subject,
 * predicate and object: all of today's, or those known by the view's date (a denial published later
 * was no dispute then). The stored `disputed` gates both: it is kept current with every write, and
 * the claims known by a past day are among today's, so a fact that agrees today agreed then and
 * costs no query.
 */
function factDisputes(relationship: RelationshipAsOf, loaders: Loaders): Promise<DisputeAsOf[]> {
  // `disputed` and `disputes` of one fact in a past view (the workbench asks both) share one computation.
  let found = disputesOfFact.get(relationship);
  if (!found) disputesOfFact.set(relationship, (found = computeFactDisputes(relationship, loaders)));
  return found;
}

/** A request's facts (each resolved object is its own) and their disputes, computed once. */
const disputesOfFact = new WeakMap<RelationshipAsOf, Promise<DisputeAsOf[]>>();

async function computeFactDisputes(relationship: RelationshipAsOf, loaders: Loaders): Promise<DisputeAsOf[]> {
  if (!relationship.disputed) return [];
  const { fromId, type, toId, asOf } = relationship;
  const claims = await claimLoader(loaders)(await loaders.factClaimIds.load({ fromId, type, toId }));
  const known = asOf ? claims.filter((c) => c.knownAt <= asOf) : claims;
  return allAsOf(findDisputes(known).sort((a, b) => a.id.localeCompare(b.id)), asOf);
}
