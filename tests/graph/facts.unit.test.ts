import { summarizeFact, type FactKey } from '../../src/graph/facts';
import { factId } from '../../src/support';

const key: FactKey = { fromId: 'north-korean-troops', type: 'DEPLOYED_TO', toId: 'russia' };

/** A claim row as findSupportingClaims returns it: the claim's stored properties. */
const claim = (id: string, props: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  predicate: 'DEPLOYED_TO',
  polarity: 'ASSERTED',
  ...props,
});

describe('summarizeFact', () => {
  it('gives null when no claim supports the fact, so the fact is removed', () => {
    expect(summarizeFact(key, [])).toBeNull();
  });

  it('gets the deterministic id of its (from, type, to) triple', () => {
    const fact = summarizeFact(key, [claim('c1')]);
    expect(fact?.id).toBe(factId('north-korean-troops', 'DEPLOYED_TO', 'russia'));
  });

  it('keeps the same id whatever the claims say', () => {
    const a = summarizeFact(key, [claim('c1', { confidence: 0.2 })]);
    const b = summarizeFact(key, [claim('c2', { confidence: 0.9 }), claim('c3')]);
    expect(a?.id).toBe(b?.id);
  });

  it('takes the earliest start across claims of mixed precision', () => {
    const fact = summarizeFact(key, [
      claim('c1', { validFrom: '2024-12', validFromPrecision: 'MONTH' }),
      claim('c2', { validFrom: '2024-11-05', validFromPrecision: 'DAY' }),
      claim('c3', { validFrom: '2025', validFromPrecision: 'YEAR' }),
    ]);
    expect(fact).toMatchObject({ validFrom: '2024-11-05', validFromPrecision: 'DAY' });
  });

  it('prefers a month over a day within it as the earlier start', () => {
    const fact = summarizeFact(key, [
      claim('c1', { validFrom: '2024-12-27', validFromPrecision: 'DAY' }),
      claim('c2', { validFrom: '2024-12', validFromPrecision: 'MONTH' }),
    ]);
    expect(fact).toMatchObject({ validFrom: '2024-12', validFromPrecision: 'MONTH' });
  });

  it('takes the latest end across claims', () => {
    const fact = summarizeFact(key, [
      claim('c1', { validTo: '2025-01-15', validToPrecision: 'DAY' }),
      claim('c2', { validTo: '2025-03', validToPrecision: 'MONTH' }),
      claim('c3', { validTo: '2024', validToPrecision: 'YEAR' }),
    ]);
    expect(fact).toMatchObject({ validTo: '2025-03', validToPrecision: 'MONTH' });
  });

  it('infers the precision of a date stored without one', () => {
    const fact = summarizeFact(key, [claim('c1', { validFrom: '2024-12' })]);
    expect(fact).toMatchObject({ validFrom: '2024-12', validFromPrecision: 'MONTH' });
  });

  it('ignores claims without dates when others have them', () => {
    const fact = summarizeFact(key, [claim('c1'), claim('c2', { validFrom: '2024-12', validFromPrecision: 'MONTH' })]);
    expect(fact).toMatchObject({ validFrom: '2024-12', validTo: null, validToPrecision: null });
  });

  it('takes the largest quantity with its own qualifier and unit', () => {
    const fact = summarizeFact(key, [
      claim('c1', { quantityValue: 3000, quantityUnit: 'casualties', quantityQualifier: 'EXACTLY' }),
      claim('c2', { quantityValue: 10000, quantityUnit: 'soldiers', quantityQualifier: 'AT_LEAST' }),
      claim('c3', { quantityValue: 8000, quantityUnit: 'troops', quantityQualifier: 'APPROXIMATELY' }),
      claim('c4'),
    ]);
    expect(fact).toMatchObject({ quantityValue: 10000, quantityUnit: 'soldiers', quantityQualifier: 'AT_LEAST' });
  });

  it('keeps a quantity without unit', () => {
    const fact = summarizeFact(key, [claim('c1', { quantityValue: 5, quantityQualifier: 'AT_MOST' })]);
    expect(fact).toMatchObject({ quantityValue: 5, quantityUnit: null, quantityQualifier: 'AT_MOST' });
  });

  it('takes the best confidence of any claim', () => {
    const fact = summarizeFact(key, [
      claim('c1', { confidence: 0.4 }),
      claim('c2', { confidence: 0.85 }),
      claim('c3', { confidence: null }),
      claim('c4', { confidence: 0.6 }),
    ]);
    expect(fact?.confidence).toBe(0.85);
  });

  it('lists the claim ids sorted, and counts them', () => {
    const fact = summarizeFact(key, [claim('c3'), claim('c1'), claim('c2')]);
    expect(fact).toMatchObject({ claimIds: ['c1', 'c2', 'c3'], claimCount: 3 });
  });

  it('gives nulls for what no claim says', () => {
    expect(summarizeFact(key, [claim('c1')])).toEqual({
      id: factId(key.fromId, key.type, key.toId),
      claimIds: ['c1'],
      claimCount: 1,
      confidence: null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      quantityValue: null,
      quantityUnit: null,
      quantityQualifier: null,
    });
  });

  it('gives the same summary whatever order the claims come in', () => {
    const claims = [
      claim('c1', { validFrom: '2024-12', validFromPrecision: 'MONTH', confidence: 0.5, quantityValue: 10, quantityQualifier: 'EXACTLY' }),
      claim('c2', { validFrom: '2024-11-05', validFromPrecision: 'DAY', validTo: '2025-01', validToPrecision: 'MONTH', confidence: 0.7 }),
      claim('c3', { validTo: '2025-02-01', validToPrecision: 'DAY', quantityValue: 20, quantityUnit: 'troops', quantityQualifier: 'AT_LEAST' }),
    ];
    expect(summarizeFact(key, [...claims].reverse())).toEqual(summarizeFact(key, claims));
  });
});
