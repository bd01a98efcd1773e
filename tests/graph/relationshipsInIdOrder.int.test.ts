import { createTestApi, type TestApi } from '../helpers/testApi';

/**
 * findRelationshipsInIdOrder, the seek per fact type that Query.relationships uses for a forward
 * page in id order naming no entity, returns the very rows of findRelationships (which reads every
 * fact), page after page, whatever the filters: both queries run side by side on the analyst graph.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

const none = { entityId: null, fromId: null, toId: null, anchorId: null, pastEveryId: '\u{10FFFF}', withEnds: false, withClaimIds: true };
/** A row of the seek as findRelationships returns it: without the ends it reads only when asked. */
const withoutEnds = (rows: Array<Record<string, unknown>>) => rows.map(({ ends, ...row }) => (expect(ends).toEqual([]), row));
const view = { asOf: null, windowStart: null, windowEnd: null, keepUndated: false, minConfidence: null, excludeUnattributedOnly: false };

async function midKnowledgeDate(): Promise<string> {
  const [row] = await api.db.runStatement(`MATCH (c:Claim) WITH c.knownAt AS k ORDER BY k WITH collect(DISTINCT k) AS ks RETURN ks[size(ks) / 2] AS date`);
  return row?.date as string;
}

it('pages through the same facts as findRelationships, with every kind of filter', async () => {
  const asOf = await midKnowledgeDate();
  const filters: Array<Record<string, unknown>> = [
    {},
    { types: ['DEPLOYED_TO', 'FIGHTS_IN', 'CAPTURED_BY'] },
    { asOf },
    { windowStart: '2024-10-01', windowEnd: '2024-12-31' },
    { windowStart: '2024-10-01', windowEnd: '2024-12-31', keepUndated: true, minConfidence: 0.3 },
    { excludeUnattributedOnly: true },
  ];
  let compared = 0;
  for (const filter of filters) {
    const params = { ...none, ...view, types: null, ...filter };
    // The first pages of ten (asked for eleven, as the API does), through their last ids.
    let afterId: string | null = null;
    for (let pages = 0; pages < 4; pages++) {
      const page = { afterId, beforeId: null, limit: 11 };
      const seek = withoutEnds(await api.db.read('findRelationshipsInIdOrder', { ...params, ...page }));
      const scan = await api.db.read('findRelationships', { ...params, ...page, afterKey: afterId === null ? null : '', beforeKey: null, backward: false, orderBy: 'ID' });
      expect(seek).toEqual(scan);
      compared += seek.length;
      if (seek.length < 11) break;
      afterId = seek[9]?.id as string;
    }
  }
  expect(compared).toBeGreaterThan(20);
}, 180_000);

it('stops before a "before" bound as findRelationships does', async () => {
  const all = await api.db.read('findRelationshipsInIdOrder', { ...none, ...view, types: null, afterId: null, beforeId: null, limit: 10 });
  const beforeId = all[6]?.id as string;
  const params = { ...none, ...view, types: null, afterId: all[1]?.id as string, beforeId, limit: 10 };
  const seek = withoutEnds(await api.db.read('findRelationshipsInIdOrder', params));
  const scan = await api.db.read('findRelationships', { ...params, afterKey: '', beforeKey: '', backward: false, orderBy: 'ID' });
  expect(seek.map((row) => row.id)).toEqual(all.slice(2, 6).map((row) => row.id));
  expect(seek).toEqual(scan);
});

it('reads each fact\'s two entities with the page when asked, as findEntitiesByIds reads them', async () => {
  const rows = await api.db.read('findRelationshipsInIdOrder', { ...none, ...view, types: null, afterId: null, beforeId: null, limit: 10, withEnds: true });
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const { fromId, toId } = row.relationship as { fromId: string; toId: string };
    const byId = await api.db.read('findEntitiesByIds', { ids: [fromId, toId] });
    expect(row.ends).toEqual(byId.map((r) => r.entity));
  }
});
