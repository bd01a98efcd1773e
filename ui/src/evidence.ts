/**
 * The evidence for one fact, dissent included: every claim that agrees with it, denies it or
 * disagrees on quantity or time, grouped by independent origin (Relationship.origins), with the
 * count "2 sources, 1 origin" explained in words.
 */
import { siteOf } from '../../src/source/site';
import { ORIGIN_SOURCES_FIRST } from './queries';
import type { Claim, Origin, Relationship } from './types';

export type Stance = 'agrees' | 'denies' | 'quantity' | 'time';

export const STANCE_TEXT: Record<Stance, string> = {
  agrees: 'Agrees',
  denies: 'Denies it',
  quantity: 'Disagrees on quantity',
  time: 'Disagrees on time',
};

export interface EvidenceClaim {
  claim: Claim;
  stances: Stance[];
  /** True when the claim supports the fact (it is one of Relationship.claims). */
  supports: boolean;
}

export interface OriginGroup {
  key: string;
  /** The API's origin, when the claims of this group support the fact. */
  origin: Origin | null;
  /** It supports the fact, from an origin or a source beyond those loaded (a fact with many). */
  unlisted?: boolean;
  name: string;
  kind: string;
  claims: EvidenceClaim[];
  sourceIds: Set<string>;
}

/** The stances of every claim about the fact: its own claims, and those of its disputes. */
export function stances(rel: Relationship): EvidenceClaim[] {
  const byId = new Map<string, EvidenceClaim>();
  const add = (claim: Claim, supports: boolean) => {
    const known = byId.get(claim.id);
    if (known) {
      known.supports ||= supports;
      return known;
    }
    const entry: EvidenceClaim = { claim, stances: [], supports };
    byId.set(claim.id, entry);
    return entry;
  };
  for (const claim of rel.claims) add(claim, true);
  for (const dispute of rel.disputes) {
    for (const claim of dispute.claims) {
      const entry = add(claim, false);
      if (dispute.kind === 'QUANTITY' && !entry.stances.includes('quantity')) entry.stances.push('quantity');
      if (dispute.kind === 'TIME' && !entry.stances.includes('time')) entry.stances.push('time');
    }
  }
  for (const entry of byId.values()) {
    if (entry.claim.polarity === 'DENIED') entry.stances.unshift('denies');
    if (entry.stances.length === 0) entry.stances.push('agrees');
  }
  return [...byId.values()];
}

/** Which of the fact's origins a claim belongs to (see schema Origin: its id names the reporter, publisher or source). */
function originOf(claim: Claim, origins: Origin[]): Origin | null {
  const byId = new Map(origins.map((o) => [o.id, o]));
  if (claim.reportedBy) {
    const reporter = byId.get(`entity:${claim.reportedBy.id}`);
    if (reporter) return reporter;
  }
  if (claim.source.publisher) {
    const publisher = byId.get(`entity:${claim.source.publisher.id}`);
    if (publisher && publisher.kind !== 'REPORTER') return publisher;
  }
  const source = byId.get(`source:${claim.source.id}`);
  if (source) return source;
  // A source's own voice folded into the reporter it names for the same statement.
  return origins.find((o) => o.sources.some((s) => s.id === claim.source.id)) ?? null;
}

/** The claims grouped by origin, the fact's own origins first (in the API's order), then the dissent's. */
export function groupByOrigin(rel: Relationship, entries: EvidenceClaim[]): OriginGroup[] {
  const origins = rel.origins ?? [];
  // Only the first origins of a fact with many are loaded, and the first sources of each
  // (queries.ts, EVIDENCE_FIRST and ORIGIN_SOURCES_FIRST): a claim may come from an origin, or a
  // source, not listed.
  const someUnlisted =
    rel.origins !== undefined &&
    ((rel.originCount !== undefined && origins.length < rel.originCount) || origins.some((o) => o.sources.length >= ORIGIN_SOURCES_FIRST));
  const groups = new Map<string, OriginGroup>();
  for (const o of origins) {
    groups.set(o.id, { key: o.id, origin: o, name: o.entity?.name ?? o.sources[0]?.title ?? siteOf(o.sources[0]?.url) ?? 'one source', kind: o.kind, claims: [], sourceIds: new Set(o.sources.map((s) => s.id)) });
  }
  for (const entry of entries) {
    const c = entry.claim;
    const origin = entry.supports ? originOf(c, origins) : null;
    let key: string;
    let name: string;
    let kind: string;
    if (origin) {
      key = origin.id;
      name = '';
      kind = origin.kind;
    } else if (c.reportedBy) {
      key = `entity:${c.reportedBy.id}`;
      name = c.reportedBy.name;
      kind = 'REPORTER';
    } else if (c.source.publisher) {
      key = `entity:${c.source.publisher.id}`;
      name = c.source.publisher.name;
      kind = c.attribution === 'UNATTRIBUTED' ? 'UNATTRIBUTED' : 'PUBLISHER';
    } else {
      key = `source:${c.source.id}`;
      name = c.source.title ?? 'an untitled source';
      kind = 'SOURCE';
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, origin: null, name, kind, claims: [], sourceIds: new Set(), unlisted: entry.supports && someUnlisted };
      groups.set(key, group);
    }
    group.claims.push(entry);
    group.sourceIds.add(c.source.id);
  }
  return [...groups.values()].filter((g) => g.claims.length > 0);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 sources, 1 origin". */
export function independenceLine(rel: Relationship): string {
  if (rel.sourceCount === undefined || rel.originCount === undefined) return plural(rel.corroboration, 'independent reporter');
  return `${plural(rel.sourceCount, 'source')}, ${plural(rel.originCount, 'origin')}`;
}

/** The number explained in words: why that many sources make that many origins. */
export function independenceReason(rel: Relationship): string {
  const origins = rel.origins;
  if (!origins || rel.sourceCount === undefined || rel.originCount === undefined) {
    return `Corroboration counts independent reporters: ${rel.corroboration}.`;
  }
  const sentences: string[] = [];
  if (rel.originCount === 1 && rel.claimCount > 1) {
    sentences.push(`All ${plural(rel.claimCount, 'claim')} trace back to one origin, so it counts once.`);
  } else if (rel.sourceCount > rel.originCount) {
    sentences.push(`${plural(rel.sourceCount, 'source')} relay ${plural(rel.originCount, 'independent origin')}: a source that repeats another's words is not independent of it.`);
  } else if (rel.originCount > 1) {
    sentences.push(`${plural(rel.originCount, 'independent origin')} say it.`);
  }
  // A feed's fact has an origin per outlet: the first few are spelled out here, every one with its claims below.
  for (const o of origins.slice(0, REASONS_SPELLED_OUT)) sentences.push(o.description);
  const rest = rel.originCount - Math.min(origins.length, REASONS_SPELLED_OUT);
  if (rest > 0) sentences.push(`And ${plural(rest, 'more origin')}${origins.length > REASONS_SPELLED_OUT ? ', each described with its claims below' : ''}.`);
  return sentences.join(' ');
}

/** How many origins' descriptions the independence reason spells out. */
const REASONS_SPELLED_OUT = 5;

/** Words for an origin's kind. */
export const ORIGIN_KIND: Record<string, string> = {
  REPORTER: 'named reporter',
  PUBLISHER: 'outlet, in its own voice',
  SOURCE: 'one source, in its own voice',
  UNATTRIBUTED: 'unnamed reports',
};
