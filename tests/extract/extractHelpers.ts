import { extractClaims, type ExtractedClaim, type Extraction } from '../../src/extract';
import { describeClaim } from '../../src/extract/describeClaim';
import type { PartialDate } from '../../src/support';

/** Test helpers for the extractor's suites (not a test file). */
export const PUBLISHED: PartialDate = { iso: '2024-12-27', precision: 'DAY' };

/** Extracts, and checks for every claim that its excerpt is the text between its offsets. */
export function extract(text: string, publishedAt: PartialDate | null = PUBLISHED): Extraction {
  const result = extractClaims(text, publishedAt);
  for (const claim of result.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.excerpt);
  return result;
}

/** The claims of a text in one line each. */
export function lines(text: string, publishedAt: PartialDate | null = PUBLISHED): string[] {
  return extract(text, publishedAt).claims.map(describeClaim);
}

/** The only claim of a text. */
export function only(text: string, publishedAt: PartialDate | null = PUBLISHED): ExtractedClaim {
  const { claims } = extract(text, publishedAt);
  expect(claims.map(describeClaim)).toHaveLength(1);
  return claims[0] as ExtractedClaim;
}

/** Who a claim is attributed to, in one line: "REPORTER National Intelligence Service via Yonhap". */
export function voice(claim: ExtractedClaim): string {
  return [claim.attribution, claim.reporter?.name, claim.intermediary ? `via ${claim.intermediary.name}` : null].filter(Boolean).join(' ');
}
