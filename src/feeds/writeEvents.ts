import { rebuildFacts, retractClaims, uniqueFactKeys, type ClaimInput } from '../claim';
import type { EntityInput } from '../entity';
import type { EntityKind, RelationshipType } from '../generated/types';
import type { Database, QueryRunner } from '../neo4j';
import { contentHash, type SourceInput } from '../source';
import { canonicalUrl, entityId, sourceId } from '../support';
import { relationshipType } from '../vocabulary';
import { checkClaim, checkEnds, publishAfterCommit, writeBundle, type CheckedClaim } from '../write';
import type { EventDraft, EventEnd, FeedReport, FeedValue, SeenIds } from './model';
import type { EntityResolver } from './resolve';
import { feedEventId } from './keys';

/** The unit of the "killed" casualty figures the feeds give. */
export const KILLED_UNIT = 'people';

type SourcedClaim = Omit<ClaimInput, 'sourceId'> & { sourceId: string };

/** The id a source gets: its canonical URL when it has one, else the hash of its text. */
export function sourceKeyOf(source: SourceInput): string {
  return source.url ? sourceId({ url: canonicalUrl(source.url) }) : sourceId({ contentHash: contentHash(source.text ?? '') });
}

/** A source from a feed's reference: a web address when it is one, else its text (a name, a citation). */
export function sourceFrom(reference: string, title: string | null, publishedAt: SourceInput['publishedAt']): SourceInput & { key: string } {
  let url: string | null = null;
  if (/^https?:\/\//i.test(reference)) {
    try {
      url = canonicalUrl(reference);
    } catch {
      url = null;
    }
  }
  const source: SourceInput = url ? { url, title, publishedAt } : { text: reference, title: title ?? reference, publishedAt };
  return { ...source, key: sourceKeyOf(source) };
}

/** The statement an event makes, before it is cited by a source. */
export type Statement = Omit<CheckedClaim, 'sourceId'>;

/**
 * The claims an event makes once its ends are the graph's entities: from each group of templates,
 * the first whose ends exist and fit the vocabulary; then the "killed" figure, said of the first
 * end in its list that may have casualties, in the place when there is one.
 */
export function statementsOf(draft: EventDraft, ends: Partial<Record<EventEnd, EntityInput>>): Statement[] {
  const idOf = (end: EventEnd | null) => {
    const e = end ? ends[end] : undefined;
    return e ? entityId(e.kind, e.name) : null;
  };
  const kinds = new Map<string, EntityKind>(Object.values(ends).map((e) => [entityId(e.kind, e.name), e.kind]));
  // A record dates what happened to its day (or month): a period that ends, not "since" (src/claim/disputes.ts).
  const base = { validFrom: draft.date, validTo: draft.until ?? draft.date, excerpt: draft.excerpt, credibility: draft.credibility, attribution: 'SOURCE' as const };
  const fits = (fields: Parameters<typeof checkClaim>[0]): Statement | null => {
    try {
      const claim = checkClaim(fields, '');
      checkEnds(claim, (id) => kinds.get(id), '');
      return claim;
    } catch {
      return null;
    }
  };
  const statements: Statement[] = [];
  for (const group of draft.templates) {
    for (const t of group) {
      const subjectId = idOf(t.subject);
      const objectId = idOf(t.object);
      if (!subjectId || (t.object && !objectId)) continue;
      if (t.subjectKinds && !t.subjectKinds.includes(kinds.get(subjectId) as EntityKind)) continue;
      const made = fits({ ...base, subjectId, predicate: t.predicate, objectId });
      if (made) {
        statements.push(made);
        break;
      }
    }
  }
  if (draft.killed) {
    const killedIn = relationshipType('KILLED_IN');
    const subject = draft.killed.subjects.map((end) => ends[end]).find((e) => e && killedIn.subjectKinds.includes(e.kind));
    if (subject) {
      const made = fits({
        ...base,
        subjectId: entityId(subject.kind, subject.name),
        predicate: 'KILLED_IN',
        objectId: idOf('place'),
        quantity: { value: draft.killed.value, unit: KILLED_UNIT, qualifier: draft.killed.qualifier },
        note: draft.killed.note,
      });
      if (made) statements.push(made);
    }
  }
  return statements;
}

/**
 * Where a feed puts a place: LOCATED_IN its country, said by the record that locates it, in the
 * feed's own voice (geography is no one's claim, as in articles: docs/extraction.md). Timeless, so
 * it holds whatever valid time the view asks; known from the record's publication, as its events.
 * Null when the place is the country, or not a location once resolved.
 */
export function locationStatement(draft: EventDraft, place: EntityInput, country: EntityInput): Statement | null {
  if (place.kind !== 'LOCATION' || country.kind !== 'COUNTRY') return null;
  const subjectId = entityId(place.kind, place.name);
  const objectId = entityId(country.kind, country.name);
  if (subjectId === objectId) return null;
  const excerpt = `${draft.feed} event ${draft.eventId} locates ${place.name} in ${country.name}.`;
  return checkClaim({ subjectId, predicate: 'LOCATED_IN', objectId, excerpt, credibility: draft.credibility, attribution: 'SOURCE' }, '');
}

interface Prepared {
  entities: EntityInput[];
  sources: Array<SourceInput & { key: string }>;
  /** The events' claims, then the places' LOCATED_IN claims, which belong to no record's range. */
  claims: SourcedClaim[];
  /** Per event: its params for mergeFeedEvents, and the range of its claims in `claims`. */
  events: Array<{ draft: EventDraft; params: Record<string, unknown>; from: number; to: number }>;
  places: Set<string>;
  /** Places this batch locates in their country. */
  located: Set<string>;
  noClaim: number;
}

/**
 * Resolves the drafts and lays out what the batch writes. `locatedBefore`: the places the run has
 * located already; each other place is located by the first record that names its country.
 */
function prepare(drafts: readonly EventDraft[], resolver: EntityResolver, locatedBefore: ReadonlySet<string>): Prepared {
  const entities = new Map<string, EntityInput>();
  const sources = new Map<string, SourceInput & { key: string }>();
  const claims: SourcedClaim[] = [];
  // Kept out of the records' claims: a record that no longer locates a place (another record of a
  // later run located it first) must not retract where the place is, as a revised record would.
  const geography: SourcedClaim[] = [];
  const events: Prepared['events'] = [];
  const places = new Set<string>();
  const located = new Set<string>();
  let noClaim = 0;
  const add = (e: EntityInput) => {
    const id = entityId(e.kind, e.name);
    const known = entities.get(id);
    // A country named as an actor and as the place: one entity, with the place's coordinates.
    if (!known) entities.set(id, e);
    else if (!known.coordinates && e.coordinates) entities.set(id, { ...known, coordinates: e.coordinates });
    return id;
  };
  for (const draft of drafts) {
    const ends: Partial<Record<EventEnd, EntityInput>> = {};
    for (const [end, entity] of Object.entries(draft.ends) as Array<[EventEnd, EntityInput]>) ends[end] = resolver.resolve(entity);
    const actors = (['actor1', 'actor2'] as const).filter((r) => ends[r]).map((role) => ({ id: add(ends[role] as EntityInput), role }));
    for (const other of draft.others) actors.push({ id: add(resolver.resolve(other.entity)), role: other.role as 'actor1' });
    const placeId = ends.place ? add(ends.place) : null;
    if (ends.victims) add(ends.victims);
    if (placeId) places.add(placeId);
    const statements = statementsOf(draft, ends);
    if (draft.mapped && statements.length === 0) noClaim += 1;
    let where: Statement | null = null;
    // A record that cites no source (an ACLED row with an empty `source`) makes no claim: the next one locates the place.
    if (ends.place && placeId && draft.placeCountry && draft.sources.length > 0 && !locatedBefore.has(placeId) && !located.has(placeId)) {
      const country = resolver.resolve(draft.placeCountry);
      where = locationStatement(draft, ends.place, country);
      if (where) {
        add(country);
        located.add(placeId);
      }
    }
    const from = claims.length;
    for (const { publisher, ...source } of draft.sources) {
      const publisherId = publisher ? add(resolver.resolve(publisher)) : null;
      if (!sources.has(source.key)) sources.set(source.key, { ...source, publisherId });
      for (const s of statements) claims.push({ ...s, sourceId: source.key });
    }
    // Where the place lies is the feed's coding, not each outlet's report: cited by the record's
    // first source only, so fourteen outlets of one massacre are not fourteen origins of a village's country.
    const [firstSource] = draft.sources;
    if (where && firstSource) geography.push({ ...where, sourceId: firstSource.key });
    const first = statements[0];
    const props: Record<string, FeedValue> = {
      ...draft.props,
      excerpt: draft.excerpt,
      claimSubjectId: first?.subjectId ?? null,
      claimPredicate: first?.predicate ?? null,
      claimObjectId: first?.objectId ?? null,
    };
    events.push({
      draft,
      from,
      to: claims.length,
      params: {
        id: feedEventId(draft.feed, draft.eventId),
        feed: draft.feed,
        eventId: draft.eventId,
        date: draft.date.iso,
        datePrecision: draft.date.precision,
        props,
        placeId,
        actors,
        sourceIds: draft.sources.map((s) => s.key),
      },
    });
  }
  return { entities: [...entities.values()], sources: [...sources.values()], claims: [...claims, ...geography], events, places, located, noClaim };
}

/**
 * Properties of a :FeedEvent that are ours, not the feed's: the ones set above and in
 * mergeFeedEvents.cypher. The feed's own fields sit beside them on the node, so a reader tells them
 * apart by this list.
 */
export const FEED_EVENT_BOOKKEEPING: ReadonlySet<string> = new Set([
  'id', 'feed', 'eventId', 'date', 'datePrecision', 'createdAt', 'createdBy',
  'excerpt', 'claimSubjectId', 'claimPredicate', 'claimObjectId', 'recordClaimIds',
]);

/** What one batch wrote. */
interface Written {
  entityIds: string[];
  newEntities: number;
  newSources: number;
  /** The publishers the batch's sources have in the graph: a source keeps one named before (recordSources). */
  publisherIds: string[];
  claimIds: string[];
  newClaims: number;
  retracted: number;
  restored: number;
}

/**
 * Retracts the claims records no longer make (revised or deleted), each with its reason, and tells
 * subscribers after the commit. Returns how many were retracted by this call.
 */
export async function retractDropped(tx: QueryRunner, stale: ReadonlyArray<{ id: string; reason: string; actor: string }>, actor: string): Promise<number> {
  const retracted = stale.length > 0 ? [...(await retractClaims(tx, stale))].filter(([, r]) => r.retracted) : [];
  if (retracted.length > 0) {
    publishAfterCommit(tx, {
      cause: 'CLAIM_RETRACTED',
      addedClaimIds: [],
      changedClaimIds: retracted.map(([id]) => id),
      entityIds: [...new Set(retracted.map(([, r]) => r.subjectId))],
      reviewQueueChanged: true,
      by: actor,
    });
  }
  return retracted.length;
}

/**
 * Writes prepared events in one transaction, through the bundle writer every write path uses. A
 * record the feed has revised since an earlier run (ACLED corrects its events in place) may no
 * longer make some of the claims it made: mergeFeedEvents names them, and they are retracted, with
 * the record as the reason, so the fact no longer counts a figure the feed has taken back.
 */
async function writePrepared(db: Database, p: Prepared, actor: string, origin: string): Promise<Written> {
  return db.writeTransaction(async (tx) => {
    // One bundle: the entities, the sources and the claims of the batch, each kind in one statement.
    const written = await writeBundle(tx, { entities: p.entities, sources: p.sources.map(({ key: _key, ...source }) => source), claims: p.claims }, actor, origin);
    const entityWrites = written.entities;
    const newSources = written.sources.filter((s) => s.created).length;
    const claimIds = written.claimIds;
    // Claims in the graph before this batch may have been retracted by a revision the feed has now
    // taken back (restoreRevisedClaims); a first import creates every claim and skips the statement.
    const existing = [...new Set(claimIds)].filter((id) => !written.createdClaimIds.has(id));
    const restored = existing.length > 0 ? await tx.run('restoreRevisedClaims', { claimIds: existing, actor }) : [];
    if (restored.length > 0) {
      await rebuildFacts(tx, uniqueFactKeys(restored.map((r) => ({ fromId: r.subjectId as string, type: r.predicate as RelationshipType, toId: (r.objectId as string | null) ?? null }))));
    }
    const events = p.events.map((e) => ({ ...e.params, claimIds: [...new Set(claimIds.slice(e.from, e.to))] }));
    // Only what the unlinking compares: the feed's own fields (props) are most of an event's bytes.
    const links = p.events.map(({ params }, i) => ({ id: params.id, placeId: params.placeId, actors: params.actors, sourceIds: params.sourceIds, claimIds: events[i]?.claimIds }));
    const dropped = links.length > 0 ? await tx.run('unlinkRevisedFeedEvents', { events: links }) : [];
    if (events.length > 0) await tx.run('mergeFeedEvents', { events, actor });
    // A claim one record dropped and another of the batch makes still stands.
    const claimedNow = new Set(events.flatMap((e) => e.claimIds));
    const byId = new Map(p.events.map((e) => [e.params.id as string, e.draft]));
    const stale = dropped.flatMap((row) => {
      const draft = byId.get(row.id as string) as EventDraft;
      const reason = `${draft.feed} revised event ${draft.eventId} (${origin}): its record no longer says this`;
      return (row.droppedClaimIds as string[]).filter((id) => !claimedNow.has(id)).map((id) => ({ id, reason, actor }));
    });
    const retracted = await retractDropped(tx, stale, actor);
    if (restored.length > 0) {
      // Written again by the feed: to a subscriber, as claims written.
      publishAfterCommit(tx, {
        cause: 'CLAIMS_WRITTEN',
        addedClaimIds: [],
        changedClaimIds: restored.map((r) => r.id as string),
        entityIds: [...new Set(restored.map((r) => r.subjectId as string))],
        reviewQueueChanged: true,
        by: actor,
      });
    }
    return {
      entityIds: entityWrites.map((w) => w.entity.id),
      newEntities: entityWrites.filter((w) => w.created).length,
      newSources,
      publisherIds: written.sources.flatMap((w) => (w.source.publisherId ? [w.source.publisherId] : [])),
      claimIds,
      newClaims: written.createdClaimIds.size,
      retracted,
      restored: restored.length,
    };
  });
}

/**
 * Resolves a batch of events against the graph and writes it in one transaction. When the batch
 * fails, its events are written one by one, so one bad record costs its own line, not the batch's.
 */
export async function writeEvents(
  db: Database,
  file: string,
  drafts: readonly EventDraft[],
  resolver: EntityResolver,
  report: FeedReport,
  seen: SeenIds,
  actor: string,
): Promise<void> {
  if (drafts.length === 0) return;
  await resolver.prepare(
    drafts.flatMap((d) => [
      ...Object.values(d.ends),
      ...d.others.map((o) => o.entity),
      ...(d.placeCountry ? [d.placeCountry] : []),
      ...d.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])),
    ]),
  );
  const origin = `the ${drafts[0]?.feed} file ${file}`;
  const tally = (p: Prepared, w: Written) => {
    for (const id of w.entityIds) seen.entities.add(id);
    for (const id of p.places) seen.places.add(id);
    for (const id of p.located) seen.located.add(id);
    for (const source of p.sources) seen.sources.add(source.key);
    for (const id of w.publisherIds) seen.publishers.add(id);
    for (const id of w.claimIds) seen.claims.add(id);
    report.newEntities += w.newEntities;
    report.newSources += w.newSources;
    report.newClaims += w.newClaims;
    report.retracted += w.retracted;
    report.restored += w.restored;
    report.noClaim += p.noClaim;
    // An event repeated in the files (or revised in a later one) is counted once.
    for (const e of p.events) {
      if (seen.events.has(e.params.id as string)) continue;
      seen.events.add(e.params.id as string);
      if (!e.draft.mapped) report.unmapped.set(e.draft.code, (report.unmapped.get(e.draft.code) ?? 0) + 1);
    }
  };
  // A record twice in one batch (an export with a revision beside the original): the last one wins,
  // as it would across two batches, rather than the event taking the links of both.
  const latest = [...new Map(drafts.map((d) => [`${d.feed}|${d.eventId}`, d])).values()];
  const whole = prepare(latest, resolver, seen.located);
  try {
    tally(whole, await writePrepared(db, whole, actor, origin));
  } catch {
    for (const draft of latest) {
      const one = prepare([draft], resolver, seen.located);
      try {
        tally(one, await writePrepared(db, one, actor, origin));
      } catch (error) {
        report.errors.push({ file, line: draft.line, message: `not written: ${(error as Error).message}` });
      }
    }
  }
}
