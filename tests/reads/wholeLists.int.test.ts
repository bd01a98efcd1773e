import { MAX_WHOLE_LIST_ITEMS } from '../../src/api/wholeLists';
import { upsertEntities } from '../../src/entity/repository';
import { writeBundle } from '../../src/write';
import { entityId, parsePartialDate, sourceId } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Lists returned whole when `first` is left out (src/api/wholeLists.ts) are charged one item by the
 * cost limit, since their length is unknown before they are read. A request may take at most
 * MAX_WHOLE_LIST_ITEMS items from them, over all such lists together: two facts a feed reports
 * thousands of times each fit one by one, not together, and the error says to ask `first`.
 */
let scratch: ScratchNeo4j;
const ACTOR = 'whole-lists-test';
const PER_FACT = Math.ceil(MAX_WHOLE_LIST_ITEMS * 0.6);
const shellers = entityId('ARMED_FORCE', 'Whole List Shellers');
const towns = ['Whole List Town A', 'Whole List Town B'].map((name) => entityId('LOCATION', name));

beforeAll(async () => {
  scratch = await startScratchNeo4j('whole-lists');
  await scratch.api.db.writeTransaction((tx) =>
    upsertEntities(tx, [{ kind: 'ARMED_FORCE', name: 'Whole List Shellers' }, ...['Whole List Town A', 'Whole List Town B'].map((name) => ({ kind: 'LOCATION' as const, name }))], ACTOR),
  );
  // One report per outlet page: a claim of its own each (a claim's key is its source and what it says).
  for (const [t, town] of towns.entries()) {
    for (let start = 0; start < PER_FACT; start += 2_000) {
      const urls = Array.from({ length: Math.min(2_000, PER_FACT - start) }, (_, i) => `https://whole-lists.example/${t}/report-${start + i}`);
      const claims = urls.map((url) => ({
        sourceId: sourceId({ url }), subjectId: shellers, predicate: 'ATTACKED' as const, objectId: town, polarity: 'ASSERTED' as const, quantity: null,
        validFrom: null, validTo: null, excerpt: 'The shellers struck the town again.',
        reportedById: null, attribution: 'SOURCE' as const, credibility: 3, note: null,
      }));
      await scratch.api.db.writeTransaction((tx) =>
        writeBundle(tx, { entities: [], sources: urls.map((url) => ({ url, title: 'Daily shelling report', publishedAt: parsePartialDate('2025-03-01'), publisherId: null })), claims }, ACTOR, 'the whole-lists test'),
      );
    }
  }
}, 600_000);
afterAll(() => scratch?.stop());

const FACT = `query($from: ID!, $to: ID!) { relationships(filter: { fromId: $from, toId: $to }) { edges { node { claimCount claims { id } } } } }`;
const BOTH = `query($from: ID!) { relationships(filter: { fromId: $from }, first: 10) { edges { node { claimCount claims { id } } } } }`;

describe('lists returned whole, without first', () => {
  it('returns each fact’s claims whole when the request stays within the budget', async () => {
    for (const town of towns) {
      const { data, errors } = await scratch.api.execute(FACT, { from: shellers, to: town });
      expect(errors).toBeUndefined();
      const [fact] = data!.relationships.edges.map((e: any) => e.node);
      expect(fact.claimCount).toBe(PER_FACT);
      expect(fact.claims).toHaveLength(PER_FACT);
    }
  });

  it('refuses the list that passes the budget, with TOO_MANY_ITEMS and what to ask instead', async () => {
    const { errors } = await scratch.api.execute(BOTH, { from: shellers });
    expect(errors).toHaveLength(1);
    const [error] = errors!;
    expect(error!.extensions).toMatchObject({ code: 'TOO_MANY_ITEMS', limit: MAX_WHOLE_LIST_ITEMS });
    expect(error!.message).toContain('Relationship.claims: expected at most 10,000 items');
    expect(error!.message).toContain('Ask `first` (1 to 100)');
  });

  it('counts nothing against it for a list asked with first', async () => {
    const { data, errors } = await scratch.api.execute(BOTH.replace('claims { id }', 'claims(first: 5) { id }'), { from: shellers });
    expect(errors).toBeUndefined();
    for (const { node } of data!.relationships.edges) expect(node.claims).toHaveLength(5);
  });
});
