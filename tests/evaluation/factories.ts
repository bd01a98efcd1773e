import type { ExtractedClaim, ExtractedEntity } from '../../src/extract/model';
import type { GoldArticle, GoldFact } from '../../src/evaluation';

/** Tiny builders for the scorer's tests: a gold article, a gold fact, an extracted claim. */

export function entity(name: string, kind: ExtractedEntity['kind'] = 'ARMED_FORCE', aliases: string[] = []): ExtractedEntity {
  return { kind, name, aliases: aliases.map((a) => ({ name: a, kind: 'ALIAS' })) };
}

export function goldFact(overrides: Partial<GoldFact> = {}): GoldFact {
  return {
    subject: ['North Korean troops', 'North Korean forces'], subjectKind: 'ARMED_FORCE',
    predicate: 'KILLED_IN', object: ['Kursk'], objectKind: 'LOCATION', polarity: 'ASSERTED',
    quantity: { value: 300, upper: null, qualifier: 'APPROXIMATELY' },
    validFrom: null, validTo: null,
    reporter: ['National Intelligence Service', 'NIS'], intermediary: null, hedged: false,
    excerpt: 'About 300 North Korean soldiers have been killed in Kursk, the NIS said.',
    ...overrides,
  };
}

export const TEXT = 'About 300 North Korean soldiers have been killed in Kursk, the NIS said. '
  + 'Some 2,700 were wounded there. North Korea may send more troops.';

export function goldArticle(facts: GoldFact[], overrides: Partial<GoldArticle> = {}): GoldArticle {
  return {
    id: '01-test', outlet: 'Test Wire', style: 'wire', conflict: 'russia-ukraine', title: 'Test', publisher: 'Test Wire',
    publishedAt: '2025-01-13', url: null, text: TEXT, facts, noClaim: ['North Korea may send more troops.'], ...overrides,
  };
}

/** A claim that states goldFact() exactly, placed on its excerpt; override what a test needs. */
export function claim(overrides: Partial<ExtractedClaim> = {}): ExtractedClaim {
  const excerpt = overrides.excerpt ?? 'About 300 North Korean soldiers have been killed in Kursk, the NIS said.';
  const start = TEXT.indexOf(excerpt);
  return {
    subject: entity('North Korean troops'), predicate: 'KILLED_IN', object: entity('Kursk', 'LOCATION'), polarity: 'ASSERTED',
    quantity: { value: 300, upper: null, unit: 'soldiers', qualifier: 'APPROXIMATELY' },
    validFrom: null, validTo: null,
    reporter: entity('National Intelligence Service', 'ORGANIZATION'), intermediary: null,
    attribution: 'REPORTER', credibility: 2, hedged: false,
    excerpt, start, end: start + excerpt.length, rule: 'test-rule',
    ...overrides,
  };
}
