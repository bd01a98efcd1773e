/**
 * What the test knows about each mutation beyond its type: the role it needs, how to make its
 * arguments invalid so that the API must refuse them with BAD_USER_INPUT before writing anything
 * ("breakers"), and which of its arguments are ids that must name something (a hostile string there
 * must give NOT_FOUND). A mutation missing here is still sent anonymously and with a viewer token,
 * which must be refused whatever its arguments.
 */

export type Role = 'viewer' | 'analyst' | 'admin';

/** The lowest role each mutation needs (README, security section); any other needs analyst. */
export const REQUIRED_ROLE: Readonly<Record<string, Role>> = {
  mergeEntities: 'admin',
  unmergeEntities: 'admin',
};

export function requiredRole(mutation: string): Role {
  return REQUIRED_ROLE[mutation] ?? 'analyst';
}

/** A change to valid arguments that the API's checks must refuse (argument paths, value set there). */
export interface Breaker {
  what: string;
  set: Array<{ path: Array<string | number>; value: unknown }>;
}

const set = (what: string, ...pairs: Array<[string, unknown]>): Breaker => ({
  what,
  set: pairs.map(([path, value]) => ({ path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), value })),
});

/** Each list holds several breakers so that one can always be chosen away from the string under test. */
export const BREAKERS: Readonly<Record<string, readonly Breaker[]>> = {
  upsertEntity: [
    set('a blank name', ['input.name', '   ']),
    set('a name of 201 characters', ['input.name', 'N'.repeat(201)]),
    set('a description of 5,001 characters', ['input.description', 'd'.repeat(5_001)]),
    set('a blank alias', ['input.aliases', [{ name: ' \t ' }]]),
    set('101 aliases', ['input.aliases', Array.from({ length: 101 }, (_, i) => ({ name: `alias ${i}` }))]),
  ],
  assertClaim: [
    set('credibility 0', ['input.credibility', 0]),
    set('credibility 7', ['input.credibility', 7]),
    set('a blank excerpt', ['input.excerpt', '  ']),
    set('an excerpt of 5,001 characters', ['input.excerpt', 'e'.repeat(5_001)]),
    set('month 13', ['input.validFrom', '2024-13']),
    set('an end before the start', ['input.validFrom', '2025-01'], ['input.validTo', '2024-06']),
    set('a negative quantity', ['input.quantity', { value: -1, unit: 'troops' }]),
    set('a note of 1,001 characters', ['input.note', 'n'.repeat(1_001)]),
  ],
  retractClaim: [
    set('a blank reason', ['reason', ' ']),
    set('a reason of 1,001 characters', ['reason', 'r'.repeat(1_001)]),
  ],
  recordSource: [
    set('an ftp URL', ['input.url', 'ftp://example.org/a']),
    set('a relative URL', ['input.url', '/relative/path']),
    set('a title of 501 characters', ['input.title', 't'.repeat(501)]),
    set('day 32', ['input.publishedAt', '2024-12-32']),
  ],
  ingestArticle: [
    set('a blank text', ['input.text', ' \n ']),
    set('a text of 100,001 characters', ['input.text', 'a'.repeat(100_001)]),
    set('a URL without a scheme', ['input.url', 'example.org/article']),
    set('a date that is not one', ['input.publishedAt', 'yesterday']),
    set('a publisher of 201 characters', ['input.publisher', 'p'.repeat(201)]),
  ],
  mergeEntities: [
    // `$site` is the string under test, `$entity:KIND` a real entity of that kind.
    set('the string under test as both ids', ['keepId', '$site'], ['mergeId', '$site']),
    set('an entity merged into itself', ['keepId', '$entity:COUNTRY'], ['mergeId', '$entity:COUNTRY']),
    set('entities of two kinds', ['keepId', '$entity:COUNTRY'], ['mergeId', '$entity:PERSON']),
  ],
};

/** Arguments that must name an existing entity, source or claim: a hostile string there is NOT_FOUND. */
export const REFERENCE_ARGUMENTS: Readonly<Record<string, ReadonlyArray<string>>> = {
  upsertEntity: ['input.id'],
  assertClaim: ['input.sourceId', 'input.subjectId', 'input.objectId', 'input.reportedById'],
  retractClaim: ['id'],
  recordSource: ['input.publisherId'],
  mergeEntities: ['keepId', 'mergeId'],
  unmergeEntities: ['mergedId'],
};

/** A breaker can go with the string under test when it leaves its place alone or puts that string there. */
export function fitsWith(breaker: Breaker, site: ReadonlyArray<string | number>): boolean {
  return breaker.set.every(({ path, value }) => value === '$site' || !overlaps(path, site));
}

/** True when one path is the other or lies inside it. */
export function overlaps(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
