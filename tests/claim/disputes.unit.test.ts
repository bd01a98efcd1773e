import { findDisputes, range, sampleOfDispute } from '../../src/claim/disputes';
import { toClaimRecord, type ClaimRecord, type QuantityRecord } from '../../src/claim/model';
import { disputeId } from '../../src/support/ids';

/** A claim from its stored properties: by default an asserted DEPLOYED_TO in the source's own voice. */
const claim = (id: string, props: Record<string, unknown> = {}): ClaimRecord =>
  toClaimRecord({
    id,
    text: 't',
    predicate: 'DEPLOYED_TO',
    polarity: 'ASSERTED',
    attribution: 'SOURCE',
    status: 'REPORTED',
    knownAt: '2024-12-27',
    subjectId: 's',
    objectId: 'o',
    sourceId: 'src',
    ...props,
  });

/** A claim giving a number of troops, e.g. "at least 10,000 troops". */
const counting = (id: string, qualifier: QuantityRecord['qualifier'], value: number, props: Record<string, unknown> = {}) =>
  claim(id, { quantityValue: value, quantityQualifier: qualifier, quantityUnit: 'troops', ...props });

/** A claim giving a start time, e.g. "since 2024-12" (precision inferred from the form). */
const since = (id: string, validFrom: string, props: Record<string, unknown> = {}) => claim(id, { validFrom, ...props });

const quantity = (qualifier: QuantityRecord['qualifier'], value: number): QuantityRecord => ({ value, unit: 'troops', qualifier });

describe('findDisputes', () => {
  it('finds nothing among no claims', () => {
    expect(findDisputes([])).toEqual([]);
  });

  it('finds nothing in a single claim', () => {
    expect(findDisputes([counting('c1', 'AT_LEAST', 10000, { validFrom: '2024-12' })])).toEqual([]);
  });

  describe('polarity', () => {
    it('makes one POLARITY dispute holding every assertion and every denial', () => {
      const disputes = findDisputes([claim('a1'), claim('d1', { polarity: 'DENIED' }), claim('a2')]);

      expect(disputes).toEqual([
        {
          id: disputeId('POLARITY', ['a1', 'a2', 'd1']),
          kind: 'POLARITY',
          reason: 'DEPLOYED_TO is asserted by 2 claims and denied by 1 claim',
          claimIds: ['a1', 'a2', 'd1'],
          sides: [['a1', 'a2'], ['d1']],
        },
      ]);
    });

    it('finds no polarity dispute when every claim asserts', () => {
      expect(findDisputes([claim('a1'), claim('a2')])).toEqual([]);
    });

    it('finds no polarity dispute when every claim denies', () => {
      expect(findDisputes([claim('d1', { polarity: 'DENIED' }), claim('d2', { polarity: 'DENIED' })])).toEqual([]);
    });
  });

  describe('quantity', () => {
    it('disputes "at least 10,000" against "exactly 8,000", saying why in words', () => {
      const disputes = findDisputes([counting('c1', 'AT_LEAST', 10000), counting('c2', 'EXACTLY', 8000)]);

      expect(disputes).toEqual([
        {
          id: disputeId('QUANTITY', ['c1', 'c2']),
          kind: 'QUANTITY',
          reason: 'incompatible quantities for DEPLOYED_TO: at least 10,000 troops against exactly 8,000 troops',
          claimIds: ['c1', 'c2'],
          sides: [['c1'], ['c2']],
        },
      ]);
    });

    it('describes the quantities in the same order whatever order the claims come in', () => {
      const disputes = findDisputes([counting('c2', 'EXACTLY', 8000), counting('c1', 'AT_LEAST', 10000)]);

      expect(disputes.map((d) => d.reason)).toEqual([
        'incompatible quantities for DEPLOYED_TO: at least 10,000 troops against exactly 8,000 troops',
      ]);
    });

    it('disputes "about 3,000" against "exactly 3,400", more than 10 % away', () => {
      const disputes = findDisputes([counting('c1', 'APPROXIMATELY', 3000), counting('c2', 'EXACTLY', 3400)]);

      expect(disputes.map((d) => d.reason)).toEqual([
        'incompatible quantities for DEPLOYED_TO: about 3,000 troops against exactly 3,400 troops',
      ]);
    });

    it('leaves the unit out of the reason when the quantity has none', () => {
      const disputes = findDisputes([
        counting('c1', 'AT_MOST', 100, { quantityUnit: null }),
        counting('c2', 'EXACTLY', 250, { quantityUnit: null }),
      ]);

      expect(disputes.map((d) => d.reason)).toEqual(['incompatible quantities for DEPLOYED_TO: at most 100 against exactly 250']);
    });

    it.each<[string, QuantityRecord['qualifier'], number, QuantityRecord['qualifier'], number]>([
      ['"at least 10,000" and "exactly 11,000"', 'AT_LEAST', 10000, 'EXACTLY', 11000],
      ['"about 3,000" and "exactly 3,200" (within 10 %)', 'APPROXIMATELY', 3000, 'EXACTLY', 3200],
      ['"at most 5,000" and "at least 4,000"', 'AT_MOST', 5000, 'AT_LEAST', 4000],
      ['"exactly 8,000" and "exactly 8,000"', 'EXACTLY', 8000, 'EXACTLY', 8000],
      ['"at least 10,000" and "at least 12,000"', 'AT_LEAST', 10000, 'AT_LEAST', 12000],
    ])('finds %s compatible', (_what, qa, va, qb, vb) => {
      expect(findDisputes([counting('c1', qa, va), counting('c2', qb, vb)])).toEqual([]);
    });

    it('puts every claim giving the same quantity into the one dispute', () => {
      const disputes = findDisputes([
        counting('c1', 'AT_LEAST', 10000),
        counting('c2', 'AT_LEAST', 10000),
        counting('c3', 'EXACTLY', 8000),
      ]);

      expect(disputes).toHaveLength(1);
      expect(disputes[0]?.claimIds).toEqual(['c1', 'c2', 'c3']);
    });

    it('does not compare the quantities of denied claims', () => {
      const disputes = findDisputes([
        counting('d1', 'AT_LEAST', 10000, { polarity: 'DENIED' }),
        counting('d2', 'EXACTLY', 8000, { polarity: 'DENIED' }),
      ]);

      expect(disputes).toEqual([]);
    });

    it('gives only the polarity dispute when the denial carries a quantity the assertion contradicts', () => {
      const disputes = findDisputes([
        counting('a1', 'AT_LEAST', 10000),
        counting('d1', 'EXACTLY', 8000, { polarity: 'DENIED' }),
      ]);

      expect(disputes.map((d) => d.kind)).toEqual(['POLARITY']);
    });

    it('ignores claims that give no quantity', () => {
      expect(findDisputes([counting('c1', 'EXACTLY', 8000), claim('c2')])).toEqual([]);
    });
  });

  describe('time', () => {
    it('makes ONE TIME dispute of three claims "since 2024-10" against two "since 2024-12"', () => {
      const disputes = findDisputes([
        since('oct1', '2024-10'),
        since('dec1', '2024-12'),
        since('oct2', '2024-10'),
        since('dec2', '2024-12'),
        since('oct3', '2024-10'),
      ]);

      expect(disputes).toEqual([
        {
          id: disputeId('TIME', ['dec1', 'dec2', 'oct1', 'oct2', 'oct3']),
          kind: 'TIME',
          reason: 'incompatible start times for DEPLOYED_TO: 2024-10 against 2024-12',
          claimIds: ['dec1', 'dec2', 'oct1', 'oct2', 'oct3'],
          sides: [['oct1', 'oct2', 'oct3'], ['dec1', 'dec2']],
        },
      ]);
    });

    it('finds "since 2024-12" and "since 2024-12-15" overlapping, read each at its own precision', () => {
      expect(findDisputes([since('c1', '2024-12'), since('c2', '2024-12-15')])).toEqual([]);
    });

    it('finds "since 2024" and "since 2024-12" overlapping', () => {
      expect(findDisputes([since('c1', '2024'), since('c2', '2024-12')])).toEqual([]);
    });

    it('disputes "since 2024-11-30" against "since 2024-12"', () => {
      expect(findDisputes([since('c1', '2024-11-30'), since('c2', '2024-12')]).map((d) => d.kind)).toEqual(['TIME']);
    });

    it('does not compare the start times of denied claims', () => {
      const disputes = findDisputes([
        since('d1', '2024-10', { polarity: 'DENIED' }),
        since('d2', '2024-12', { polarity: 'DENIED' }),
      ]);

      expect(disputes).toEqual([]);
    });
    it('does not compare a start with a state bounded to a period (a feed record of one day)', () => {
      const disputes = findDisputes([
        since('open', '2024-10'),
        since('day1', '2025-03-10', { validTo: '2025-03-10' }),
        since('day2', '2025-03-11', { validTo: '2025-03-11' }),
      ]);

      expect(disputes).toEqual([]);
    });
  });

  describe('events (a type whose timing is EVENT: claims on different days are different occurrences)', () => {
    /** An asserted ATTACKED claim on a date ('' for none). */
    const attack = (id: string, date: string, props: Record<string, unknown> = {}) =>
      claim(id, { predicate: 'ATTACKED', ...(date ? { validFrom: date } : {}), ...props });
    const killed = (id: string, date: string, qualifier: QuantityRecord['qualifier'], value: number) =>
      counting(id, qualifier, value, { predicate: 'KILLED_IN', validFrom: date, quantityUnit: 'people' });

    it('finds no dispute between attacks on different days', () => {
      expect(findDisputes([attack('a1', '2025-03-10'), attack('a2', '2025-03-11'), attack('a3', '2025-04')])).toEqual([]);
    });

    it('disputes a denial of the attack on the day it is asserted, naming the day', () => {
      const disputes = findDisputes([
        attack('a1', '2025-03-10'),
        attack('d1', '2025-03-10', { polarity: 'DENIED' }),
        attack('a2', '2025-03-11'),
      ]);

      expect(disputes).toEqual([
        {
          id: disputeId('POLARITY', ['a1', 'd1']),
          kind: 'POLARITY',
          reason: 'ATTACKED is asserted by 1 claim and denied by 1 claim (on 2025-03-10)',
          claimIds: ['a1', 'd1'],
          sides: [['a1'], ['d1']],
        },
      ]);
    });

    it('compares a claim with the coarser dates that contain it, and an undated one with every date', () => {
      const disputes = findDisputes([
        attack('a1', '2025-03-10'),
        attack('a2', '2025-05-02'),
        attack('dMarch', '2025-03', { polarity: 'DENIED' }),
        attack('dUndated', '', { polarity: 'DENIED' }),
      ]);

      expect(disputes.map((d) => [d.kind, d.claimIds])).toEqual([
        ['POLARITY', ['a1', 'dMarch']],
        ['POLARITY', ['a1', 'dUndated']],
        ['POLARITY', ['a2', 'dUndated']],
      ]);
      expect(disputes[0]?.reason).toBe('ATTACKED is asserted by 1 claim and denied by 1 claim (on 2025-03-10 and 2025-03)');
    });

    it('disputes casualty figures of one day, not figures of different days', () => {
      const disputes = findDisputes([
        killed('k1', '2025-03-10', 'EXACTLY', 3),
        killed('k2', '2025-03-10', 'EXACTLY', 12),
        killed('k3', '2025-03-11', 'EXACTLY', 40),
      ]);

      expect(disputes).toEqual([
        {
          id: disputeId('QUANTITY', ['k1', 'k2']),
          kind: 'QUANTITY',
          reason: 'incompatible quantities for KILLED_IN: exactly 12 people against exactly 3 people (on 2025-03-10)',
          claimIds: ['k1', 'k2'],
          sides: [['k2'], ['k1']],
        },
      ]);
    });

    it('compares an undated figure with the dated ones', () => {
      const disputes = findDisputes([killed('k1', '2025-03-10', 'EXACTLY', 3), counting('k0', 'AT_LEAST', 10, { predicate: 'KILLED_IN', quantityUnit: 'people' })]);

      expect(disputes.map((d) => [d.kind, d.claimIds])).toEqual([['QUANTITY', ['k0', 'k1']]]);
    });

    it('gives no TIME dispute, and stays cheap, for a triple reported on a thousand days', () => {
      const day = (i: number) => new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const claims = Array.from({ length: 20_000 }, (_, i) => attack(`c${String(i).padStart(5, '0')}`, day(i % 1000)));

      // Before the rule, these made 499,500 TIME disputes of 40 claims each: the heap ran out.
      expect(findDisputes(claims)).toEqual([]);
    });
  });

  describe('retracted claims', () => {
    it('ignores a retracted denial', () => {
      expect(findDisputes([claim('a1'), claim('d1', { polarity: 'DENIED', status: 'RETRACTED' })])).toEqual([]);
    });

    it('ignores a retracted quantity', () => {
      const disputes = findDisputes([
        counting('c1', 'AT_LEAST', 10000),
        counting('c2', 'EXACTLY', 8000, { status: 'RETRACTED' }),
      ]);

      expect(disputes).toEqual([]);
    });

    it('ignores a retracted start time', () => {
      expect(findDisputes([since('c1', '2024-10'), since('c2', '2024-12', { status: 'RETRACTED' })])).toEqual([]);
    });

    it('leaves retracted claims out of a dispute the others still make', () => {
      const disputes = findDisputes([
        claim('a1'),
        claim('a2', { status: 'RETRACTED' }),
        claim('d1', { polarity: 'DENIED' }),
      ]);

      expect(disputes.map((d) => d.claimIds)).toEqual([['a1', 'd1']]);
      expect(disputes[0]?.reason).toBe('DEPLOYED_TO is asserted by 1 claim and denied by 1 claim');
    });
  });

  it('reports polarity, quantity and time disputes of one triple together', () => {
    const disputes = findDisputes([
      counting('a1', 'AT_LEAST', 10000, { validFrom: '2024-10' }),
      counting('a2', 'EXACTLY', 8000, { validFrom: '2024-12' }),
      claim('d1', { polarity: 'DENIED' }),
    ]);

    expect(disputes.map((d) => [d.kind, d.claimIds])).toEqual([
      ['POLARITY', ['a1', 'a2', 'd1']],
      ['QUANTITY', ['a1', 'a2']],
      ['TIME', ['a1', 'a2']],
    ]);
  });

  describe('dispute ids', () => {
    const claims = [
      counting('c3', 'EXACTLY', 8000),
      counting('c1', 'AT_LEAST', 10000),
      counting('c2', 'AT_LEAST', 10000),
    ];

    it('gives the same dispute the same id whatever order the claims come in', () => {
      const forward = findDisputes(claims);
      const backward = findDisputes([...claims].reverse());

      expect(forward).toHaveLength(1);
      expect(backward).toEqual(forward);
    });

    it('derives the id from the kind and the sorted claim ids', () => {
      const [dispute] = findDisputes(claims);

      expect(dispute?.claimIds).toEqual(['c1', 'c2', 'c3']);
      expect(dispute?.id).toBe(disputeId('QUANTITY', ['c3', 'c2', 'c1']));
    });

    it('gives disputes of different kinds over the same claims different ids', () => {
      const disputes = findDisputes([
        counting('a1', 'AT_LEAST', 10000, { validFrom: '2024-10' }),
        counting('a2', 'EXACTLY', 8000, { validFrom: '2024-12' }),
      ]);

      expect(disputes.map((d) => d.kind)).toEqual(['QUANTITY', 'TIME']);
      expect(disputes[0]?.id).not.toBe(disputes[1]?.id);
    });
  });
});

describe('range', () => {
  it('reads EXACTLY v as [v, v]', () => {
    expect(range(quantity('EXACTLY', 8000))).toEqual([8000, 8000]);
  });

  it('reads AT_LEAST v as [v, ∞)', () => {
    expect(range(quantity('AT_LEAST', 10000))).toEqual([10000, Infinity]);
  });

  it('reads AT_MOST v as [0, v]', () => {
    expect(range(quantity('AT_MOST', 5000))).toEqual([0, 5000]);
  });

  it('reads APPROXIMATELY v as v ± 10 %', () => {
    const [low, high] = range(quantity('APPROXIMATELY', 3000));

    expect(low).toBeCloseTo(2700, 9);
    expect(high).toBeCloseTo(3300, 9);
  });
});

describe('sampleOfDispute', () => {
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

  it('keeps a denial among a thousand assertions, taking from each side in turn, in id order', () => {
    // The denial's id sorts last: a plain first-n of the dispute's ids would leave it out.
    const [dispute] = findDisputes([...ids(1000, 'a').map((id) => claim(id)), claim('z-denial', { polarity: 'DENIED' })]);
    expect(dispute?.claimIds).toHaveLength(1001);
    expect(dispute?.sides.map((side) => side.length)).toEqual([1000, 1]);
    expect(sampleOfDispute(dispute!, 5)).toEqual(['a0000', 'a0001', 'a0002', 'a0003', 'z-denial']);
    expect(sampleOfDispute(dispute!, 1)).toEqual(['a0000']);
  });

  it('takes each value of a quantity dispute, and every claim when asked for as many', () => {
    const [dispute] = findDisputes([...ids(3, 'b').map((id) => counting(id, 'EXACTLY', 3000)), ...ids(3, 'c').map((id) => counting(id, 'AT_LEAST', 10000))]);
    expect(dispute?.kind).toBe('QUANTITY');
    expect(sampleOfDispute(dispute!, 2)).toEqual(['b0000', 'c0000']);
    expect(sampleOfDispute(dispute!, 4)).toEqual(['b0000', 'b0001', 'c0000', 'c0001']);
    expect(sampleOfDispute(dispute!, 6)).toEqual(dispute?.claimIds);
    expect(sampleOfDispute(dispute!, 100)).toEqual(dispute?.claimIds);
  });
});
