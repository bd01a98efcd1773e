import { overlapsWindow, summarizeFact, viewParams, type ClaimRecord, type ClaimView } from '../claim';
import { toRelationshipRecord, type RelationshipRecord } from './model';

/** The filters every graph query shares, beyond relationship types. */
export interface FactView extends ClaimView {
  minConfidence: number | null;
  excludeUnattributedOnly: boolean;
}

/** The Cypher parameters of a fact view: the claim view's, and the fact filters. */
export const factViewParams = (view: FactView) => ({
  ...viewParams(view),
  minConfidence: view.minConfidence,
  excludeUnattributedOnly: view.excludeUnattributedOnly,
});

/**
 * "What did we know then": with `asOf`, each fact is recomputed from the claims known by that day
 * (its quantity, time, confidence and corroboration can all differ), and facts none of whose claims
 * were known disappear. The Cypher filters already kept only candidates; this applies the filters
 * again to the recomputed facts. Without `asOf` the stored facts are the answer.
 */
export async function applyFactView(
  facts: readonly RelationshipRecord[],
  view: FactView,
  loadClaims: (ids: string[]) => Promise<ClaimRecord[]>,
): Promise<RelationshipRecord[]> {
  const asOf = view.asOf;
  if (asOf === null) return [...facts];
  const claims = await loadClaims([...new Set(facts.flatMap((f) => f.claimIds))]);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const result: RelationshipRecord[] = [];
  for (const fact of facts) {
    const known = fact.claimIds.map((id) => byId.get(id)).filter((c): c is ClaimRecord => c !== undefined && c.knownAt <= asOf);
    const props = summarizeFact(fact, known, fact.disputed);
    if (props === null) continue;
    const recomputed = toRelationshipRecord({ ...props, type: fact.type, fromId: fact.fromId, toId: fact.toId });
    if (passes(recomputed, view)) result.push(recomputed);
  }
  return result;
}

function passes(fact: RelationshipRecord, view: FactView): boolean {
  if (view.window && !overlapsWindow(fact, view.window)) return false;
  if (view.minConfidence !== null && !(fact.confidence !== null && fact.confidence >= view.minConfidence)) return false;
  if (view.excludeUnattributedOnly && fact.unattributedOnly) return false;
  return true;
}
