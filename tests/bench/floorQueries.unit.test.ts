import { FLOOR_QUERIES, floorQuery, floorStatements, floorTrace, pageAnswer } from '../../bench/floorQueries';
import { decodeSortCursor, encodeCursor } from '../../src/support';

/** Variables of the shape bench/workload.ts sends for each read. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  Q1: { id: 'e1' },
  Q2: { id: 'e1' },
  Q3: { text: 'Sefvaljor Army' },
  Q4: { from: 'e1', to: 'e2' },
  Q5: { id: 'e1' },
  Q6: { filter: { types: ['SUPPORTS'], validDuring: { from: '2023', to: '2024-06' }, minConfidence: 0.3 }, after: encodeCursor('r9') },
  Q6c: { filter: { predicates: ['SUPPORTS'], validDuring: { from: '2023', to: '2024-06' }, minConfidence: 0.3 }, after: encodeCursor('c9') },
};

const parametersOf = (text: string) => new Set([...text.matchAll(/\$([A-Za-z]\w*)/g)].map((m) => m[1]));

describe('the floor over HTTP', () => {
  it('has a statement for every read of the workload, each given exactly the parameters it uses', () => {
    const statements = floorStatements();
    for (const [id, variables] of Object.entries(VARIABLES)) {
      const query = floorQuery(id);
      if (!query) throw new Error(`expected a floor query for ${id}, but there is none`);
      const call = query.call(variables);
      const statement = statements.get(call.name);
      expect(statement?.file).toBe(`${call.name}.cypher`);
      expect([...parametersOf(statement?.text ?? '')].sort()).toEqual(Object.keys(call.params).sort());
    }
    expect(Object.keys(FLOOR_QUERIES).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it('turns filters and cursors into parameters as our API does', () => {
    expect(FLOOR_QUERIES.Q6.call(VARIABLES.Q6 as Record<string, unknown>).params).toMatchObject({
      types: ['SUPPORTS'],
      windowStart: '2023-01-01',
      windowEnd: '2024-06-30',
      keepUndated: false,
      minConfidence: 0.3,
      afterId: 'r9',
      limit: 21,
    });
    expect(FLOOR_QUERIES.Q6c.call({ ...VARIABLES.Q6c, first: 5 }).params).toMatchObject({ predicates: ['SUPPORTS'], afterId: 'c9', limit: 6 });
    expect(FLOOR_QUERIES.Q3.call({ text: 'Sefvaljor  ARMY!' }).params).toMatchObject({ wanted: 'sefvaljor army', candidates: 50, first: 10 });
    expect(FLOOR_QUERIES.Q5.call({ id: 'e1', after: encodeCursor('c3', '2024-01-02') }).params).toMatchObject({ afterKey: '2024-01-02', afterId: 'c3', limit: 51 });
  });

  it('refuses what its statements do not cover rather than answer a narrower question', () => {
    expect(() => FLOOR_QUERIES.Q6.call({ filter: { types: ['SUPPORTS'], entityId: 'e1' } })).toThrow('it has entityId');
    expect(() => FLOOR_QUERIES.Q6c.call({ filter: { validDuring: { from: '2023', before: '2024' } } })).toThrow('it has before');
    expect(() => FLOOR_QUERIES.Q1.call({})).toThrow('expected the variable "id" to be a non-empty string');
    expect(() => FLOOR_QUERIES.Q4.call({ from: 'e1', to: 'e1' })).toThrow('two different entities');
    expect(() => FLOOR_QUERIES.Q3.call({ text: '!!' })).toThrow('a letter or digit');
    expect(() => FLOOR_QUERIES.Q6.call({ after: 'not a cursor' })).toThrow('a cursor returned by this API');
  });

  it('traces its one statement for PROFILE, and nothing for a query it does not know', () => {
    const [call, ...rest] = floorTrace('Q1', { id: 'e1' });
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ name: 'floorEntityWithRelationships', params: { id: 'e1', limit: 20 }, wave: 0 });
    expect(call?.text).toContain('MATCH');
    expect(floorTrace('W1', {})).toEqual([]);
  });
});

describe('pageAnswer', () => {
  const items = [{ node: { id: 'a' }, sortKey: '2024' }, { node: { id: 'b' }, sortKey: '2025' }, { node: { id: 'c' }, sortKey: '9999-12-31' }];

  it('keeps the page size, says there is more from the extra row, and ends on the last cursor', () => {
    const page = pageAnswer(items, 2, true);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeSortCursor(page.pageInfo.endCursor as string)).toEqual({ id: 'b', key: '2025' });
  });

  it('gives id cursors in id order, and no end cursor on an empty page', () => {
    expect(pageAnswer(items, 3, false)).toMatchObject({ pageInfo: { hasNextPage: false, endCursor: encodeCursor('c') } });
    expect(pageAnswer([], 20, false)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
