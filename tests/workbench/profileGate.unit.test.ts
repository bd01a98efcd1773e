/**
 * When the workbench's profile asks for an entity's disputes (ui/src/profileGate.ts): only when
 * one may exist, since they are computed from all its claims.
 */
// ui/ is an ES module package: imported, not required.
const load = () => import('../../ui/src/profileGate.js');

const page = <T>(nodes: T[], hasNextPage = false) => ({ pageInfo: { hasNextPage }, edges: nodes.map((node) => ({ node })) });
const place = { id: 'p', name: 'Kharkiv', kind: 'LOCATION' };
const fact = (disputed: boolean) => ({ disputed });
const claim = (object: typeof place | null, status: string) => ({ object, status });
const profile = (facts: ReturnType<typeof fact>[], claims: ReturnType<typeof claim>[], cut: { facts?: boolean; claims?: boolean } = {}) => ({
  relationships: page(facts, cut.facts),
  claims: page(claims, cut.claims),
});

describe('profileMayHaveDisputes', () => {
  it('is false when every fact and claim is listed and none is disputed', async () => {
    const { profileMayHaveDisputes } = await load();
    expect(profileMayHaveDisputes(profile([fact(false)], [claim(place, 'CORROBORATED'), claim(null, 'REPORTED')]))).toBe(false);
  });

  it('is true for a disputed fact, or a disputed claim without an object (no fact to mark)', async () => {
    const { profileMayHaveDisputes } = await load();
    expect(profileMayHaveDisputes(profile([fact(true)], []))).toBe(true);
    expect(profileMayHaveDisputes(profile([fact(false)], [claim(null, 'DISPUTED')]))).toBe(true);
    // A disputed claim with an object is its fact's dispute: the fact says so.
    expect(profileMayHaveDisputes(profile([fact(false)], [claim(place, 'DISPUTED')]))).toBe(false);
  });

  it('is true when the facts or the claims were cut: those not listed may be disputed', async () => {
    const { profileMayHaveDisputes } = await load();
    expect(profileMayHaveDisputes(profile([fact(false)], [], { facts: true }))).toBe(true);
    expect(profileMayHaveDisputes(profile([fact(false)], [claim(null, 'REPORTED')], { claims: true }))).toBe(true);
  });
});
