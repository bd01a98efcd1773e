import type { AliasKind, Attribution, EntityKind, Polarity, QuantityQualifier, RelationshipType } from '../generated/types';
import type { PartialDate } from '../support';

/**
 * What extraction produces from one article: the shared contract between the extractor
 * (src/extract/), its evaluation (src/evaluation/) and ingestion (src/ingest/).
 */

/** An entity as the text names it, before it is matched against the graph. */
export interface ExtractedEntity {
  kind: EntityKind;
  /** The canonical name: "Maria Zakharova", not "Foreign ministry spokeswoman Maria Zakharova". */
  name: string;
  aliases: Array<{ name: string; kind: AliasKind }>;
  /** A title or role kept apart from the name ("spokeswoman of the foreign ministry"), or a short gloss. */
  description?: string | null;
  /** Where a place is, when a gazetteer knows it. */
  coordinates?: { latitude: number; longitude: number } | null;
  /** The larger entity this one belongs to: a unit's national force, a ministry's country. */
  partOf?: ExtractedEntity | null;
}

/** The kind of figure a casualty quantity counts. */
export type CasualtyFigure = 'KILLED' | 'WOUNDED' | 'CAPTURED' | 'MISSING' | 'KILLED_OR_WOUNDED';

export interface ExtractedQuantity {
  /** The number, or the lower bound of a range ("10,000 to 12,000" → 10000). */
  value: number;
  /** The upper bound of a range, else null. */
  upper: number | null;
  /** What is counted: "troops", "soldiers", "people"… */
  unit: string | null;
  qualifier: QuantityQualifier;
}

export interface ExtractedClaim {
  subject: ExtractedEntity;
  predicate: RelationshipType;
  object: ExtractedEntity | null;
  polarity: Polarity;
  quantity: ExtractedQuantity | null;
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  /** The originating reporter (the agency), when the text names one. */
  reporter: ExtractedEntity | null;
  /** Who relays the reporter's words (a lawmaker briefed by the agency, an outlet citing a wire), else null. */
  intermediary: ExtractedEntity | null;
  attribution: Attribution;
  /** Admiralty credibility 1–6; hedged statements get a lower one. */
  credibility: number;
  /** "reportedly", "is believed to", "allegedly": the statement is hedged. */
  hedged: boolean;
  /** The sentence (or clause), verbatim from the text, and where it stands in the text. */
  excerpt: string;
  start: number;
  end: number;
  /** The name of the rule entry that made the claim. */
  rule: string;
}

/** A sentence nothing was taken from, and why. */
export interface ExtractionWarning {
  /** The sentence, verbatim, or null for a warning about the whole article. */
  sentence: string | null;
  start: number | null;
  reason: string;
}

export interface Extraction {
  claims: ExtractedClaim[];
  warnings: ExtractionWarning[];
  /** The extractor's version, recorded on every claim it makes. */
  extractorVersion: string;
}
