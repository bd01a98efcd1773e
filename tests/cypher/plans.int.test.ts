import { planOperators } from '../helpers/planOperators';
import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Each contract query finds its starting nodes through an index or a constraint, never by scanning
 * a label: checked on the plan Neo4j makes for it (EXPLAIN runs nothing).
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  // Plans for the data as it is: the index samples taken when the schema was applied to an empty
  // store estimate every seek at 0 rows, and with every plan costing nothing the planner picked
  // between a seek and a scan of the index by chance (a run alone failed 3 times in 5).
  await api.db.runStatement('CALL db.prepareForReplanning()');
});
afterAll(() => api.close());

const planOf = (name: string, params: Record<string, unknown>) => planOperators(api.db, name, params);

const INDEX_SEEK = /^(NodeUniqueIndexSeek|NodeIndexSeek|NodeUniqueIndexSeekByRange|NodeIndexSeekByRange)/;

const view = { asOf: null, windowStart: null, windowEnd: null, minConfidence: null, excludeUnattributedOnly: false };
const page = { afterId: null, afterKey: null, beforeId: null, beforeKey: null, backward: false, limit: 21 };

const cases: Array<[string, string, Record<string, unknown>]> = [
  ['entity', 'findEntitiesByIds', { ids: [seedIds.northKorea] }],
  ['neighborhood', 'expandNeighborhood', { frontier: [seedIds.northKorea], types: null, fanout: 100, limit: 201, ...view }],
  ['paths', 'shortestPaths', { from: seedIds.northKorea, to: seedIds.ukraine, types: null, maxHops: 4, first: 5, ...view }],
  [
    'relationships (about an entity)',
    'findRelationships',
    { ...page, orderBy: 'ID', types: null, entityId: seedIds.russia, fromId: null, toId: null, anchorId: seedIds.russia, ...view },
  ],
  [
    'claims',
    'findClaims',
    {
      ...page, orderBy: 'ID', idFloor: '', predicates: null, statuses: null, attribution: null, polarity: null, entityId: null,
      subjectId: null, objectId: null, reportedById: null, sourceId: null, ...view,
    },
  ],
  [
    'claims (in id order)',
    'findClaimsInIdOrder',
    {
      afterId: null, limit: 21, predicates: null, statuses: null, attribution: null, polarity: null, entityId: null,
      subjectId: null, objectId: null, reportedById: null, sourceId: null, ...view,
    },
  ],
  [
    'claims (backward, in id order)',
    'findClaimsInReverseIdOrder',
    {
      ceiling: '\u{10FFFF}', afterId: null, limit: 21, predicates: null, statuses: null, attribution: null, polarity: null, entityId: null,
      subjectId: null, objectId: null, reportedById: null, sourceId: null, ...view,
    },
  ],
  ['sources', 'findSources', { ...page }],
  ['sources (backward)', 'findSources', { ...page, backward: true }],
  ['timeline', 'findEntityClaims', { entityIds: [seedIds.kursk], orderBy: 'VALID_TIME', ...page, afterKey: '', asOf: null, windowStart: null, windowEnd: null }],
  ['Entity.relationships', 'findEntityRelationships', { entityIds: [seedIds.kursk], direction: 'BOTH', types: null, asOf: null, afterId: null, limit: 21 }],
  ['Entity.sources', 'findEntitySources', { entityIds: [seedIds.kursk], afterId: null, limit: 21 }],
  [
    'entity with its relationships, in one statement',
    'findEntityWithRelationships',
    { id: seedIds.kursk, direction: 'BOTH', types: null, asOf: null, ...page, withEnds: true, withClaims: true, withSources: true },
  ],
  [
    'timeline, in one statement',
    'findEntityWithClaims',
    { entityId: seedIds.kursk, orderBy: 'VALID_TIME', ...page, afterKey: '', ...view, keepUndated: false, withSources: true, entityLinks: ['SUBJECT'], withPublishers: false },
  ],
  [
    'claims, in one statement',
    'findClaimPageInIdOrder',
    {
      afterId: null, beforeId: null, limit: 21, predicates: null, statuses: null, attribution: null, polarity: null, entityId: null,
      subjectId: null, objectId: null, reportedById: null, sourceId: null, knownAfter: null, knownBy: null, reviewStatuses: null,
      ...view, keepUndated: false, withSources: true, entityLinks: ['SUBJECT'], withPublishers: false,
    },
  ],
];

/** The filters of findClaims, none set: the anchored queries add their anchor. */
const noClaimFilter = {
  predicates: null, statuses: null, attribution: null, polarity: null, entityId: null, subjectId: null, objectId: null, reportedById: null,
  sourceId: null, knownAfter: null, knownBy: null, reviewStatuses: null, ...view, keepUndated: false,
};
const anchoredCases: Array<[string, string, Record<string, unknown>]> = [
  ['claims of an entity', 'findAnchoredClaims', { ...page, orderBy: 'ID', ...noClaimFilter, entityId: seedIds.kursk, anchorEntityId: seedIds.kursk, anchorLinks: ['SUBJECT', 'OBJECT'], anchorSourceId: null }],
  ['claims of a source, by valid time', 'findAnchoredClaims', { ...page, orderBy: 'VALID_TIME', ...noClaimFilter, sourceId: seedIds.kursk, anchorEntityId: null, anchorLinks: [], anchorSourceId: seedIds.kursk }],
  ['count of an entity\'s claims', 'countAnchoredClaims', { ...noClaimFilter, entityId: seedIds.kursk, anchorEntityId: seedIds.kursk, anchorLinks: ['SUBJECT', 'OBJECT'], anchorSourceId: null }],
];

/** Relationship index seeks: findRelationshipsInIdOrder reads each fact type's id index (cypher/schema/constraints.cypher). */
const RELATIONSHIP_INDEX_SEEK = /^DirectedRelationshipIndexSeekByRange.*RANGE INDEX/;

describe('query plans', () => {
  it.each(cases)('%s (%s) starts from an index seek', async (_field, name, params) => {
    const plan = await planOf(name, params);
    expect({ name, seeks: plan.filter((op) => INDEX_SEEK.test(op)).length > 0 }).toEqual({ name, seeks: true });
  });

  it.each(anchoredCases)('%s (%s) starts from the entity or the source, and reads no claim it does not link to', async (_field, name, params) => {
    const plan = await planOf(name, params);
    // Two seeks by id (the entity's branch and the source's), and never a scan of the claims.
    expect(plan.filter((op) => /^NodeUniqueIndexSeek/.test(op) && /:(Entity|Source)\(id\)/.test(op))).toHaveLength(2);
    expect(plan.filter((op) => /Scan/.test(op) || (INDEX_SEEK.test(op) && op.includes(':Claim(')))).toEqual([]);
  });
  it('an unanchored relationships page in id order seeks the id index of every fact type', async () => {
    const plan = await planOf('findRelationshipsInIdOrder', { types: null, pastEveryId: '\u{10FFFF}', afterId: null, beforeId: null, limit: 21, ...view, keepUndated: false });
    const seeks = plan.filter((op) => RELATIONSHIP_INDEX_SEEK.test(op));
    expect(seeks).toHaveLength(16);
    expect(plan.filter((op) => /AllRelationshipsScan|RelationshipTypeScan/.test(op))).toEqual([]);
  });

  it('search starts from the full-text index', async () => {
    const plan = await planOf('searchEntities', { query: 'korea', kinds: null, candidates: 50 });
    expect(plan.some((op) => op.startsWith('ProcedureCall') && op.includes('db.index.fulltext.queryNodes'))).toBe(true);
  });
});
