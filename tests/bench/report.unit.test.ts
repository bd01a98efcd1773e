import { queryBudgets, type QueryResult } from '../../bench/report';

const result = (id: string, ratios: Partial<QueryResult['ratios']>, floorHttp = true): QueryResult => ({
  id,
  title: id,
  peerUnsupported: null,
  answers: null,
  stats: {},
  ratios: { p50OursOverFloor: 1, p50OursOverPeer: null, throughputOursOverPeer: null, throughputOursOverFloor: null, ...ratios },
  dbHits: { total: 0, queries: {} },
  floorHttp: floorHttp ? { statement: 'bench/floorCypher/x.cypher', dbHits: { total: 0, queries: {} }, answer: 'the same' } : null,
  trace: { roundTrips: 1, waves: 1, queries: [] },
});

describe('queryBudgets', () => {
  it('holds ours to 1.15 × the floor over HTTP beside the in-process floor, and to 1.5 × the peer where it answered', () => {
    const budgets = queryBudgets([result('Q1', { p50OursOverFloor: 1.2, p50OursOverFloorHttp: 1.15, throughputOursOverPeer: 1.4 })]);
    expect(budgets).toEqual([
      { name: 'Q1 p50 ours/floor', measured: '1.2', limit: '≤ 1.15', met: false },
      { name: 'Q1 p50 ours/floor over HTTP', measured: '1.15', limit: '≤ 1.15', met: true },
      { name: 'Q1 throughput ours/peer', measured: '1.4', limit: '≥ 1.5', met: false },
    ]);
  });

  it('does not count an unmeasured ratio as met, and has no floor-over-HTTP budget without that target', () => {
    expect(queryBudgets([result('Q6', { p50OursOverFloorHttp: null })]).find((b) => b.name === 'Q6 p50 ours/floor over HTTP')).toMatchObject({ measured: 'null', met: false });
    expect(queryBudgets([result('Q6', {}, false)]).map((b) => b.name)).toEqual(['Q6 p50 ours/floor']);
  });
});
