import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims, type ExtractedClaim, type Extraction } from '../../src/extract';
import { describeClaim } from '../../src/extract/describeClaim';
import { projectRoot } from '../../src/support';
import { extract, PUBLISHED, voice } from './extractHelpers';

/** The seed article and the cases of the first extractor's tests (the rules src/extract replaced) that still hold. */
describe('the seed article', () => {
  const article = readFileSync(path.join(projectRoot, 'data', 'seed', 'article-north-korean-soldier-captured.txt'), 'utf8');
  let result: Extraction;
  beforeAll(() => {
    result = extractClaims(article, PUBLISHED);
  });
  const withPredicate = (p: ExtractedClaim['predicate']) => result.claims.filter((c) => c.predicate === p);

  it('gives every claim an excerpt equal to the text between its offsets', () => {
    expect(result.claims.length).toBeGreaterThan(0);
    for (const claim of result.claims) expect(article.slice(claim.start, claim.end)).toBe(claim.excerpt);
  });

  it("finds the capture by Ukrainian forces, and the captive's wound, reported by South Korea's intelligence agency", () => {
    const attributed = result.claims.filter((c) => c.reporter?.name === "South Korea's intelligence agency");
    expect(attributed.map(describeClaim)).toEqual(['Captured North Korean soldier CAPTURED_BY Ukrainian troops', 'Captured North Korean soldier WOUNDED -']);
    expect(attributed[0]?.excerpt).toContain('according to South Korea’s intelligence agency');
    expect(attributed[0]?.object?.aliases.map((a) => a.name)).toContain('Ukrainian forces');
  });

  it("finds the capture in the article's own voice too, as the first paragraph and the last state it", () => {
    const own = withPredicate('CAPTURED_BY').filter((c) => c.attribution === 'SOURCE');
    expect(own.map((c) => c.rule)).toEqual(['capture', 'capture (noun)']);
  });

  it('finds the deployment of more than 10,000 North Korean troops to Russia since December 2024', () => {
    const deployments = withPredicate('DEPLOYED_TO').filter((c) => c.quantity !== null);
    expect(deployments.map(describeClaim)).toEqual(['North Korean troops DEPLOYED_TO Russia [AT_LEAST 10000 soldiers]']);
    expect(deployments[0]?.validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
    expect(deployments[0]?.validTo).toBeNull();
  });

  it('makes the soldier "reported to be the first" taken an unattributed, hedged deployment since December', () => {
    const reported = withPredicate('DEPLOYED_TO').find((c) => c.quantity === null);
    expect([voice(reported as ExtractedClaim), reported?.hedged, reported?.credibility, reported?.validFrom?.iso]).toEqual(['UNATTRIBUTED', true, 3, '2024-12']);
  });

  it('finds at least 3,000 casualties in Kursk and fighting there, both from "reports suggest", unattributed', () => {
    const kursk = result.claims.filter((c) => c.object?.name === 'Kursk');
    expect(kursk.map(describeClaim)).toEqual(['North Korean troops CASUALTIES_IN Kursk [AT_LEAST 3000 troops]', 'North Korean troops FIGHTS_IN Kursk']);
    expect(kursk.every((c) => c.attribution === 'UNATTRIBUTED' && c.credibility === 3)).toBe(true);
    expect(kursk[0]?.object?.aliases).toEqual([{ name: 'Kursk area', kind: 'ALIAS' }]);
  });

  it('finds casualties among North Korean troops without a place', () => {
    expect(withPredicate('CASUALTIES_IN').filter((c) => c.object === null).map(describeClaim)).toEqual(['North Korean troops CASUALTIES_IN -', 'North Korean troops CASUALTIES_IN -']);
  });

  it('finds the alliance of North Korea and Russia, through their capitals, and the war of Russia and Ukraine', () => {
    expect(result.claims.filter((c) => c.predicate === 'ALLIED_WITH' || c.predicate === 'AT_WAR_WITH').map(describeClaim)).toEqual([
      'North Korea ALLIED_WITH Russia',
      'Russia AT_WAR_WITH Ukraine',
    ]);
  });

  it('finds North Korean troops supporting Russia, with their number', () => {
    expect(withPredicate('SUPPORTS').map(describeClaim)).toEqual(['North Korean troops SUPPORTS Russia [AT_LEAST 10000 troops]']);
  });

  it('asserts every claim and leaves nothing to warn about', () => {
    expect(result.claims.every((c) => c.polarity === 'ASSERTED')).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});

describe('cases of the first extractor', () => {
  it('finds a capture and no wound when the captive is not said to be injured', () => {
    expect(extract('Ukrainian forces captured a North Korean soldier.').claims.map(describeClaim)).toEqual(['Captured North Korean soldier CAPTURED_BY Ukrainian troops']);
  });

  it.each([
    ['over', 'AT_LEAST'],
    ['more than', 'AT_LEAST'],
    ['at least', 'AT_LEAST'],
    ['about', 'APPROXIMATELY'],
    ['around', 'APPROXIMATELY'],
    ['approximately', 'APPROXIMATELY'],
    ['nearly', 'APPROXIMATELY'],
    ['some', 'APPROXIMATELY'],
    ['up to', 'AT_MOST'],
    ['at most', 'AT_MOST'],
  ])('reads "%s" in a deployment as %s', (word, qualifier) => {
    const [claim] = extract(`North Korea has deployed ${word} 12,000 soldiers to Russia.`).claims;
    expect(claim?.quantity).toEqual({ value: 12000, upper: null, unit: 'soldiers', qualifier });
  });

  it('resolves a capital used for its state as the deploying country', () => {
    expect(extract('Pyongyang has sent 10,000 troops to Russia.').claims.map(describeClaim)).toEqual(['North Korean troops DEPLOYED_TO Russia [EXACTLY 10000 troops]']);
  });

  it('finds a passive deployment of "Thai troops"', () => {
    expect(extract('50 Thai troops have been deployed to Ukraine.').claims.map(describeClaim)).toEqual(['Thai troops DEPLOYED_TO Ukraine [EXACTLY 50 troops]']);
  });

  it('resolves "since December" against a January publication date to the December before', () => {
    const [claim] = extract('Since December, North Korea has dispatched over 10,000 soldiers to assist Russian operations.', { iso: '2025-01-10', precision: 'DAY' }).claims;
    expect(claim?.validFrom).toEqual({ iso: '2024-12', precision: 'MONTH' });
  });

  it('makes the claims of "X denied that …" DENIED, reported by X', () => {
    const [claim] = extract("Russia's defence ministry denied that North Korea has sent troops to Russia.").claims;
    expect([describeClaim(claim as ExtractedClaim), voice(claim as ExtractedClaim)]).toEqual(["North Korean troops NOT DEPLOYED_TO Russia", "REPORTER Russia's defence ministry"]);
  });

  it('extracts nothing from a sentence naming two countries under no rule, and warns once naming both', () => {
    const text = 'North Korea and Russia held talks.';
    const { claims, warnings } = extract(text);
    expect(claims).toEqual([]);
    expect(warnings).toEqual([{ sentence: text, start: 0, reason: 'names North Korea and Russia but matches no rule: nothing extracted' }]);
  });

  it('neither extracts nor warns for a sentence naming one country under no rule', () => {
    const { claims, warnings } = extract('Russia held talks.');
    expect([claims, warnings]).toEqual([[], []]);
  });
});
