import { toClaimRecord, type ClaimRecord } from '../../src/claim/model';
import { claimAsOf, claimStatus, summarizeFact, tripleStatusesAsOf } from '../../src/claim/facts';
import { factId } from '../../src/support';

const key = { fromId: 'north-korean-troops', type: 'DEPLOYED_TO', toId: 'russia' };

/** A claim as findClaimsByIds returns it, from its stored properties (by default the article's own voice). */
const claim = (id: string, props: Record<string, unknown> = {}): ClaimRecord =>
  toClaimRecord({
    id,
    text: `claim ${id}`,
    predicate: 'DEPLOYED_TO',
    polarity: 'ASSERTED',
    attribution: 'SOURCE',
    status: 'REPORTED',
    knownAt: '2024-12-27',
    subjectId: 'north-korean-troops',
    objectId: 'russia',
    sourceId: 'source-1',
    publisherId: 'bbc',
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
    const a = summarizeFact(key, [claim('c1', { credibility: 5 })]);
    const b = summarizeFact(key, [claim('c2', { credibility: 1 }), claim('c3')]);
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

  it('counts one origin once, keeping its best claim, and combines independent origins', () => {
    const sameVoice = summarizeFact(key, [
      claim('c1', { credibility: 3, reliability: 'B' }),
      claim('c2', { credibility: 2, reliability: 'B', sourceId: 'source-2' }),
    ]);
    // One publisher (bbc) in two articles: one reporter, best claim 0.75 × 0.9.
    expect(sameVoice).toMatchObject({ corroboration: 1, confidence: 0.675 });
    // Issue 13: this used to count 2 (the article's own voice and the agency it cites, in one
    // source). A source that names a reporter for the statement is not a second origin: 1, 0.54.
    const oneArticle = summarizeFact(key, [
      claim('c1', { credibility: 3, reliability: 'B' }),
      claim('c2', { attribution: 'REPORTER', reportedById: 'agency', credibility: 3, reliability: 'B' }),
    ]);
    expect(oneArticle).toMatchObject({ corroboration: 1, originCount: 1, sourceCount: 1, confidence: 0.54 });
    const twoOrigins = summarizeFact(key, [
      claim('c1', { credibility: 3, reliability: 'B' }),
      claim('c2', { attribution: 'REPORTER', reportedById: 'agency', credibility: 3, reliability: 'B', sourceId: 'source-2', publisherId: 'reuters' }),
    ]);
    // 1 − (1 − 0.54)²
    expect(twoOrigins).toMatchObject({ corroboration: 2, originCount: 2, sourceCount: 2, confidence: 0.7884 });
  });

  it('gives no confidence when no claim can be judged, yet still counts its reporters', () => {
    const fact = summarizeFact(key, [claim('c1', { credibility: 6, reliability: 'A' })]);
    expect(fact).toMatchObject({ confidence: null, corroboration: 1 });
  });

  it('marks a fact that rests only on unattributed claims of one source', () => {
    const rumour = summarizeFact(key, [claim('c1', { attribution: 'UNATTRIBUTED' }), claim('c2', { attribution: 'UNATTRIBUTED' })]);
    expect(rumour?.unattributedOnly).toBe(true);
    const twoSources = summarizeFact(key, [
      claim('c1', { attribution: 'UNATTRIBUTED' }),
      claim('c2', { attribution: 'UNATTRIBUTED', sourceId: 'source-2' }),
    ]);
    expect(twoSources?.unattributedOnly).toBe(false);
    expect(summarizeFact(key, [claim('c1', { attribution: 'UNATTRIBUTED' }), claim('c2')])?.unattributedOnly).toBe(false);
  });

  it('keeps when each claim became known, parallel to the claim ids', () => {
    const fact = summarizeFact(key, [claim('c2', { knownAt: '2025-01-10' }), claim('c1', { knownAt: '2024-12-27' })]);
    expect(fact).toMatchObject({ claimIds: ['c1', 'c2'], claimKnownAt: ['2024-12-27', '2025-01-10'] });
  });

  it('gives the days its valid time can cover, open-ended without an end', () => {
    const fact = summarizeFact(key, [claim('c1', { validFrom: '2024-12', validFromPrecision: 'MONTH' })]);
    expect(fact).toMatchObject({ validStart: '2024-12-01', validEnd: '9999-12-31' });
  });

  it('lists the claim ids sorted, and counts them', () => {
    const fact = summarizeFact(key, [claim('c3'), claim('c1'), claim('c2')]);
    expect(fact).toMatchObject({ claimIds: ['c1', 'c2', 'c3'], claimCount: 3 });
  });

  it('gives nulls for what no claim says', () => {
    expect(summarizeFact(key, [claim('c1')])).toEqual({
      id: factId(key.fromId, key.type, key.toId),
      claimIds: ['c1'],
      claimKnownAt: ['2024-12-27'],
      claimCount: 1,
      corroboration: 1,
      originKeys: ['entity:bbc'],
      originScores: [0],
      originCount: 1,
      sourceCount: 1,
      pendingOnly: false,
      unattributedOnly: false,
      disputed: false,
      deniedClaimCount: 0,
      confidence: null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      validStart: null,
      validEnd: null,
      quantityValue: null,
      quantityUpper: null,
      quantityUnit: null,
      quantityQualifier: null,
      quantityDates: null,
      openStartDates: null,
    });
  });

  it('marks a fact pendingOnly when every claim awaits review, and not when one is accepted', () => {
    const pending = { reviewStatus: 'PENDING' };
    expect(summarizeFact(key, [claim('c1', pending), claim('c2', pending)])?.pendingOnly).toBe(true);
    expect(summarizeFact(key, [claim('c1', pending), claim('c2')])?.pendingOnly).toBe(false);
  });

  it('gives the same summary whatever order the claims come in', () => {
    const claims = [
      claim('c1', { validFrom: '2024-12', validFromPrecision: 'MONTH', credibility: 3, quantityValue: 10, quantityQualifier: 'EXACTLY' }),
      claim('c2', { validFrom: '2024-11-05', validFromPrecision: 'DAY', validTo: '2025-01', validToPrecision: 'MONTH', credibility: 2 }),
      claim('c3', { validTo: '2025-02-01', validToPrecision: 'DAY', quantityValue: 20, quantityUnit: 'troops', quantityQualifier: 'AT_LEAST' }),
    ];
    expect(summarizeFact(key, [...claims].reverse())).toEqual(summarizeFact(key, claims));
  });
});

describe('claimStatus', () => {
  const fact = (corroboration: number) => ({ ...summarizeFact(key, [claim('c1')])!, corroboration });

  it('says DISPUTED before anything else, and never touches a retraction', () => {
    expect(claimStatus(claim('c1'), new Set(['c1']), fact(3))).toBe('DISPUTED');
    expect(claimStatus(claim('c1', { status: 'RETRACTED' }), new Set(['c1']), fact(3))).toBe('RETRACTED');
  });

  it('says CORROBORATED when another independent origin supports the same fact', () => {
    expect(claimStatus(claim('c1'), new Set(), fact(2))).toBe('CORROBORATED');
    expect(claimStatus(claim('c1'), new Set(), fact(1))).toBe('REPORTED');
    expect(claimStatus(claim('c1', { polarity: 'DENIED' }), new Set(), fact(2))).toBe('REPORTED');
  });
});

describe('claimAsOf', () => {
  // Two independent origins today (an agency, then an outlet's own voice a month later), disagreeing on the figure later still.
  const agency = claim('a', { attribution: 'REPORTER', reportedById: 'agency', knownAt: '2024-11-05', sourceId: 's1', quantityValue: 3000, quantityQualifier: 'APPROXIMATELY' });
  const outlet = claim('b', { knownAt: '2024-12-20', sourceId: 's2', publisherId: 'daily', quantityValue: 3000, quantityQualifier: 'APPROXIMATELY' });
  const later = claim('c', { knownAt: '2025-01-15', sourceId: 's3', publisherId: 'times', quantityValue: 8000, quantityQualifier: 'EXACTLY' });
  const triple = [agency, outlet, later];

  it('derives the status from the claims of the triple known at the date', () => {
    expect(claimAsOf(agency, tripleStatusesAsOf(triple, '2024-11-30')).status).toBe('REPORTED');
    expect(claimAsOf(agency, tripleStatusesAsOf(triple, '2024-12-31')).status).toBe('CORROBORATED');
    expect(claimAsOf(agency, tripleStatusesAsOf(triple, '2025-01-31')).status).toBe('DISPUTED');
  });

  it('keeps what is stored for a claim outside the triple (retracted or rejected)', () => {
    const retracted = claim('r', { status: 'RETRACTED' });
    expect(claimAsOf(retracted, tripleStatusesAsOf(triple, '2024-12-31'))).toEqual({ status: 'RETRACTED', unattributedOnly: false });
  });
});
