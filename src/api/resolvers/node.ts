import { originsOf } from '../../claim';
import { ENTITY_TYPENAMES } from '../../entity';
import type { NodeResolvers, Resolvers } from '../../generated/graphql';
import { applyFactView } from '../../graph';
import { BadUserInputError, parseAsOf, parseOriginId, parseViewId } from '../../support';
import type { Context } from '../context';
import { claimLoader, loadAllRequired } from '../loaders';
import { asOf, type RelationshipAsOf } from '../views';

/**
 * schema/node.graphql: global object identification. An id names its object alone (ids of every
 * type are UUIDv5s of type-prefixed keys, src/support/ids.ts), so resolving one tries the stores
 * in the order of their cost: entities, claims and sources by index (one batch for all the ids of
 * the request), then stored facts, then disputes (computed). An as-of id gives the view at its date.
 */

/** The most ids Query.nodes takes, as a page does. */
const MAX_NODES = 100;

type Typed = Record<string, unknown> & { __typename: string };

const typed = <T extends object>(typename: string, record: T): Typed => ({ ...record, __typename: typename }) as unknown as Typed;

/** A stored fact as read at `date` (recomputed from the claims known then), or null when it did not exist yet. */
async function factAt(factId: string, date: string | null, context: Context): Promise<RelationshipAsOf | null> {
  const fact = await context.loaders.relationship.load(factId);
  if (fact === null || date === null) return fact;
  const view = { asOf: date, window: null, minConfidence: null, excludeUnattributedOnly: false };
  const [recomputed] = await applyFactView([fact], view, claimLoader(context.loaders));
  return recomputed ? asOf(recomputed, date) : null;
}

async function resolveNode(id: string, context: Context): Promise<Typed | null> {
  const { stableId, asOf: date } = parseViewId(id);
  // Only dates this API gives out: the last day of a period, as parseAsOf makes them.
  if (date !== null && !isViewDate(date)) return null;
  const { loaders } = context;
  const origin = parseOriginId(stableId);
  if (origin !== null) {
    const fact = await factAt(origin.factId, date, context);
    if (fact === null) return null;
    const found = originsOf(await loadAllRequired(loaders.claim, fact.claimIds, 'claim')).find((o) => o.id === origin.originKey);
    return found ? typed('Origin', { ...found, factId: fact.id, asOf: date }) : null;
  }
  const [entity, claim, source] = await Promise.all([loaders.entity.load(stableId), loaders.claim.load(stableId), loaders.source.load(stableId)]);
  // Entities and sources have no as-of views: an id with a date names none of them.
  if (entity !== null) return date === null ? typed(ENTITY_TYPENAMES[entity.kind], entity) : null;
  if (source !== null) return date === null ? typed('Source', source) : null;
  if (claim !== null) return date === null || claim.knownAt <= date ? typed('Claim', asOf(claim, date)) : null;
  const fact = await factAt(stableId, date, context);
  if (fact !== null) return typed('Relationship', fact);
  const dispute = (await loaders.disputesAsOf.load(date ?? '')).find((d) => d.id === stableId);
  return dispute ? typed('Dispute', asOf(dispute, date)) : null;
}

function isViewDate(date: string): boolean {
  try {
    return parseAsOf(date) === date;
  } catch {
    return false;
  }
}

const nodeType: NodeResolvers = {
  __resolveType: (node) => (node as unknown as Typed).__typename as 'Claim',
};

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context) => resolveNode(id, context) as never,
    nodes: (_parent, { ids }, context) => {
      if (ids.length < 1 || ids.length > MAX_NODES) {
        throw new BadUserInputError(`expected "ids" to hold 1 to ${MAX_NODES} ids, but got ${ids.length}`, 'ids');
      }
      return Promise.all(ids.map((id) => resolveNode(id, context))) as never;
    },
  },
  Node: nodeType,
};

