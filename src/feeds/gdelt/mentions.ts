import type { ClaimInput } from '../../claim';
import type { EntityInput } from '../../entity';
import type { Database } from '../../neo4j';
import { entityId, partialDateFromStore, type PartialDate } from '../../support';
import { checkClaim, writeBundle } from '../../write';
import { feedEventId } from '../keys';
import { numberField } from '../mapping';
import type { FeedReport, FeedValue, SeenIds } from '../model';
import { periodInWindow, type FeedOptions } from '../options';
import { citedRecordSource, monitoredOutlet, outletEntity, webSource, type FeedSource } from '../outlets';
import type { EntityResolver } from '../resolve';
import { sourceFrom } from '../writeEvents';
import { byName, MENTION_COLUMNS } from './columns';
import { gdeltDay } from './events';

/** A line of the mentions table, checked. */
export interface MentionDraft {
  line: number;
  eventId: string;
  /** When GDELT first saw the event it mentions (EventTimeDate: the event's DATEADDED, not its date). */
  eventDate: PartialDate;
  /** The mentioning document, published by its outlet (mentionSource). */
  source: FeedSource;
  sentenceId: number;
  confidence: number;
  props: Record<string, FeedValue>;
}

/** GDELT's confidence in a mention (0-100) as the credibility (1-6) of the claim it cites. */
export function mentionCredibility(confidence: number): number {
  if (confidence >= 70) return 3;
  if (confidence >= 40) return 4;
  return 5;
}

/**
 * The document a mention cites, as a source with its outlet. A web address is published by its site's
 * outlet, taken from the address as the events table's are (webSource). A reference that is not an
 * address is a citation (MentionType 2 and up): when it only names the outlet (MentionSourceName,
 * "BBC Monitoring"), the source is the event as that outlet reported it, the same source an events
 * line citing the outlet gives; so does a service's citation of what it monitored
 * ("Shamshad TV, Kabul/BBC Monitoring/(c) BBC"), which the events line of the event gives too. Any
 * other fuller citation names a document of its own, which the outlet published.
 */
export function mentionSource(eventId: string, identifier: string, sourceName: string, publishedAt: PartialDate): FeedSource {
  if (/^https?:\/\//i.test(identifier)) return webSource(identifier, publishedAt);
  const outlet = sourceName.trim() || identifier;
  if (outlet === identifier || monitoredOutlet(identifier)) return citedRecordSource(eventId, identifier, publishedAt);
  return { ...sourceFrom(identifier, null, publishedAt), publisher: outletEntity(outlet) };
}

const INTEGERS = ['MentionType', 'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen'];

/** One line of the mentions table; throws "<column>: expected …" on a bad field. */
export function mentionDraft(fields: readonly string[], line: number): MentionDraft {
  const row = byName(MENTION_COLUMNS, fields);
  const eventId = row.GLOBALEVENTID ?? '';
  if (!/^\d+$/.test(eventId)) throw new Error(`GLOBALEVENTID: expected a whole number, but got ${JSON.stringify(eventId)}`);
  const eventDate = gdeltDay('EventTimeDate', row.EventTimeDate ?? '');
  const mentionDate = gdeltDay('MentionTimeDate', row.MentionTimeDate ?? '');
  const identifier = row.MentionIdentifier ?? '';
  if (!identifier) throw new Error('MentionIdentifier: expected the URL or citation of the mentioning document, but got none');
  const props: Record<string, FeedValue> = {};
  for (const column of MENTION_COLUMNS) {
    const text = row[column] ?? '';
    if (INTEGERS.includes(column)) props[column] = numberField(column, text, { integer: true, ...(column === 'Confidence' ? { min: 0, max: 100 } : {}) });
    else if (column === 'MentionDocTone') props[column] = numberField(column, text, { min: -100, max: 100 });
    else props[column] = text === '' ? null : text;
  }
  const confidence = (props.Confidence as number | null) ?? 0;
  return {
    line,
    eventId,
    eventDate,
    source: mentionSource(eventId, identifier, row.MentionSourceName ?? '', mentionDate),
    sentenceId: (props.SentenceID as number | null) ?? 0,
    confidence,
    props,
  };
}

interface StoredEvent {
  eventId: string;
  date: string;
  datePrecision: string;
  claimSubjectId: string | null;
  claimPredicate: string | null;
  claimObjectId: string | null;
  excerpt: string | null;
}

/** A mention's key, as mergeFeedMentions merges it: GDELT repeats a line for one sentence at times. */
const mentionKey = (m: MentionDraft) => `${m.eventId}|${m.source.key}|${m.sentenceId}`;

/**
 * Writes a batch of mentions in one transaction: each mentioning document becomes a source,
 * published by its outlet (an organisation entity, resolved against the graph's names), which
 * cites the statement of the event it mentions (when the event made one) with a credibility from
 * GDELT's confidence; the mention itself links the :FeedEvent to the source with its own fields.
 * Mentions of events the graph does not hold are counted, not written; so are those of events
 * outside the date filter, which is applied to the event's own date as the graph holds it (the
 * mentions table says only when GDELT first saw the event), or which this run's events files had
 * and the filter left out.
 */
export async function writeMentions(
  db: Database,
  file: string,
  mentions: readonly MentionDraft[],
  report: FeedReport,
  seen: SeenIds,
  options: FeedOptions,
  resolver: EntityResolver,
  actor: string,
): Promise<void> {
  if (mentions.length === 0) return;
  const ids = [...new Set(mentions.map((m) => feedEventId('GDELT', m.eventId)))];
  const events = new Map((await db.read('findFeedEvents', { ids })).map((row) => [row.id as string, row.event as StoredEvent]));
  const known: MentionDraft[] = [];
  for (const m of mentions) {
    const event = events.get(feedEventId('GDELT', m.eventId));
    const date = event ? partialDateFromStore(event.date, event.datePrecision) : null;
    if (!event) {
      if (seen.filteredEvents.has(m.eventId)) report.filtered += 1;
      else report.orphanMentions += 1;
    } else if (date && !periodInWindow(date, date, options)) report.filtered += 1;
    else known.push(m);
  }
  if (known.length === 0) return;
  // The outlets are entities: one the graph has under that name or alias is the one used.
  await resolver.prepare(known.flatMap((m) => (m.source.publisher ? [m.source.publisher] : [])));
  const publishers = new Map<string, EntityInput>();
  const sources = new Map<string, Omit<FeedSource, 'publisher'> & { publisherId: string | null }>();
  for (const { source } of known) {
    const { publisher, ...rest } = source;
    let publisherId: string | null = null;
    if (publisher) {
      const entity = resolver.resolve(publisher);
      publisherId = entityId(entity.kind, entity.name);
      publishers.set(publisherId, entity);
    }
    if (!sources.has(source.key)) sources.set(source.key, { ...rest, publisherId });
  }
  const claims: Array<Omit<ClaimInput, 'sourceId'> & { sourceId: string }> = [];
  const claimOf: number[] = [];
  for (const m of known) {
    const event = events.get(feedEventId('GDELT', m.eventId)) as StoredEvent;
    if (!event.claimPredicate || !event.claimSubjectId) {
      claimOf.push(-1);
      continue;
    }
    claimOf.push(claims.length);
    claims.push({
      ...checkClaim(
        {
          subjectId: event.claimSubjectId,
          predicate: event.claimPredicate,
          objectId: event.claimObjectId,
          validFrom: partialDateFromStore(event.date, event.datePrecision),
          validTo: partialDateFromStore(event.date, event.datePrecision),
          excerpt: event.excerpt ?? `GDELT event ${event.eventId}`,
          credibility: mentionCredibility(m.confidence),
          attribution: 'SOURCE',
        },
        '',
      ),
      sourceId: m.source.key,
    });
  }
  const origin = `the GDELT file ${file}`;
  const written = await db.writeTransaction(async (tx) => {
    const written = await writeBundle(tx, { entities: [...publishers.values()], sources: [...sources.values()].map(({ key: _key, ...source }) => source), claims }, actor, origin);
    const newSources = written.sources.filter((s) => s.created).length;
    const newEntities = written.entities.filter((w) => w.created).length;
    const claimIds = written.claimIds;
    const params = known.map((m, i) => ({
      eventId: feedEventId('GDELT', m.eventId),
      sourceId: m.source.key,
      sentenceId: m.sentenceId,
      props: m.props,
      claimIds: (claimOf[i] ?? -1) >= 0 ? [claimIds[claimOf[i] as number]] : [],
    }));
    await tx.run('mergeFeedMentions', { mentions: params });
    const publisherIds = written.sources.flatMap((w) => (w.source.publisherId ? [w.source.publisherId] : []));
    return { newSources, newEntities, publisherIds, claimIds, newClaims: written.createdClaimIds.size };
  });
  for (const m of known) seen.mentions.add(mentionKey(m));
  for (const key of sources.keys()) seen.sources.add(key);
  // As the graph has them: a source keeps a publisher named before (recordSources).
  for (const id of written.publisherIds) seen.publishers.add(id);
  for (const id of publishers.keys()) seen.entities.add(id);
  report.newEntities += written.newEntities;
  for (const id of written.claimIds) seen.claims.add(id);
  report.newSources += written.newSources;
  report.newClaims += written.newClaims;
}
