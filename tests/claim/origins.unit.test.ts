import { toClaimRecord, type ClaimRecord } from '../../src/claim/model';
import { describeOrigin, originsOf } from '../../src/claim/origins';
import { summarizeFact } from '../../src/claim/facts';

/**
 * The independence rule of docs/trust.md, case by case: each test is one of its worked examples.
 * Claims default to the own voice of the BBC article `bbc-1`, credibility 2, reliability B (0.675).
 */
const key = { fromId: 'soldier', type: 'CAPTURED_BY', toId: 'ukrainian-forces' };

const claim = (id: string, props: Record<string, unknown> = {}): ClaimRecord =>
  toClaimRecord({
    id,
    text: `claim ${id}`,
    predicate: 'CAPTURED_BY',
    polarity: 'ASSERTED',
    attribution: 'SOURCE',
    status: 'REPORTED',
    knownAt: '2024-12-27',
    subjectId: 'soldier',
    objectId: 'ukrainian-forces',
    sourceId: 'bbc-1',
    publisherId: 'bbc',
    credibility: 2,
    reliability: 'B',
    ...props,
  });

const reporter = (reportedById: string, props: Record<string, unknown> = {}) => ({ attribution: 'REPORTER', reportedById, ...props });
const unattributed = { attribution: 'UNATTRIBUTED', reliability: 'F', credibility: 3 };

describe('independent origins', () => {
  it('counts one article with three voices (own voice, the agency it cites, "reports suggest") as one origin', () => {
    const claims = [claim('own'), claim('agency', reporter('nis')), claim('rumour', unattributed)];
    const origins = originsOf(claims);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({ id: 'entity:nis', kind: 'REPORTER', entityId: 'nis', sourceIds: ['bbc-1'], claimIds: ['agency', 'own', 'rumour'] });
    // Was "3 reporters, 0.9387": now one origin with its best claim, 0.75 × 0.9.
    expect(summarizeFact(key, claims)).toMatchObject({ corroboration: 1, originCount: 1, sourceCount: 1, confidence: 0.675 });
  });

  it('counts two outlets citing one agency as one origin', () => {
    const claims = [
      claim('a', reporter('yonhap', { sourceId: 'reuters-1', publisherId: 'reuters' })),
      claim('b', reporter('yonhap', { sourceId: 'afp-1', publisherId: 'afp', credibility: 3 })),
    ];
    expect(originsOf(claims).map((o) => o.id)).toEqual(['entity:yonhap']);
    expect(summarizeFact(key, claims)).toMatchObject({ originCount: 1, sourceCount: 2, confidence: 0.675 });
  });

  it('counts an agency and an independent outlet, each in its own voice, as two origins', () => {
    const claims = [
      claim('agency', { sourceId: 'yonhap-1', publisherId: 'yonhap' }),
      claim('outlet', { sourceId: 'bbc-1', publisherId: 'bbc', credibility: 3 }),
    ];
    const origins = originsOf(claims);
    expect(origins.map((o) => [o.id, o.kind])).toEqual([['entity:bbc', 'PUBLISHER'], ['entity:yonhap', 'PUBLISHER']]);
    // 1 − (1 − 0.675)(1 − 0.54)
    expect(summarizeFact(key, claims)).toMatchObject({ corroboration: 2, originCount: 2, sourceCount: 2, confidence: 0.8505 });
  });

  it('never counts unnamed reports as independent of the source that carries them', () => {
    const claims = [claim('own'), claim('rumour', unattributed)];
    expect(originsOf(claims).map((o) => [o.id, o.kind])).toEqual([['entity:bbc', 'PUBLISHER']]);
    const alone = originsOf([claim('rumour', { ...unattributed, publisherId: null })]);
    expect(alone.map((o) => [o.id, o.kind])).toEqual([['source:bbc-1', 'UNATTRIBUTED']]);
  });

  it('counts an outlet\'s own article and another source relaying that outlet as one origin', () => {
    const claims = [
      claim('own', { sourceId: 'yonhap-1', publisherId: 'yonhap' }),
      claim('relayed', reporter('yonhap', { sourceId: 'bbc-2', publisherId: 'bbc' })),
    ];
    expect(originsOf(claims)).toMatchObject([{ id: 'entity:yonhap', kind: 'REPORTER', sourceIds: ['bbc-2', 'yonhap-1'] }]);
  });

  it('counts the reporter, not the intermediary that relays it', () => {
    const claims = [
      claim('a', reporter('nis', { intermediaryId: 'lawmaker', sourceId: 'reuters-1', publisherId: 'reuters' })),
      claim('b', reporter('nis', { sourceId: 'afp-1', publisherId: 'afp' })),
    ];
    expect(originsOf(claims).map((o) => o.id)).toEqual(['entity:nis']);
  });

  it('counts two articles of one outlet in its own voice once', () => {
    const claims = [claim('a'), claim('b', { sourceId: 'bbc-2' })];
    expect(originsOf(claims)).toMatchObject([{ id: 'entity:bbc', kind: 'PUBLISHER', sourceIds: ['bbc-1', 'bbc-2'] }]);
  });

  it('counts two named reporters in one source as two origins', () => {
    const claims = [claim('a', reporter('nis')), claim('b', reporter('ukraine-military'))];
    expect(originsOf(claims).map((o) => o.id)).toEqual(['entity:nis', 'entity:ukraine-military']);
  });

  it('says in a sentence why an origin counts once', () => {
    const [origin] = originsOf([claim('own'), claim('agency', reporter('nis')), claim('rumour', unattributed)]);
    const text = describeOrigin(origin!, { entity: "South Korea's intelligence agency", sources: ['BBC, 2024-12-27'] });
    expect(text).toBe(
      "South Korea's intelligence agency is one origin however many sources relay it: cited in one source (BBC, 2024-12-27); the own voice and unnamed reports of a source naming it restate it.",
    );
  });
});

describe('describeOrigin', () => {
  it('names the first five sources of an outlet and counts the rest', () => {
    const [origin] = originsOf(Array.from({ length: 8 }, (_, i) => claim(`c${i}`, { sourceId: `s${i}` })));
    const labels = Array.from({ length: 5 }, (_, i) => `BBC, 2025-01-0${i + 1}`);
    expect(describeOrigin(origin!, { entity: 'BBC', sources: labels })).toBe(
      `BBC in its own voice is one origin, in 8 sources (${labels.join('; ')}; and 3 more): an outlet's articles, and sources citing it, count once.`,
    );
  });

  it('names the outlet and its sources for an outlet in its own voice', () => {
    const [origin] = originsOf([claim('a'), claim('b', { sourceId: 'bbc-2' })]);
    expect(describeOrigin(origin!, { entity: 'BBC', sources: ['BBC, 2024-12-27', 'BBC, 2025-01-10'] })).toBe(
      "BBC in its own voice is one origin, in 2 sources (BBC, 2024-12-27; BBC, 2025-01-10): an outlet's articles, and sources citing it, count once.",
    );
  });

  it('says unnamed reports are the voice of their source', () => {
    const [origin] = originsOf([claim('rumour', { ...unattributed, publisherId: null })]);
    expect(describeOrigin(origin!, { entity: null, sources: ['Untitled'] })).toBe(
      'Unnamed reports count as the voice of the source carrying them, never as an independent origin: one source (Untitled).',
    );
  });
});

describe('an outlet that reports one fact day after day', () => {
  it('makes one origin of 150,000 claims, its best score the best of them', () => {
    // A feed's outlet: one publisher, its reports in many sources. Math.max over this many claims'
    // scores overflowed the stack, and copying the group for each claim made it quadratic.
    const claims = Array.from({ length: 150_000 }, (_, i) =>
      ({ id: `c${String(i).padStart(6, '0')}`, attribution: 'SOURCE', reportedById: null, publisherId: 'outlet', sourceId: `report-${i % 1_000}`, credibility: i === 77_777 ? 1 : 3, reliability: 'B' }) as const,
    );
    const origins = originsOf(claims);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({ id: 'entity:outlet', kind: 'PUBLISHER' });
    expect(origins[0]?.claimIds).toHaveLength(150_000);
    expect(origins[0]?.sourceIds).toHaveLength(1_000);
    expect(origins[0]?.bestScore).toBe(originsOf([claims[77_777]!])[0]?.bestScore);
    expect(origins[0]?.bestScore).toBeGreaterThan(originsOf([claims[0]!])[0]?.bestScore ?? 1);
  });
});
