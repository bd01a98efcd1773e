import { answerDifferences } from '../../bench/answers';

/** The check that keeps the floor over HTTP honest: its JSON must be ours, value for value. */
describe('answerDifferences', () => {
  const ours = { entity: { id: 'e1', aliases: ['A'], relationships: { edges: [{ node: { id: 'r1', confidence: 0.5, validFrom: null } }] } } };

  it('finds none between equal answers, whatever the order of keys', () => {
    const reordered = { entity: { relationships: { edges: [{ node: { validFrom: null, confidence: 0.5, id: 'r1' } }] }, aliases: ['A'], id: 'e1' } };
    expect(answerDifferences(ours, reordered)).toEqual([]);
  });

  it('names a value that differs, with its path', () => {
    const other = structuredClone(ours);
    other.entity.relationships.edges[0]!.node.confidence = 0.49;
    expect(answerDifferences(ours, other)).toEqual(['data.entity.relationships.edges[0].node.confidence: ours is 0.5, the other 0.49']);
  });

  it('names a field the other answer leaves out, and one it adds', () => {
    const { aliases: _left, ...rest } = ours.entity;
    expect(answerDifferences(ours, { entity: { ...rest, extra: 1 } })).toEqual([
      'data.entity.aliases: missing from the other answer (ours: ["A"])',
      'data.entity.extra: only in the other answer (1)',
    ]);
  });

  it('counts a shorter list as a difference (an answer with fewer items is less work)', () => {
    expect(answerDifferences({ list: [1, 2, 3] }, { list: [1, 2] })).toEqual(['data.list: ours has 3 items, the other 2']);
  });

  it('tells order in lists, null from absent, and a number from its string', () => {
    expect(answerDifferences([1, 2], [2, 1])).toHaveLength(2);
    expect(answerDifferences({ a: null }, {})).toEqual(['data.a: missing from the other answer (ours: null)']);
    expect(answerDifferences({ n: 1 }, { n: '1' })).toEqual(['data.n: ours is 1, the other "1"']);
    expect(answerDifferences({ l: [] }, { l: {} })).toEqual(['data.l: ours is [], the other {}']);
  });

  it('stops at ten differences', () => {
    const many = Array.from({ length: 50 }, (_, i) => i);
    expect(answerDifferences(many, many.map((x) => x + 1))).toHaveLength(10);
  });
});
