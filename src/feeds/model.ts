import type { EntityInput } from '../entity';
import type { EntityKind, QuantityQualifier, RelationshipType } from '../generated/types';
import type { SourceInput } from '../source';
import type { PartialDate } from '../support';

/** The feeds this folder reads. */
export type FeedName = 'GDELT' | 'ACLED';

/**
 * An end of an event: its two actors, its place, and the unnamed people a casualty figure counts
 * when the feed names no side (`victims`: ACLED's battles give one total for all sides). Mapping
 * files name only the first three (src/feeds/mapping.ts).
 */
export type EventEnd = 'actor1' | 'actor2' | 'place' | 'victims';

/** One claim a mapping entry may make: a predicate between two ends of the event. */
export interface ClaimTemplate {
  predicate: RelationshipType;
  subject: EventEnd;
  object: EventEnd | null;
  /** When the code means the relationship only for some kinds the vocabulary allows: those kinds. */
  subjectKinds?: EntityKind[];
}

/** A property the feed gives about its own record, kept on the :FeedEvent node as is. */
export type FeedValue = string | number | boolean | null;

/**
 * One event read from a feed, mapped but not yet resolved against the graph: its ends are the
 * entities the feed names, before the graph's own entities replace them.
 */
export interface EventDraft {
  /** The line of the file it came from (the first line, for a CSV record over several). */
  line: number;
  feed: FeedName;
  /** The feed's own id (GLOBALEVENTID, event_id_cnty): the natural key of the :FeedEvent. */
  eventId: string;
  /** When it happened, to the precision the feed gives. */
  date: PartialDate;
  /**
   * The last day it may have happened, when the feed dates it by a period its precision cannot
   * name (ACLED's time precision 2: a week or so around `date`); the claims then run from `date`.
   */
  until?: PartialDate;
  /** The day the feed gives (ISO): GDELT's date filter compares it (ACLED's, the period from `date` to `until`). */
  day: string;
  ends: Partial<Record<EventEnd, EntityInput>>;
  /**
   * The country the feed puts the place in (ACLED's `country`, GDELT's `ActionGeo_CountryCode`),
   * when the place is not the country itself: the first record of a run that locates a place says
   * it is LOCATED_IN this country (writeEvents.ts).
   */
  placeCountry?: EntityInput;
  /** Other actors it involves (ACLED's associated actors), by role. */
  others: Array<{ role: string; entity: EntityInput }>;
  /** The claims to try, as alternatives: from each inner list, the first whose ends fit is written. */
  templates: ClaimTemplate[][];
  /** The casualty figure of the kind "killed", when the feed gives one above zero. */
  killed: { value: number; qualifier: QuantityQualifier; subjects: EventEnd[]; note: string | null } | null;
  /** Where it was reported: each becomes a source (published by `publisher` when named), and each cites the event's claims. */
  sources: Array<SourceInput & { key: string; publisher?: EntityInput }>;
  /** The claims' excerpt: the feed's text when it has one, else a sentence made from the codes. */
  excerpt: string;
  /** Credibility (1-6) of the claims the event's own sources make. */
  credibility: number;
  /** The code the mapping was looked up by, and whether the mapping has it. */
  code: string;
  mapped: boolean;
  /** Everything else the feed says about the record, kept on the :FeedEvent. */
  props: Record<string, FeedValue>;
}

/** A line that could not be used, with its reason; the import goes on. */
export interface LineError {
  file: string;
  line: number;
  message: string;
}

/**
 * The error of a file that failed while it was read: line 0 (the whole file) when nothing of it was
 * read, else the line after the last one read, where reading stopped; what was read is kept.
 */
export function readError(file: string, lastLine: number, error: unknown): LineError {
  const reason = (error as Error).message;
  return lastLine === 0 ? { file, line: 0, message: `not read: ${reason}` } : { file, line: lastLine + 1, message: `stopped reading the file here: ${reason}` };
}

/** What an import did, printed at the end. */
export interface FeedReport {
  /** Lines read (data lines, the header not counted). */
  lines: number;
  /** Distinct events (or mentions) written: a record repeated in the files counts once. */
  events: number;
  mentions: number;
  /** Left out by --since / --until. */
  filtered: number;
  /** Distinct claims the files make, and of those, new to the graph. */
  claims: number;
  newClaims: number;
  /** Claims a revised record no longer makes, retracted (src/feeds/writeEvents.ts). */
  retracted: number;
  /** Claims a revision had retracted that a record makes again, restored. */
  restored: number;
  /** ACLED's deletion lists: events deleted, ids the graph does not hold, and claims retracted with them. */
  deleted: number;
  deletedNotHeld: number;
  deletedRetracted: number;
  /** Entities written, and of those, new to the graph; places among them, and places located in their country. */
  entities: number;
  newEntities: number;
  places: number;
  located: number;
  /** Distinct sources the files cite, and of those, new to the graph. */
  sources: number;
  newSources: number;
  /** Distinct publishers of those sources (ACLED's outlets, GDELT's citations); 0 when the records name none. */
  publishers: number;
  /** Events whose code has no mapping, by code. */
  unmapped: Map<string, number>;
  /** Events whose mapping made no claim because an end was missing or of the wrong kind. */
  noClaim: number;
  /** Mentions of events the graph does not hold (their events file not imported yet). */
  orphanMentions: number;
  errors: LineError[];
}

/**
 * The ids an import has written so far, so that its report counts each once however many batches
 * and files repeat it: a source cited by a thousand events is one source.
 */
export interface SeenIds {
  events: Set<string>;
  mentions: Set<string>;
  entities: Set<string>;
  places: Set<string>;
  /** Places whose LOCATED_IN claim this run has written: one record per place says where it is. */
  located: Set<string>;
  sources: Set<string>;
  publishers: Set<string>;
  claims: Set<string>;
  /** Feed ids of the events the date filter left out: their mentions are left out too, not orphans. */
  filteredEvents: Set<string>;
}

export function emptySeen(): SeenIds {
  return {
    events: new Set(),
    mentions: new Set(),
    entities: new Set(),
    places: new Set(),
    located: new Set(),
    sources: new Set(),
    publishers: new Set(),
    claims: new Set(),
    filteredEvents: new Set(),
  };
}

/** The report's distinct counts, from what the import has seen. */
export function countSeen(report: FeedReport, seen: SeenIds): void {
  report.events = seen.events.size;
  report.mentions = seen.mentions.size;
  report.entities = seen.entities.size;
  report.places = seen.places.size;
  report.located = seen.located.size;
  report.sources = seen.sources.size;
  report.publishers = seen.publishers.size;
  report.claims = seen.claims.size;
}

export function emptyReport(): FeedReport {
  return {
    lines: 0,
    events: 0,
    mentions: 0,
    filtered: 0,
    claims: 0,
    newClaims: 0,
    retracted: 0,
    restored: 0,
    deleted: 0,
    deletedNotHeld: 0,
    deletedRetracted: 0,
    entities: 0,
    newEntities: 0,
    places: 0,
    located: 0,
    sources: 0,
    newSources: 0,
    publishers: 0,
    unmapped: new Map(),
    noClaim: 0,
    orphanMentions: 0,
    errors: [],
  };
}
