import type { ExtractedClaim, ExtractedEntity, ExtractedQuantity } from '../extract/model';
import type { PartialDate } from '../support';
import type { GoldArticle, GoldFact, GoldQuantity } from './goldArticle';
import { namesMatch } from './normaliseName';
import { occurrences } from './validateGoldArticle';

/** A gold fact and the claim that matched it, with how its details compare. */
export interface FactMatch {
  factIndex: number;
  claimIndex: number;
  /** null when neither has a quantity. */
  quantityCorrect: boolean | null;
  /** null when gold has no time. */
  timeCorrect: boolean | null;
  reporterCorrect: boolean;
  intermediaryCorrect: boolean;
  hedgedCorrect: boolean;
}

export interface ClaimMatching {
  matches: FactMatch[];
  /** Claims that overlap a noClaim sentence, with the sentence's index. */
  violations: Array<{ claimIndex: number; noClaimIndex: number }>;
}

/** The names an entity answers to: its name and its aliases. */
export function entityNames(entity: ExtractedEntity): string[] {
  return [entity.name, ...entity.aliases.map((a) => a.name)];
}

/** Relations that read the same both ways: "A allied with B" states "B allied with A". */
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set(['ALLIED_WITH', 'AT_WAR_WITH']);

/**
 * Whether a claim states a gold fact: predicate and polarity equal, subject matching one of gold's
 * spellings (through the name or an alias), object null on both sides or matching likewise. For a
 * symmetric predicate (ALLIED_WITH, AT_WAR_WITH) subject and object may also be swapped.
 */
export function claimStatesFact(claim: ExtractedClaim, fact: GoldFact): boolean {
  if (claim.predicate !== fact.predicate || claim.polarity !== fact.polarity) return false;
  if (claim.object === null || fact.object === null) {
    return claim.object === null && fact.object === null && namesMatch(entityNames(claim.subject), fact.subject);
  }
  const subject = entityNames(claim.subject);
  const object = entityNames(claim.object);
  if (namesMatch(subject, fact.subject) && namesMatch(object, fact.object)) return true;
  return SYMMETRIC_PREDICATES.has(fact.predicate) && namesMatch(subject, fact.object) && namesMatch(object, fact.subject);
}

export function quantityEqual(gold: GoldQuantity | null, claim: ExtractedQuantity | null): boolean {
  if (gold === null || claim === null) return gold === claim;
  return gold.value === claim.value && gold.upper === claim.upper && gold.qualifier === claim.qualifier;
}

/**
 * Whether a claim's time is gold's: validFrom equal, and validTo equal when gold has one. A claim that
 * closes a point in time (validTo = validFrom) is not wrong where gold leaves validTo open.
 */
export function timeEqual(fact: GoldFact, from: PartialDate | null, to: PartialDate | null): boolean {
  return fact.validFrom === (from?.iso ?? null) && (fact.validTo === null || fact.validTo === (to?.iso ?? null));
}

function entityEqual(gold: string[] | null, claim: ExtractedEntity | null): boolean {
  if (gold === null || claim === null) return gold === claim;
  return namesMatch(entityNames(claim), gold);
}

/**
 * Where a claim stands in the text: its start and end when they hold its excerpt, else the first
 * place the excerpt occurs, else its start and end as given (when inside the text), else null.
 */
export function claimSpan(text: string, claim: ExtractedClaim): [number, number] | null {
  const { start, end, excerpt } = claim;
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  if (valid && text.slice(start, end) === excerpt) return [start, end];
  const at = excerpt ? text.indexOf(excerpt) : -1;
  if (at >= 0) return [at, at + excerpt.length];
  return valid ? [start, end] : null;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Pairs claims with gold facts one-to-one. A claim overlapping a noClaim sentence is a violation and
 * matches nothing. Among the rest, every (claim, fact) pair where the claim states the fact is a
 * candidate, ranked by how well it fits: excerpt overlap first, then equal quantity, time, reporter,
 * intermediary and hedge. The best candidates are taken greedily, each claim and fact used once;
 * ties go to the earlier claim, then the earlier fact.
 */
export function matchClaims(gold: GoldArticle, claims: readonly ExtractedClaim[]): ClaimMatching {
  const noClaimSpans = gold.noClaim.map((s) => occurrences(gold.text, s));
  const violations: ClaimMatching['violations'] = [];
  const candidates: Array<FactMatch & { score: number }> = [];
  claims.forEach((claim, claimIndex) => {
    const span = claimSpan(gold.text, claim);
    const hit = span === null ? -1 : noClaimSpans.findIndex((spans) => spans.some((s) => overlaps(s, span)));
    if (hit >= 0) {
      violations.push({ claimIndex, noClaimIndex: hit });
      return;
    }
    gold.facts.forEach((fact, factIndex) => {
      if (!claimStatesFact(claim, fact)) return;
      const atExcerpt = span !== null && occurrences(gold.text, fact.excerpt).some((e) => overlaps(e, span));
      const match: FactMatch = {
        factIndex,
        claimIndex,
        quantityCorrect: fact.quantity === null && claim.quantity === null ? null : quantityEqual(fact.quantity, claim.quantity),
        timeCorrect: fact.validFrom === null && fact.validTo === null ? null : timeEqual(fact, claim.validFrom, claim.validTo),
        reporterCorrect: entityEqual(fact.reporter, claim.reporter),
        intermediaryCorrect: entityEqual(fact.intermediary, claim.intermediary),
        hedgedCorrect: fact.hedged === claim.hedged,
      };
      const score = (atExcerpt ? 8 : 0) + (match.quantityCorrect !== false ? 2 : 0) + (match.timeCorrect !== false ? 1 : 0)
        + (match.reporterCorrect ? 1 : 0) + (match.intermediaryCorrect ? 0.5 : 0) + (match.hedgedCorrect ? 0.25 : 0);
      candidates.push({ ...match, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.claimIndex - b.claimIndex || a.factIndex - b.factIndex);
  const usedClaims = new Set<number>();
  const usedFacts = new Set<number>();
  const matches: FactMatch[] = [];
  for (const { score: _score, ...candidate } of candidates) {
    if (usedClaims.has(candidate.claimIndex) || usedFacts.has(candidate.factIndex)) continue;
    usedClaims.add(candidate.claimIndex);
    usedFacts.add(candidate.factIndex);
    matches.push(candidate);
  }
  matches.sort((a, b) => a.factIndex - b.factIndex);
  return { matches, violations };
}
