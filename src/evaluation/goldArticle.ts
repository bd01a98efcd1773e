import type { ExtractedClaim, ExtractedEntity, ExtractedQuantity } from '../extract/model';

/** The schema's enums, as the extraction contract types them. */
export type RelationshipType = ExtractedClaim['predicate'];
export type EntityKind = ExtractedEntity['kind'];
export type Polarity = ExtractedClaim['polarity'];
export type QuantityQualifier = ExtractedQuantity['qualifier'];

/**
 * A gold article: an article's text and the facts an analyst records from it, written by hand to
 * score an extractor against. The JSON shape is documented in tests/fixtures/extraction/README.md.
 *
 * Names are lists of acceptable spellings ("North Korean troops", "North Korean forces"): a claim
 * matches when its entity's name or one of its aliases equals any of them after normaliseName.
 */

/** How the article is written: the outlet's kind, which shapes its attribution and datelines. */
export type ArticleStyle = 'wire' | 'broadsheet' | 'state-media' | 'regional' | 'broadcaster' | 'analysis';

export const ARTICLE_STYLES: readonly ArticleStyle[] = ['wire', 'broadsheet', 'state-media', 'regional', 'broadcaster', 'analysis'];

export interface GoldQuantity {
  /** The number, or the lower bound of a range. */
  value: number;
  /** The upper bound of a range, else null. */
  upper: number | null;
  qualifier: QuantityQualifier;
}

export interface GoldFact {
  /** Acceptable spellings of the subject, at least one. */
  subject: string[];
  subjectKind: EntityKind;
  predicate: RelationshipType;
  /** Acceptable spellings of the object, or null when the statement has none. */
  object: string[] | null;
  objectKind: EntityKind | null;
  polarity: Polarity;
  quantity: GoldQuantity | null;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", resolved against publishedAt. */
  validFrom: string | null;
  validTo: string | null;
  /** The originating reporter (the agency), or null for the outlet's own voice. */
  reporter: string[] | null;
  /** Who relayed the reporter's words (a lawmaker, an outlet citing a wire), else null. */
  intermediary: string[] | null;
  /** "reportedly", "is believed to", "allegedly". */
  hedged: boolean;
  /** A verbatim substring of the text that states the fact. */
  excerpt: string;
}

export interface GoldArticle {
  /** "NN-slug", equal to the file name without .json. */
  id: string;
  outlet: string;
  style: ArticleStyle;
  /** A kebab-case conflict label: "russia-ukraine", "sudan", "drc"… */
  conflict: string;
  title: string;
  publisher: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", or null for an undated article. */
  publishedAt: string | null;
  url: string | null;
  text: string;
  facts: GoldFact[];
  /** Verbatim sentences of the text that must yield no claim. */
  noClaim: string[];
}
