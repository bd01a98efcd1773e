import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const CLAIMS = `query C($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id text excerpts predicate polarity attribution note credibility confidence status
      reliability knownAt unattributedOnly
      subject { id name } object { id name } reportedBy { id name }
      quantity { value unit qualifier } validFrom { iso precision } validTo { iso precision }
      source { id title url publisher { name } publishedAt { iso precision } }
    } }
  }
}`;

const claimsWhere = async (filter: Record<string, unknown>) => {
  const result = await api.execute(CLAIMS, { filter, first: 100 });
  expect(result.errors).toBeUndefined();
  return result.data?.claims.edges.map((e: any) => e.node) as any[];
};

describe('the seed graph holds what the article says', () => {
  it('holds the capture, attributed to South Korea\'s intelligence agency, and that it was the first since December', async () => {
    const captures = await claimsWhere({ predicates: ['CAPTURED_BY'], subjectId: seedIds.soldier });
    expect(captures.length).toBeGreaterThan(0);
    expect(captures.every((c) => c.object.id === seedIds.ukrainianForces)).toBe(true);
    const attributed = captures.find((c) => c.attribution === 'REPORTER');
    expect(attributed.reportedBy.id).toBe(seedIds.intelligenceAgency);
    expect(attributed.text).toContain('according to South Korea’s intelligence agency');
    expect(captures.map((c) => c.note)).toEqual(
      expect.arrayContaining(['first such capture since December', 'first North Korean prisoner of war taken since December']),
    );
  });

  it('keeps each repetition of the same statement as an excerpt of one claim', async () => {
    const [own] = await claimsWhere({ predicates: ['CAPTURED_BY'], attribution: 'SOURCE' });
    expect(own.excerpts).toHaveLength(2);
    expect(own.excerpts[1]).toContain('The capture of a North Korean soldier by Ukrainian forces');
  });

  it('holds that the soldier was injured', async () => {
    const wounded = await claimsWhere({ predicates: ['WOUNDED'], subjectId: seedIds.soldier });
    expect(wounded.map((c) => c.attribution).sort()).toEqual(['REPORTER', 'SOURCE']);
    expect(wounded.every((c) => c.object === null && /injured/.test(c.text))).toBe(true);
  });

  it('holds the deployment: over 10,000 troops to Russia since December 2024, month-precise', async () => {
    const deployments = await claimsWhere({ predicates: ['DEPLOYED_TO'], subjectId: seedIds.northKoreanTroops });
    expect(deployments).toHaveLength(2);
    for (const claim of deployments) {
      expect(claim.object.id).toBe(seedIds.russia);
      expect(claim.validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
    }
    const counted = deployments.find((c) => c.quantity !== null);
    expect(counted.quantity).toEqual({ value: 10000, unit: 'soldiers', qualifier: 'AT_LEAST' });
  });

  it('holds the casualties: over 3,000 in Kursk from unnamed reports, and unlocated ones', async () => {
    const casualties = await claimsWhere({ predicates: ['CASUALTIES_IN'], subjectId: seedIds.northKoreanTroops });
    const inKursk = casualties.filter((c) => c.object?.id === seedIds.kursk);
    expect(inKursk).toHaveLength(1);
    expect(inKursk[0]).toMatchObject({
      attribution: 'UNATTRIBUTED',
      reportedBy: null,
      quantity: { value: 3000, unit: 'casualties', qualifier: 'AT_LEAST' },
    });
    expect(casualties.filter((c) => c.object === null).length).toBeGreaterThanOrEqual(2);
  });

  it('holds the partnership between Moscow and Pyongyang', async () => {
    const [partnership] = await claimsWhere({ predicates: ['ALLIED_WITH'] });
    expect(partnership.subject.id).toBe(seedIds.northKorea);
    expect(partnership.object.id).toBe(seedIds.russia);
    expect(partnership.excerpts).toEqual(expect.arrayContaining(['underlining the serious human cost of this collaboration between Moscow and Pyongyang']));
  });

  it('holds the concerns for the Korean Peninsula, Eastern Europe and East Asia', async () => {
    const concerns = await claimsWhere({ predicates: ['THREATENS_STABILITY_OF'] });
    expect(new Set(concerns.map((c) => c.object.id))).toEqual(
      new Set([seedIds.koreanPeninsula, seedIds.easternEurope, seedIds.eastAsia]),
    );
  });

  it('cites every claim in the BBC source, with credibility and confidence', async () => {
    const all = await claimsWhere({});
    expect(all.length).toBe(21);
    for (const claim of all) {
      expect(claim.source.publisher.name).toBe('BBC');
      expect(claim.source.publishedAt).toEqual({ iso: '2024-12-27', precision: 'DAY' });
      expect(claim.credibility).toBeGreaterThanOrEqual(1);
      expect(['REPORTED', 'CORROBORATED']).toContain(claim.status);
      expect(claim.polarity).toBe('ASSERTED');
    }
  });
});

describe('claim status and confidence', () => {
  it('marks the capture REPORTED (three voices of one article, one origin) and the deployment REPORTED (the BBC alone)', async () => {
    const captures = await claimsWhere({ predicates: ['CAPTURED_BY'] });
    // Issue 13: these were CORROBORATED when the article's own voice, the agency it cites and
    // "reports suggest" counted as three reporters; one article naming the agency is one origin.
    expect(captures.map((c) => c.status)).toEqual(['REPORTED', 'REPORTED', 'REPORTED']);
    const deployments = await claimsWhere({ predicates: ['DEPLOYED_TO'] });
    expect(deployments.map((c) => c.status)).toEqual(['REPORTED', 'REPORTED']);
  });

  it('shows both Admiralty axes: credibility of the claim, reliability of whoever it rests on', async () => {
    const [agency] = await claimsWhere({ predicates: ['CAPTURED_BY'], attribution: 'REPORTER' });
    // The agency is rated B (0.9) in the seed; credibility 2 weighs 0.75.
    expect(agency).toMatchObject({ credibility: 2, reliability: 'B', confidence: 0.675 });
    const [rumour] = await claimsWhere({ predicates: ['CAPTURED_BY'], attribution: 'UNATTRIBUTED' });
    expect(rumour).toMatchObject({ credibility: 3, reliability: 'F', confidence: 0.42, unattributedOnly: false });
  });

  it('marks claims that rest on unattributed reports alone, and filters them out on request', async () => {
    const kursk = await claimsWhere({ predicates: ['CASUALTIES_IN'], objectId: seedIds.kursk });
    expect(kursk[0].unattributedOnly).toBe(true);
    const filtered = await claimsWhere({ predicates: ['CASUALTIES_IN'], objectId: seedIds.kursk, excludeUnattributedOnly: true });
    expect(filtered).toEqual([]);
  });
});

describe('Query.claims', () => {
  it('filters by entity, reporter and source', async () => {
    const byReporter = await claimsWhere({ reportedById: seedIds.intelligenceAgency });
    expect(byReporter.length).toBe(3);
    const aboutKursk = await claimsWhere({ entityId: seedIds.kursk });
    expect(aboutKursk.length).toBe(2);
    const [anyClaim] = byReporter;
    const bySource = await claimsWhere({ sourceId: anyClaim.source.id });
    expect(bySource.length).toBe(21);
  });

  it('pages with cursors and counts the whole filtered set', async () => {
    const first = await api.execute(CLAIMS, { filter: { subjectId: seedIds.northKoreanTroops }, first: 2 });
    const conn = first.data?.claims;
    expect(conn.edges).toHaveLength(2);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const second = await api.execute(CLAIMS, { filter: { subjectId: seedIds.northKoreanTroops }, first: 100, after: conn.pageInfo.endCursor });
    expect(conn.totalCount).toBe(2 + second.data?.claims.edges.length);
    expect(second.data?.claims.edges.map((e: any) => e.node.id)).not.toContain(conn.edges[0].node.id);
  });

  it('rejects first below 1', async () => {
    const result = await api.execute(CLAIMS, { first: 0 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('expected "first" from 1 to 100, but got 0');
  });
});
