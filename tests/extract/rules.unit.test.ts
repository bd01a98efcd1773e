import { RULES } from '../../src/extract';
import { describeClaim } from '../../src/extract/describeClaim';
import { extract } from './extractHelpers';

describe('the rule entries', () => {
  it('have unique names, words for what they match and build, and at least one example each', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.matches.length).toBeGreaterThan(10);
      expect(rule.builds.length).toBeGreaterThan(10);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
  });

  describe.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    it.each(rule.examples.map((e) => [e.text, e.claims] as const))('reads "%s" as its documented claims', (text, claims) => {
      const made = extract(text).claims.filter((c) => c.rule === rule.name).map(describeClaim);
      expect(made).toEqual(claims);
    });
  });
});
