import type { Attribution, ClaimOrder, ClaimStatus, Polarity, RelationshipType, ReviewStatus } from '../generated/types';
import { countsForFact, factKeyString, rebuildFacts, tripleKey, uniqueFactKeys, withoutNulls, type FactKey, type TripleClaimRows } from './facts';
import type { Database, QueryRunner } from '../neo4j/database';
import { claimId, invariant, pageParams, perEntity, toPage, validBounds, type Page, type PageRequest, type PartialDate } from '../support';
import { CREDIBILITY_WEIGHTS, RELIABILITY_WEIGHTS } from './confidence';
import { findDisputes, type DisputeRecord } from './disputes';
import { overlapsWindow, toClaimRecord, type ClaimRecord, type QuantityRecord } from './model';
import type { OriginClaim } from './origins';

/** What every claim reader can restrict by: knowledge date and valid-time window. */
export interface ClaimView {
  /** Only claims known by this day (ISO), or null for everything. */
  asOf: string | null;
  /** Only claims whose valid time overlaps this window (and, with keepUndated, those with none), or null. */
  window: { start: string; end: string; keepUndated?: boolean } | null;
}

export const FULL_VIEW: ClaimView = { asOf: null, window: null };

export interface ClaimFilterInput {
  entityId?: string | null;
  subjectId?: string | null;
  objectId?: string | null;
  predicates?: readonly RelationshipType[] | null;
  reportedById?: string | null;
  sourceId?: string | null;
  attribution?: Attribution | null;
  statuses?: readonly ClaimStatus[] | null;
  polarity?: Polarity | null;
  minConfidence?: number | null;
  excludeUnattributedOnly?: boolean | null;
  /** Only claims known after this day (ISO, exclusive): "what changed" since then. */
  knownAfter?: string | null;
  /** Only claims known by this day (ISO, inclusive). */
  knownBy?: string | null;
  reviewStatuses?: readonly ReviewStatus[] | null;
}

/** A page of claim ids with the key they are sorted by, for building cursors. */
export type KeyedPage = Page<{ id: string; sortKey: string | number }>;

export async function findClaimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
  const rows = await db.read('findClaimsByIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const claim = toClaimRecord(row.claim);
    return [claim.id, claim];
  }));
}

/**
 * The fields the rule of independent origins reads, by claim id (src/claim/origins.ts), for
 * `Relationship.origins`: a fact a feed reports every day has thousands of claims to group, and
 * reading each whole (findClaimsByIds) took most of the time.
 */
export async function findOriginClaims(db: Database, ids: readonly string[]): Promise<Map<string, OriginClaim>> {
  const rows = await db.read('findOriginClaims', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const c = row.claim as Record<string, unknown>;
    // As toClaimRecord reads them: a claim stored without a reliability is F (cannot be judged).
    const claim: OriginClaim = {
      id: c.id as string,
      attribution: c.attribution as Attribution,
      reportedById: (c.reportedById as string | null) ?? null,
      publisherId: (c.publisherId as string | null) ?? null,
      sourceId: c.sourceId as string,
      credibility: (c.credibility as number | null) ?? null,
      reliability: (c.reliability as OriginClaim['reliability'] | null) ?? 'F',
    };
    return [claim.id, claim];
  }));
}

/**
 * Claims by id with only the fields a fact is derived from (findTripleClaims' fields), for a view as
 * of a date, which derives each fact again from its claims known then: a fact a feed reports every
 * day has thousands, and reading each whole took most of the time. The records lack texts, review
 * notes and corrections: they are never served, only summarised.
 */
export async function findFactClaimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
  const rows = await db.read('findFactClaimsByIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => {
    const claim = toClaimRecord(row.claim);
    return [claim.id, claim];
  }));
}

/** Above every id (ids are UUIDs): the open end of a backward page in id order. */
const ID_CEILING = '\u{10FFFF}';

export async function findClaims(
  db: Database,
  filter: ClaimFilterInput,
  view: ClaimView,
  orderBy: ClaimOrder,
  page: PageRequest,
): Promise<KeyedPage> {
  const params = claimFilterParams(filter, view);
  // A filter naming an entity or a source starts from that node's claims (claimAnchor). Otherwise, in
  // id order the index gives the order, either way, so a page costs about its own size
  // (findClaimsInIdOrder, findClaimsInReverseIdOrder).
  const anchor = claimAnchor(filter);
  const bounds = { afterId: page.afterId, limit: page.size + 1 };
  const rows = anchor
    ? await db.read('findAnchoredClaims', { ...params, ...anchor, ...pageParams(page, orderBy !== 'ID'), orderBy })
    : orderBy !== 'ID'
      ? await db.read('findClaims', { ...params, ...pageParams(page, true), idFloor: '', orderBy })
      : page.backward
        ? await db.read('findClaimsInReverseIdOrder', { ...params, ...bounds, ceiling: page.beforeId ?? ID_CEILING })
        : await db.read('findClaimsInIdOrder', { ...params, ...bounds, beforeId: page.beforeId });
  return toPage(rows.map((row) => ({ id: row.id as string, sortKey: row.sortKey as string | number })), page);
}

export async function countClaims(db: Database, filter: ClaimFilterInput, view: ClaimView): Promise<number> {
  const anchor = claimAnchor(filter);
  const rows = anchor
    ? await db.read('countAnchoredClaims', { ...claimFilterParams(filter, view), ...anchor })
    : await db.read('countClaims', { ...claimFilterParams(filter, view), idFloor: '' });
  return (rows[0]?.total as number | undefined) ?? 0;
}

export interface ClaimAnchor {
  anchorEntityId: string | null;
  anchorLinks: string[];
  anchorSourceId: string | null;
}

/** The anchor parameters of the one-statement claims pages: the filter's anchor, or none. */
export function claimAnchorParams(filter: ClaimFilterInput): ClaimAnchor {
  return claimAnchor(filter) ?? { anchorEntityId: null, anchorLinks: [], anchorSourceId: null };
}

/**
 * Where a filter that names a source or an entity starts (findAnchoredClaims): from that node's
 * claims, which are a few where the graph's are thousands, or null when it names none. A source
 * first (an article's claims are few), then the subject, the object, either end, the reporter.
 */
export function claimAnchor(filter: ClaimFilterInput): ClaimAnchor | null {
  if (filter.sourceId) return { anchorEntityId: null, anchorLinks: [], anchorSourceId: filter.sourceId };
  const entity = (id: string, links: string[]) => ({ anchorEntityId: id, anchorLinks: links, anchorSourceId: null });
  if (filter.subjectId) return entity(filter.subjectId, ['SUBJECT']);
  if (filter.objectId) return entity(filter.objectId, ['OBJECT']);
  if (filter.entityId) return entity(filter.entityId, ['SUBJECT', 'OBJECT']);
  if (filter.reportedById) return entity(filter.reportedById, ['REPORTED_BY']);
  return null;
}

/** The Cypher parameters of a claim filter and view (findClaims and the queries that share its filters). */
export function claimFilterParams(filter: ClaimFilterInput, view: ClaimView): Record<string, unknown> {
  const list = <T>(values: readonly T[] | null | undefined) => (values && values.length > 0 ? [...values] : null);
  return {
    entityId: filter.entityId ?? null,
    subjectId: filter.subjectId ?? null,
    objectId: filter.objectId ?? null,
    predicates: list(filter.predicates),
    reportedById: filter.reportedById ?? null,
    sourceId: filter.sourceId ?? null,
    attribution: filter.attribution ?? null,
    statuses: list(filter.statuses),
    polarity: filter.polarity ?? null,
    minConfidence: filter.minConfidence ?? null,
    excludeUnattributedOnly: filter.excludeUnattributedOnly ?? false,
    knownAfter: filter.knownAfter ?? null,
    knownBy: filter.knownBy ?? null,
    reviewStatuses: list(filter.reviewStatuses),
    ...viewParams(view),
  };
}

/** The Cypher parameters of a view; graph views add their own filters (src/graph/view.ts). */
export const viewParams = (view: ClaimView) => ({
  asOf: view.asOf,
  windowStart: view.window?.start ?? null,
  windowEnd: view.window?.end ?? null,
  keepUndated: view.window?.keepUndated ?? false,
});

/**
 * The ids of every unretracted claim, asserted or denied, about each fact's subject, predicate and
 * object, in the order of `facts`. One round trip for all of them.
 */
export async function findFactClaimIds(db: Database, facts: readonly FactKey[]): Promise<string[][]> {
  const rows = await db.read('findSupportingClaims', { keys: facts.map(({ fromId, type, toId }) => ({ fromId, type, toId })) });
  const claimIds = new Map(rows.map((row) => [factKeyString(row as unknown as FactKey), row.claimIds as string[]]));
  return facts.map((f) => claimIds.get(factKeyString(f)) ?? []);
}

/**
 * One page of the claims about each entity, for `Entity.claims`, `Entity.timeline` and
 * `Query.timeline`: one round trip for any number of entities. `places`: also the claims about the
 * places in each (what LOCATED_IN facts put in it, three levels down), less those that locate them.
 */
export async function findEntityClaims(
  db: Database,
  entityIds: readonly string[],
  view: ClaimView,
  orderBy: 'ID' | 'VALID_TIME',
  page: PageRequest,
  places = false,
): Promise<Map<string, KeyedPage>> {
  const rows = await db.read('findEntityClaims', {
    entityIds: [...new Set(entityIds)],
    ...viewParams(view),
    ...pageParams(page, orderBy !== 'ID'),
    orderBy,
    places,
  });
  return perEntity(entityIds, rows, (row) => toPage(row.page as Array<{ id: string; sortKey: string }>, page), toPage([], page));
}

export async function countEntityClaims(db: Database, entityIds: readonly string[], view: ClaimView, places = false): Promise<Map<string, number>> {
  const rows = await db.read('countEntityClaims', { entityIds: [...new Set(entityIds)], ...viewParams(view), places });
  return perEntity(entityIds, rows, (row) => row.total as number, 0);
}

/**
 * Where sources disagree, about one entity or everywhere: candidate triples come from Neo4j, the
 * rules of src/claim/disputes.ts decide. Ordered by dispute id. Three round trips.
 */
export async function findAllDisputes(db: Database, entityId: string | null, view: ClaimView): Promise<DisputeRecord[]> {
  const { asOf, window } = view;
  // Today, a triple is in dispute only if its claims' stored statuses say so (every write keeps them
  // current): a feed's daily reports of one triple, thousands of agreeing claims, are not read. At a
  // past date those statuses are not the ones it had, so every triple with two claims is a candidate.
  // Over the whole graph today, those triples are found by index seeks from the claims marked DISPUTED.
  const disputedOnly = asOf === null;
  const groups =
    entityId !== null
      ? await db.read('findEntityDisputeCandidates', { entityId, asOf, disputedOnly })
      : disputedOnly
        ? await db.read('findDisputedTriples', {})
        : await db.read('findDisputeCandidates', { asOf });
  const ids = groups.flatMap((row) => row.claimIds as string[]);
  if (ids.length === 0) return [];
  // Only the fields the rules and the window read: a dispute's claims are served later, a page at a time.
  const claims = await findFactClaimsByIds(db, ids);
  const disputes = groups.flatMap((row) =>
    findDisputes((row.claimIds as string[]).map((id) => claims.get(id)).filter((c): c is ClaimRecord => c !== undefined)),
  );
  // The window picks among disputes found whole: filtering the claims first would drop the side
  // outside it, and with it the dispute, or change its id.
  const shown = window ? disputes.filter((d) => d.claimIds.some((id) => overlapsWindow(claims.get(id)!, window))) : disputes;
  return shown.sort((a, b) => a.id.localeCompare(b.id));
}

/** What a source says, before it is written. Ids refer to existing sources and entities. */
export interface ClaimInput {
  sourceId: string;
  subjectId: string;
  predicate: RelationshipType;
  objectId?: string | null;
  polarity?: Polarity;
  quantity?: QuantityRecord | null;
  validFrom?: PartialDate | null;
  validTo?: PartialDate | null;
  /** The sentence or phrase of the source that says it, verbatim. */
  excerpt: string;
  reportedById?: string | null;
  /** Who relays the reporter's words (a lawmaker briefed by an agency, an outlet citing a wire). */
  intermediaryId?: string | null;
  attribution: Attribution;
  /** The source hedges it ("reportedly"). */
  hedged?: boolean;
  /** The extraction rule and extractor version, for claims made by article extraction. */
  extraction?: { rule: string; extractorVersion: string } | null;
  /** Admiralty credibility, 1 to 6. */
  credibility: number;
  note?: string | null;
  /** Where the excerpt stands in the source's text. */
  textSpan?: { start: number; end: number } | null;
  /**
   * The review status a new claim starts with; by default PENDING for claims made by extraction and
   * ACCEPTED otherwise (src/write decides for claims entered by hand or imported). Writing an
   * existing claim again keeps its review.
   */
  review?: ReviewStatus | null;
}

/**
 * Writes claims and rebuilds the facts and statuses they touch, in the caller's transaction. Returns
 * the claim ids in input order (the same statement twice yields the same id). Only the triples of
 * claims that are new, or whose reliability moved, are rebuilt: writing a claim that is already
 * there as it is (an import run again, an article ingested twice) cannot change its fact.
 */
export async function assertClaims(tx: QueryRunner, inputs: readonly ClaimInput[], actor: string): Promise<string[]> {
  return (await writeClaims(tx, inputs, actor)).ids;
}

/**
 * `assertClaims`, also telling which of the ids are new in the graph (created by this write), for
 * what is published after commit: the same statement says so, so no lookup before the write.
 */
export async function writeClaims(tx: QueryRunner, inputs: readonly ClaimInput[], actor: string): Promise<{ ids: string[]; createdIds: Set<string> }> {
  const claims = inputs.map((input) => toClaimWrite(input, actor));
  // The statement locks the subjects before it looks at each triple's claims: a concurrent writer of
  // the same triple commits first, and its claims are seen, or waits until this one has
  // (see lockFactSubjects).
  const rows = await tx.run('assertClaims', {
    subjectIds: [...new Set(claims.map((c) => c.subjectId))].sort(),
    claims: oncePerId(claims),
    credibilityWeights: CREDIBILITY_WEIGHTS,
    reliabilityWeights: RELIABILITY_WEIGHTS,
  });
  const written = new Set(rows.map((row) => row.id as string));
  const missing = claims.filter((c) => !written.has(c.id));
  invariant(
    missing.length === 0,
    `expected every claim's source, subject, object and reporter to exist, but ${missing.length} claim(s) were not written: ${missing.map((c) => c.props.text).join(' | ')}`,
  );
  const changed = new Set(rows.filter((row) => row.changed === true).map((row) => row.tripleKey as string));
  const keys = uniqueFactKeys(claims.map((c) => ({ fromId: c.subjectId, type: c.props.predicate, toId: c.objectId })));
  const known = knownTriples(rows, claims);
  await rebuildFacts(tx, keys.filter((k) => changed.has(tripleKey(k))), known.triples, {
    subjectsLocked: true,
    newTriples: known.fresh,
    appended: known.appended,
  });
  return { ids: claims.map((c) => c.id), createdIds: new Set(rows.filter((row) => row.created === true).map((row) => row.id as string)) };
}

/**
 * The triples whose counted claims (neither retracted nor rejected) are all in the batch, with those
 * claims as assertClaims returned them: their facts are derived without reading them again. Only
 * changed rows carry their fields, so a triple is known when its changed rows alone are its counted
 * claims (`tripleComplete`); one with a claim outside the batch, or an unchanged one in it, is left
 * to findTripleClaims.
 * `fresh` holds the known triples whose counted claims were all created by this write: before it,
 * the triple had none, so it had no fact (a fact exists only while a counted claim supports it),
 * and its fact is created outright instead of merged.
 * `appended` holds the other triples whose changed claims were all created by this write (a feed's
 * new reports of a triple it reported before), with those claims: their fact may be derived from
 * the stored one and them (src/claim/appendToFact.ts).
 */
function knownTriples(
  rows: ReadonlyArray<Record<string, unknown>>,
  inputs: ReadonlyArray<ReturnType<typeof toClaimWrite>>,
): { triples: Map<string, TripleClaimRows>; fresh: Set<string>; appended: Map<string, TripleClaimRows> } {
  const inputById = new Map(inputs.map((c) => [c.id, c]));
  const byKey = new Map<string, { complete: boolean; claims: Array<Record<string, unknown>>; allCreated: boolean }>();
  for (const row of rows) {
    if (row.changed !== true) continue;
    const key = row.tripleKey as string;
    const group = byKey.get(key) ?? { complete: row.tripleComplete === true, claims: [], allCreated: true };
    // A new claim is stored as its input says; the statement returns only what it derived.
    // Object.assign, not a spread: V8 took ten times as long over a spread of these ~30 keys
    // (240,000 claims: 3.1 s against 0.3 s in a scratch comparison).
    const input = row.created === true ? inputById.get(row.id as string) : undefined;
    const claim: Record<string, unknown> = input
      ? Object.assign({}, input.props, { id: input.id, status: 'REPORTED', sourceId: input.sourceId, reportedById: input.reportedById }, row.claim as Record<string, unknown>)
      : (row.claim as Record<string, unknown>);
    if (countsForFact(claim)) {
      group.claims.push(claim);
      if (row.created !== true) group.allCreated = false;
    }
    byKey.set(key, group);
  }
  const complete = [...byKey].filter(([, g]) => g.complete);
  return {
    triples: new Map(complete.map(([key, g]) => [key, g.claims])),
    fresh: new Set(complete.filter(([, g]) => g.allCreated && g.claims.length > 0).map(([key]) => key)),
    appended: new Map([...byKey].filter(([, g]) => !g.complete && g.allCreated && g.claims.length > 0).map(([key, g]) => [key, g.claims])),
  };
}

/**
 * Each claim once, with every excerpt the batch gives of it, in first-seen order: the statement
 * creates a new claim's edges outright, which it may do only once per claim.
 */
function oncePerId(claims: ReadonlyArray<ReturnType<typeof toClaimWrite>>) {
  const byId = new Map<string, Omit<ReturnType<typeof toClaimWrite>, 'excerpt' | 'props'> & { props: Record<string, unknown>; excerpts: string[] }>();
  for (const { excerpt, ...claim } of claims) {
    const seen = byId.get(claim.id);
    if (!seen) byId.set(claim.id, { ...claim, props: withoutNulls(claim.props), excerpts: [excerpt] });
    else if (!seen.excerpts.includes(excerpt)) seen.excerpts.push(excerpt);
  }
  return [...byId.values()];
}

/** The id and stored properties a claim input would get; also used to preview a write (dry runs). */
export function toClaimWrite(input: ClaimInput, actor: string) {
  const polarity = input.polarity ?? 'ASSERTED';
  const quantity = input.quantity ?? null;
  const bounds = validBounds(input.validFrom ?? null, input.validTo ?? null);
  const id = claimId({
    sourceId: input.sourceId,
    reportedById: input.reportedById ?? null,
    attribution: input.attribution,
    subjectId: input.subjectId,
    predicate: input.predicate,
    objectId: input.objectId ?? null,
    polarity,
    quantity,
    validFrom: input.validFrom?.iso ?? null,
    validTo: input.validTo?.iso ?? null,
  });
  return {
    id,
    tripleKey: tripleKey({ fromId: input.subjectId, type: input.predicate, toId: input.objectId ?? null }),
    sourceId: input.sourceId,
    subjectId: input.subjectId,
    objectId: input.objectId ?? null,
    reportedById: input.reportedById ?? null,
    intermediaryId: input.intermediaryId ?? null,
    excerpt: input.excerpt,
    props: {
      text: input.excerpt,
      predicate: input.predicate,
      polarity,
      attribution: input.attribution,
      note: input.note ?? null,
      credibility: input.credibility,
      hedged: input.hedged ?? false,
      extractionRule: input.extraction?.rule ?? null,
      extractorVersion: input.extraction?.extractorVersion ?? null,
      quantityValue: quantity?.value ?? null,
      quantityUpper: quantity?.upper ?? null,
      quantityUnit: quantity?.unit ?? null,
      quantityQualifier: quantity?.qualifier ?? null,
      validFrom: input.validFrom?.iso ?? null,
      validFromPrecision: input.validFrom?.precision ?? null,
      validTo: input.validTo?.iso ?? null,
      validToPrecision: input.validTo?.precision ?? null,
      validStart: bounds?.start ?? null,
      validEnd: bounds?.end ?? null,
      unattributedOnly: input.attribution === 'UNATTRIBUTED',
      createdBy: actor,
      textStart: input.textSpan?.start ?? null,
      textEnd: input.textSpan?.end ?? null,
      reviewStatus: input.review ?? (input.extraction ? 'PENDING' : 'ACCEPTED'),
    },
  };
}

/**
 * Retracts a claim and rebuilds what it supported, in the caller's transaction. Retracting twice
 * keeps the first reason. Returns null when no claim has that id.
 */
export async function retractClaim(
  tx: QueryRunner,
  id: string,
  reason: string,
  actor: string,
  at: string | null = null,
): Promise<{ subjectId: string; retracted: boolean } | null> {
  return (await retractClaims(tx, [{ id, reason, actor, at }])).get(id) ?? null;
}

/**
 * Derives again, in the caller's transaction, the facts of every claim citing these sources: a
 * source that gets a publisher it did not have moves its claims into that publisher's origin, which
 * can change their statuses (two articles of one outlet corroborate nothing).
 */
export async function rebuildSourceFacts(tx: QueryRunner, sourceIds: readonly string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const rows = await tx.run('findSourceTriples', { sourceIds: [...new Set(sourceIds)] });
  await rebuildFacts(
    tx,
    uniqueFactKeys(rows.map((row) => ({ fromId: row.subjectId as string, type: row.predicate as RelationshipType, toId: (row.objectId as string | null) ?? null }))),
  );
}

/**
 * Retracts many claims (an import's) in one statement and rebuilds the triples they supported
 * once, in the caller's transaction. An id given twice is retracted with its first reason. Returns,
 * by id, each claim found and whether this call retracted it (false when it already was).
 */
export async function retractClaims(
  tx: QueryRunner,
  retractions: ReadonlyArray<{ id: string; reason: string; actor: string; at?: string | null }>,
): Promise<Map<string, { subjectId: string; retracted: boolean }>> {
  const first = new Map<string, { id: string; reason: string; actor: string; at: string | null }>();
  for (const r of retractions) if (!first.has(r.id)) first.set(r.id, { id: r.id, reason: r.reason, actor: r.actor, at: r.at ?? null });
  const rows = first.size > 0 ? await tx.run('retractClaims', { retractions: [...first.values()] }) : [];
  const retracted = rows.filter((row) => row.retracted === true);
  await rebuildFacts(
    tx,
    uniqueFactKeys(retracted.map((row) => ({ fromId: row.subjectId as string, type: row.predicate as RelationshipType, toId: (row.objectId as string | null) ?? null }))),
  );
  return new Map(rows.map((row) => [row.id as string, { subjectId: row.subjectId as string, retracted: row.retracted as boolean }]));
}
