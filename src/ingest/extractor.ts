import type { Extraction } from '../extract/model';
import type { PartialDate } from '../support';
import { extractClaims } from './extractionRules';

/** The extractor ingestion uses, in the shape of src/extract/model.ts. */
export function extractArticle(text: string, publishedAt: PartialDate | null): Extraction {
  const found = extractClaims(text, publishedAt);
  return {
    claims: found.claims.map((c) => ({ ...c, quantity: c.quantity && { ...c.quantity, upper: null }, validTo: null, intermediary: null, hedged: false })),
    warnings: found.warnings.map((reason) => ({ sentence: null, start: null, reason })),
    extractorVersion: 'rules-1',
  };
}
