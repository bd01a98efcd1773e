import { appendToFact } from '../../src/claim/appendToFact';
import { deriveFact, withoutNulls, type FactKey } from '../../src/claim/facts';
import { toClaimRecord, type ClaimRecord } from '../../src/claim/model';
import type { RelationshipType } from '../../src/generated/types';

/**
 * appendToFact must give what a rebuild from all the claims gives, or nothing. Random triples (a
 * seeded generator, so a failure repeats) are split into the claims stored before and those a write
 * adds, from sources of their own as the caller guarantees; wherever appendToFact answers, its fact
 * and the added claims' statuses equal deriveFact over all of them, and the stored claims' statuses
 * do not move.
 */

/** mulberry32: small, seeded, good enough to spread test cases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const chance = (p: number) => next() < p;

const DATES = ['2024', '2024-11', '2024-12', '2024-12-01', '2024-12-27', '2025-01-03', '2025-01'];
const precisionOf = (iso: string) => (iso.length === 4 ? 'YEAR' : iso.length === 7 ? 'MONTH' : 'DAY');

let serial = 0;

/** One claim of the triple, with provenance and time drawn from small pools so that origins and dates collide. */
function randomClaim(key: FactKey, sources: readonly string[], options: { denials: boolean; quantities: boolean }): ClaimRecord {
  serial += 1;
  const sourceId = pick(sources);
  const attribution = pick(['SOURCE', 'SOURCE', 'REPORTER', 'UNATTRIBUTED'] as const);
  const from = chance(0.7) ? pick(DATES) : null;
  const to = chance(0.5) ? (from ?? pick(DATES)) : null;
  const quantity = options.quantities && chance(0.3);
  return toClaimRecord({
    // Not in creation order, as UUIDs are not.
    id: `${Math.floor(next() * 0xffffff).toString(16).padStart(6, '0')}-${serial}`,
    text: 'a claim',
    predicate: key.type,
    polarity: options.denials && chance(0.15) ? 'DENIED' : 'ASSERTED',
    attribution,
    reportedById: attribution === 'REPORTER' ? pick(['agency-a', 'agency-b', 'agency-c']) : null,
    credibility: pick([1, 2, 3, 4, 5, 6]),
    reliability: pick(['A', 'B', 'C', 'D', 'E', 'F']),
    status: 'REPORTED',
    unattributedOnly: attribution === 'UNATTRIBUTED',
    reviewStatus: chance(0.3) ? 'PENDING' : 'ACCEPTED',
    knownAt: pick(['2024-12-01', '2024-12-27', '2025-01-04']),
    subjectId: key.fromId,
    objectId: key.toId,
    sourceId,
    // A source's publisher is the same wherever it appears.
    publisherId: sourceId.endsWith('0') ? null : `outlet-${sourceId.length % 3}`,
    validFrom: from,
    validFromPrecision: from ? precisionOf(from) : null,
    validTo: to,
    validToPrecision: to ? precisionOf(to) : null,
    quantityValue: quantity ? pick([3, 10, 12, 40]) : null,
    quantityQualifier: quantity ? pick(['EXACTLY', 'AT_LEAST', 'APPROXIMATELY']) : null,
  });
}

/** The fact as Neo4j stores it: no null properties. */
const asStored = (claims: readonly ClaimRecord[], key: FactKey) => withoutNulls(deriveFact(key, claims).fact as object) as Record<string, unknown>;

describe('appendToFact', () => {
  const keys: Array<FactKey & { toId: string }> = [
    { fromId: 'attackers', type: 'ATTACKED' as RelationshipType, toId: 'defenders' },
    { fromId: 'troops', type: 'DEPLOYED_TO' as RelationshipType, toId: 'kursk' },
  ];

  it('equals a rebuild from all the claims wherever it answers, over 3,000 random writes', () => {
    let answered = 0;
    let declined = 0;
    let movedStored = 0;
    for (let trial = 0; trial < 3_000; trial++) {
      const key = pick(keys);
      const storedSources = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, i) => `s${trial}-${i}`);
      const addedSources = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, i) => `n${trial}-${i}`);
      const denials = chance(0.2);
      const before = Array.from({ length: 1 + Math.floor(next() * 6) }, () => randomClaim(key, storedSources, { denials, quantities: true }));
      const asserted = before.filter((c) => c.polarity === 'ASSERTED');
      if (asserted.length === 0) continue; // no fact to append to
      const added = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        randomClaim(key, addedSources, { denials: chance(0.1), quantities: chance(0.2) }),
      );

      const result = appendToFact(key, asStored(before, key), added);
      if (result === null) {
        declined += 1;
        continue;
      }
      answered += 1;
      const expected = deriveFact(key, [...before, ...added]);
      expect(withoutNulls(result.fact)).toEqual(withoutNulls(expected.fact as object));
      const expectedStatus = new Map(expected.claimStatuses.map((s) => [s.id, s]));
      for (const s of result.claimStatuses) expect(s).toEqual(expectedStatus.get(s.id));
      // The stored claims move as storedStatuses says, and the others keep their statuses.
      const moved = new Map(result.storedStatuses.map((s) => [s.id, s]));
      if (moved.size > 0) movedStored += 1;
      for (const s of deriveFact(key, before).claimStatuses) expect(expectedStatus.get(s.id)).toEqual(moved.get(s.id) ?? s);
    }
    // Both paths are taken often, so neither half of the test is empty.
    expect(answered).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(300);
    expect(movedStored).toBeGreaterThan(30);
  });

  const key = keys[0] as FactKey & { toId: string };
  const base = (id: string, props: Record<string, unknown> = {}) =>
    toClaimRecord({
      id, text: 'x', predicate: 'ATTACKED', polarity: 'ASSERTED', attribution: 'SOURCE', credibility: 3, reliability: 'C',
      status: 'REPORTED', knownAt: '2025-01-01', subjectId: key.fromId, objectId: key.toId, sourceId: `source-${id}`, publisherId: `outlet-${id}`,
      validFrom: '2025-01-01', validFromPrecision: 'DAY', validTo: '2025-01-01', validToPrecision: 'DAY', ...props,
    });
  const twoOutlets = [base('a'), base('b')];

  it('appends a day of reports from new outlets to a corroborated fact', () => {
    const added = [base('c', { validFrom: '2025-01-02', validTo: '2025-01-02' }), base('0', { knownAt: '2025-01-02' })];
    const result = appendToFact(key, asStored(twoOutlets, key), added);
    expect(result?.fact).toMatchObject({
      claimIds: ['0', 'a', 'b', 'c'],
      claimKnownAt: ['2025-01-02', '2025-01-01', '2025-01-01', '2025-01-01'],
      originKeys: ['entity:outlet-0', 'entity:outlet-a', 'entity:outlet-b', 'entity:outlet-c'],
      sourceCount: 4,
      validFrom: '2025-01-01',
      validTo: '2025-01-02',
    });
    expect(result?.claimStatuses.map((s) => s.status)).toEqual(['CORROBORATED', 'CORROBORATED']);
  });

  it('declines what could move more than the fact', () => {
    const stored = asStored(twoOutlets, key);
    const decline = (added: ClaimRecord[], storedFact = stored) => expect(appendToFact(key, storedFact, added)).toBeNull();
    decline([base('c', { polarity: 'DENIED' })]);
    // A figure of a day that has one stored disputes it, or not, depending on the other's value: the claims are needed.
    const withFigure = asStored([...twoOutlets, base('f', { quantityValue: 5, quantityQualifier: 'EXACTLY' })], key);
    decline([base('c', { quantityValue: 9, quantityQualifier: 'EXACTLY' })], withFigure);
    decline([base('c', { quantityValue: 9, quantityQualifier: 'EXACTLY', validFrom: '2025-01', validFromPrecision: 'MONTH', validTo: null })], withFigure);
    // Two added figures of one day that dispute each other.
    const day2 = { validFrom: '2025-01-02', validTo: '2025-01-02' };
    decline([base('c', { quantityValue: 3, quantityQualifier: 'EXACTLY', ...day2 }), base('d', { quantityValue: 30, quantityQualifier: 'EXACTLY', ...day2 })], withFigure);
    // As large as the stored figure, and not the same figure.
    decline([base('c', { quantityValue: 5, quantityQualifier: 'AT_LEAST', ...day2 })], withFigure);
    decline([base('c', { reviewStatus: 'REJECTED' })]);
    // The stored claims include a denial (of another day, so no dispute yet): an assertion of that day would join one.
    decline([base('c')], asStored([...twoOutlets, base('d', { polarity: 'DENIED', validFrom: '2025-02-01', validTo: '2025-02-01' })], key));
    // One origin so far, and a dispute: a second origin makes the stored claims CORROBORATED, but not the disputed ones.
    const figures = [base('a', { quantityValue: 3, quantityQualifier: 'EXACTLY' }), base('b', { sourceId: 'source-a', quantityValue: 9, quantityQualifier: 'EXACTLY' })];
    decline([base('c')], asStored(figures, key));
    // A fact written before appending existed.
    const { originScores: _scores, deniedClaimCount: _denied, ...older } = stored;
    decline([base('c')], older);
    // The same start at another precision: the rebuild breaks the tie by claim id.
    decline([base('0', { validFrom: '2025-01-01', validFromPrecision: 'MONTH', validTo: null, validToPrecision: null })]);
    // A claim already counted is not an append.
    decline([base('a')]);
  });

  it("appends an event's figure of another day, and keeps the larger", () => {
    const withFigure = asStored([...twoOutlets, base('f', { quantityValue: 5, quantityQualifier: 'EXACTLY' })], key);
    const figure = (value: number) => base('c', { quantityValue: value, quantityQualifier: 'AT_LEAST', validFrom: '2025-01-02', validTo: '2025-01-02' });
    expect(appendToFact(key, withFigure, [figure(4)])?.fact).toMatchObject({ quantityValue: 5, quantityQualifier: 'EXACTLY', quantityDates: ['2025-01-01', '2025-01-02'] });
    expect(appendToFact(key, withFigure, [figure(12)])?.fact).toMatchObject({ quantityValue: 12, quantityQualifier: 'AT_LEAST' });
  });

  it('makes the stored claims CORROBORATED when a second origin joins an undisputed fact', () => {
    const result = appendToFact(key, asStored([base('a'), base('b', { sourceId: 'source-a' })], key), [base('c')]);
    expect(result?.fact).toMatchObject({ corroboration: 2, claimIds: ['a', 'b', 'c'] });
    expect(result?.storedStatuses).toEqual([
      { id: 'a', status: 'CORROBORATED', unattributedOnly: false },
      { id: 'b', status: 'CORROBORATED', unattributedOnly: false },
    ]);
    expect(appendToFact(key, asStored(twoOutlets, key), [base('c')])?.storedStatuses).toEqual([]);
  });

  it("appends a state's open start that overlaps every stored one, and declines one that does not", () => {
    const deployed = { fromId: 'troops', type: 'DEPLOYED_TO' as RelationshipType, toId: 'kursk' };
    const state = (id: string, props: Record<string, unknown> = {}) => base(id, { predicate: 'DEPLOYED_TO', subjectId: 'troops', objectId: 'kursk', ...props });
    const since = (iso: string) => ({ validFrom: iso, validFromPrecision: iso.length === 7 ? 'MONTH' : 'DAY', validTo: null, validToPrecision: null });
    const stored = asStored([state('a', since('2024-12')), state('b')], deployed);
    expect(stored.openStartDates).toEqual(['2024-12']);
    // "Since October" against "since December": incompatible starts.
    expect(appendToFact(deployed, stored, [state('c', since('2024-10'))])).toBeNull();
    // Two added starts that dispute each other.
    expect(appendToFact(deployed, stored, [state('c', since('2024-12-05')), state('d', since('2024-12-20'))])).toBeNull();
    const appended = appendToFact(deployed, stored, [state('c', since('2024-12-05'))]);
    expect(appended?.fact).toMatchObject({ openStartDates: ['2024-12', '2024-12-05'], validFrom: '2024-12', disputed: false });
    // A state's figure is compared with every other, whatever its date.
    expect(appendToFact(deployed, stored, [state('c', { quantityValue: 5, quantityQualifier: 'EXACTLY' })])).toBeNull();
  });
});
