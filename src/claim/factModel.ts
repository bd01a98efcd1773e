import type { ClaimStatus, RelationshipType } from '../generated/types';

/** The shapes of facts: what src/claim/facts.ts derives and src/claim/appendToFact.ts appends to. */

export interface FactKey {
  fromId: string;
  type: RelationshipType;
  /** Null for claims with no object: they get statuses and disputes, never a fact. */
  toId: string | null;
}

/** The stored properties of a fact, as `summarizeFact` computes them. */
export interface FactProps {
  id: string;
  claimIds: string[];
  /** Parallel to claimIds: when each claim became known, so "as of" filters need no claim lookup. */
  claimKnownAt: string[];
  claimCount: number;
  /** Independent origins (src/claim/origins.ts); the same number as originCount. */
  corroboration: number;
  /** The origin keys (`entity:<id>`, `source:<id>`), in order. */
  originKeys: string[];
  /**
   * Parallel to originKeys: each origin's best claim score, 0 when it has none (which confidence
   * reads as no score), so claims added to the fact combine without its other claims (appendToFact).
   */
  originScores: number[];
  originCount: number;
  sourceCount: number;
  /** Every claim behind it awaits review. */
  pendingOnly: boolean;
  unattributedOnly: boolean;
  disputed: boolean;
  /** How many claims of the triple deny it: with none, an added assertion can join no POLARITY dispute. */
  deniedClaimCount: number;
  confidence: number | null;
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
  validStart: string | null;
  validEnd: string | null;
  quantityValue: number | null;
  quantityUpper: number | null;
  quantityUnit: string | null;
  quantityQualifier: string | null;
  /**
   * The dates (validFrom, '' for none) of the claims that give a figure, each once, sorted; null
   * when none does. An event's figures dispute only figures of overlapping dates, so a figure can
   * be appended to a fact that has none on its date (appendToFact).
   */
  quantityDates: string[] | null;
  /**
   * The starts of the claims that give a start and no end ("since October"), each once, sorted;
   * null when none does. A state's open starts dispute one another where their periods do not
   * overlap, so an open start can be appended where it overlaps every one of them (appendToFact).
   */
  openStartDates: string[] | null;
}

/** A claim's derived status and `unattributedOnly`, as stored today or recomputed for a date. */
export interface DerivedStatus {
  status: ClaimStatus;
  unattributedOnly: boolean;
}
