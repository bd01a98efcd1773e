import type { Extraction, ExtractedClaim } from '../extract/model';
import { addCounts, emptyCounts, tally, type Counts } from './counts';
import type { GoldArticle, GoldFact } from './goldArticle';
import { claimSpan, matchClaims, type FactMatch } from './matchClaims';
import { occurrences } from './validateGoldArticle';

/** A claim that matched no gold fact. */
export interface FalsePositive {
  articleId: string;
  claim: ExtractedClaim;
  /** NO_CLAIM_SENTENCE: it overlaps a sentence gold says must yield nothing. NO_GOLD_FACT: anything else. */
  reason: 'NO_CLAIM_SENTENCE' | 'NO_GOLD_FACT';
  /** The noClaim sentence it overlaps, for NO_CLAIM_SENTENCE. */
  noClaimSentence: string | null;
  /** A gold fact stated in the same place, when there is one: the claim is likely a near miss of it. */
  nearFact: GoldFact | null;
}

/** A gold fact no claim matched. */
export interface MissedFact {
  articleId: string;
  factIndex: number;
  fact: GoldFact;
}

/** A matched pair whose quantity, time, reporter, intermediary or hedge differ. */
export interface WrongDetail {
  articleId: string;
  fact: GoldFact;
  claim: ExtractedClaim;
  fields: Array<'quantity' | 'time' | 'reporter' | 'intermediary' | 'hedged'>;
}

export interface ArticleScore {
  articleId: string;
  overall: Counts;
  /** Counts per predicate (gold's for facts, the claim's for claims; equal when matched). */
  byPredicate: Record<string, Counts>;
  matches: FactMatch[];
  falsePositives: FalsePositive[];
  missed: MissedFact[];
  wrongDetails: WrongDetail[];
}

/**
 * Scores one extraction against its gold article. See matchClaims for what counts as a match; every
 * claim left over is a false positive and every fact left over is missed.
 *
 * @example scoreArticle(gold, extractClaims(gold.text, null)).overall // { gold: 5, claims: 6, matched: 4, ... }
 */
export function scoreArticle(gold: GoldArticle, extraction: Pick<Extraction, 'claims'>): ArticleScore {
  const claims = extraction.claims;
  const { matches, violations } = matchClaims(gold, claims);
  const byPredicate: Record<string, Counts> = {};
  const of = (predicate: string): Counts => (byPredicate[predicate] ??= emptyCounts());
  for (const fact of gold.facts) of(fact.predicate).gold += 1;
  for (const claim of claims) of(claim.predicate).claims += 1;

  const wrongDetails: WrongDetail[] = [];
  for (const m of matches) {
    const fact = gold.facts[m.factIndex]!;
    const claim = claims[m.claimIndex]!;
    const c = of(fact.predicate);
    c.matched += 1;
    if (m.quantityCorrect !== null) tally(c.quantity, m.quantityCorrect);
    if (m.timeCorrect !== null) tally(c.time, m.timeCorrect);
    tally(c.reporter, m.reporterCorrect);
    tally(c.intermediary, m.intermediaryCorrect);
    tally(c.hedged, m.hedgedCorrect);
    const fields: WrongDetail['fields'] = [];
    if (m.quantityCorrect === false) fields.push('quantity');
    if (m.timeCorrect === false) fields.push('time');
    if (!m.reporterCorrect) fields.push('reporter');
    if (!m.intermediaryCorrect) fields.push('intermediary');
    if (!m.hedgedCorrect) fields.push('hedged');
    if (fields.length > 0) wrongDetails.push({ articleId: gold.id, fact, claim, fields });
  }

  const matchedClaims = new Set(matches.map((m) => m.claimIndex));
  const violationOf = new Map(violations.map((v) => [v.claimIndex, v.noClaimIndex]));
  const falsePositives: FalsePositive[] = [];
  claims.forEach((claim, i) => {
    if (matchedClaims.has(i)) return;
    const noClaimIndex = violationOf.get(i);
    if (noClaimIndex !== undefined) of(claim.predicate).noClaimViolations += 1;
    falsePositives.push({
      articleId: gold.id,
      claim,
      reason: noClaimIndex === undefined ? 'NO_GOLD_FACT' : 'NO_CLAIM_SENTENCE',
      noClaimSentence: noClaimIndex === undefined ? null : gold.noClaim[noClaimIndex]!,
      nearFact: nearFact(gold, claim),
    });
  });

  const matchedFacts = new Set(matches.map((m) => m.factIndex));
  const missed = gold.facts.flatMap((fact, factIndex) => (matchedFacts.has(factIndex) ? [] : [{ articleId: gold.id, factIndex, fact }]));
  const overall = Object.values(byPredicate).reduce(addCounts, emptyCounts());
  return { articleId: gold.id, overall, byPredicate, matches, falsePositives, missed, wrongDetails };
}

/** The first gold fact whose excerpt overlaps the claim's place in the text. */
function nearFact(gold: GoldArticle, claim: ExtractedClaim): GoldFact | null {
  const span = claimSpan(gold.text, claim);
  if (span === null) return null;
  const sameKind = (f: GoldFact) => f.predicate === claim.predicate;
  const near = gold.facts.filter((f) => occurrences(gold.text, f.excerpt).some(([s, e]) => s < span[1] && span[0] < e));
  return near.find(sameKind) ?? near[0] ?? null;
}
