import type { ClaimRecord } from '../../src/claim';
import { matchesClaimFilter, type ClaimMatch } from '../../src/subscription';

/** claimAdded's filter, applied to a claim already loaded: the rules of Query.claims' Cypher. */
const claim: ClaimRecord = {
  id: 'c1',
  text: 'The brigade moved to the town.',
  excerpts: [],
  predicate: 'DEPLOYED_TO',
  polarity: 'ASSERTED',
  attribution: 'REPORTER',
  note: null,
  credibility: 2,
  reliability: 'B',
  confidence: 0.675,
  status: 'REPORTED',
  knownAt: '2025-03-02',
  validStart: '2025-01-01',
  validEnd: '2025-01-31',
  unattributedOnly: false,
  quantity: null,
  validFrom: null,
  validTo: null,
  subjectId: 'brigade',
  objectId: 'town',
  reportedById: 'agency',
  intermediaryId: null,
  hedged: false,
  extraction: null,
  sourceId: 'source',
  publisherId: null,
  retraction: null,
  textSpan: null,
  review: { status: 'PENDING', by: null, at: null, reason: null },
  correctsId: null,
  correctedById: null,
  createdAt: null,
  createdBy: null,
};

const match = (filter: Partial<ClaimMatch>, record: ClaimRecord = claim) => matchesClaimFilter(record, { window: null, ...filter });

describe('matchesClaimFilter', () => {
  it('keeps every claim without a filter', () => {
    expect(match({})).toBe(true);
  });

  it('matches an entity at either end, and subject and object each at their own', () => {
    expect(match({ entityId: 'town' })).toBe(true);
    expect(match({ entityId: 'agency' })).toBe(false);
    expect(match({ subjectId: 'brigade', objectId: 'town' })).toBe(true);
    expect(match({ subjectId: 'town' })).toBe(false);
  });

  it('matches the claim fields one by one, all of them together', () => {
    expect(match({ predicates: ['CAPTURED_BY', 'DEPLOYED_TO'], reportedById: 'agency', sourceId: 'source', attribution: 'REPORTER', polarity: 'ASSERTED', statuses: ['REPORTED'] })).toBe(true);
    expect(match({ predicates: ['CAPTURED_BY'] })).toBe(false);
    expect(match({ polarity: 'DENIED' })).toBe(false);
    expect(match({ statuses: ['DISPUTED'] })).toBe(false);
    expect(match({ reviewStatuses: ['PENDING'] })).toBe(true);
    expect(match({ reviewStatuses: ['ACCEPTED'] })).toBe(false);
  });

  it('compares confidence, unattributed-only and knowledge time as the query does', () => {
    expect(match({ minConfidence: 0.675 })).toBe(true);
    expect(match({ minConfidence: 0.7 })).toBe(false);
    expect(match({ minConfidence: 0 }, { ...claim, confidence: null })).toBe(false);
    expect(match({ excludeUnattributedOnly: true }, { ...claim, unattributedOnly: true })).toBe(false);
    expect(match({ knownAfter: '2025-03-01', knownBy: '2025-03-02' })).toBe(true);
    expect(match({ knownAfter: '2025-03-02' })).toBe(false);
    expect(match({ knownBy: '2025-03-01' })).toBe(false);
  });

  it('keeps claims whose valid time overlaps the window, and undated ones only with keepUndated', () => {
    expect(match({ window: { start: '2025-01-31', end: '2025-12-31' } })).toBe(true);
    expect(match({ window: { start: '2025-02-01', end: '2025-12-31' } })).toBe(false);
    const undated = { ...claim, validStart: null, validEnd: null };
    expect(match({ window: { start: '2025-01-01', end: '2025-12-31' } }, undated)).toBe(false);
    expect(match({ window: { start: '2025-01-01', end: '2025-12-31', keepUndated: true } }, undated)).toBe(true);
  });
});
