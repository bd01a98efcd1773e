import type { OriginKind } from '../generated/types';
import { groupBy } from '../support';
import { claimConfidence } from './confidence';
import type { ClaimRecord } from './model';

/**
 * Independent origins (issue 13, docs/trust.md). Corroboration counts where claims come from, not
 * how many names stand beside them:
 * 1. claims from one source count once for that source: its own voice, the unnamed reports it
 *    carries and repeats of one statement are one voice;
 * 2. a named reporter (the originator, `reportedById`; an intermediary that relays it adds nothing)
 *    counts once however many sources relay it;
 * 3. a source's own or unattributed voice is an origin only when the source names no reporter for
 *    the same statement; when it does, those claims fold into the reporter it names;
 * 4. a source's voice is keyed by its publisher, so an outlet's own articles and other sources
 *    citing that outlet as their reporter ("according to Yonhap") are one origin.
 */

/** The claim fields the rule reads. */
export type OriginClaim = Pick<
  ClaimRecord,
  'id' | 'attribution' | 'reportedById' | 'publisherId' | 'sourceId' | 'credibility' | 'reliability'
>;

/** One independent origin of a fact's claims. */
export interface OriginRecord {
  /** `entity:<id>` for a reporter or publisher, `source:<id>` for a source with no publisher. */
  id: string;
  kind: OriginKind;
  /** The reporter or publisher, or null for the voice of a source with no publisher. */
  entityId: string | null;
  /** Sources whose claims come from it, in id order. */
  sourceIds: string[];
  /** Its claims, in id order. */
  claimIds: string[];
  /** How many of its claims are of each voice. */
  voices: { reporter: number; own: number; unattributed: number };
  /** The best claim score of this origin, or null when none has one. */
  bestScore: number | null;
}

/** The origin key of each claim, by claim id: the rule above, applied source by source. */
export function originKeysByClaim(claims: readonly OriginClaim[]): Map<string, string> {
  const bySource = groupBy(claims, (c) => c.sourceId);
  const keys = new Map<string, string>();
  for (const [sourceId, inSource] of bySource) {
    const named = [...new Set(inSource.filter(isNamed).map((c) => c.reportedById as string))].sort();
    // Rule 3: the source's own and unnamed voices restate the (first, by id) reporter it names.
    const voice = named.length > 0 ? `entity:${named[0]}` : voiceKey(sourceId, inSource[0]?.publisherId ?? null);
    for (const claim of inSource) keys.set(claim.id, isNamed(claim) ? `entity:${claim.reportedById}` : voice);
  }
  return keys;
}

/** The independent origins of a fact's claims, in id order. */
export function originsOf(claims: readonly OriginClaim[]): OriginRecord[] {
  const keys = originKeysByClaim(claims);
  const groups = groupBy([...claims].sort((a, b) => a.id.localeCompare(b.id)), (c) => keys.get(c.id) as string);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([id, group]) => toOrigin(id, group));
}

/** How many distinct sources the claims are cited in. */
export function sourceCountOf(claims: readonly Pick<ClaimRecord, 'sourceId'>[]): number {
  return new Set(claims.map((c) => c.sourceId)).size;
}

/** The best score of each origin that has one, for combineConfidence. */
export function bestScoreByOrigin(origins: readonly OriginRecord[]): Map<string, number> {
  return new Map(origins.filter((o) => o.bestScore !== null && o.bestScore > 0).map((o) => [o.id, o.bestScore as number]));
}

/** How many of an origin's sources its description names; an outlet's origin in a feed has thousands. */
export const SOURCES_NAMED = 5;

/** Names the description needs: the origin's entity and its first sources, as a reader knows them. */
export interface OriginNames {
  entity: string | null;
  /** One label ("BBC, 2024-12-27") for each of the first SOURCES_NAMED source ids. */
  sources: string[];
}

/** Why the origin's claims count once, in one sentence. */
export function describeOrigin(origin: OriginRecord, names: OriginNames): string {
  const n = origin.sourceIds.length;
  const named = names.sources.slice(0, SOURCES_NAMED);
  const rest = n > named.length ? `; and ${n - named.length} more` : '';
  const sources = `${n === 1 ? 'one source' : `${n} sources`} (${named.join('; ')}${rest})`;
  const who = names.entity ?? 'The source';
  switch (origin.kind) {
    case 'REPORTER': {
      const folded = [origin.voices.own > 0 ? 'own voice' : null, origin.voices.unattributed > 0 ? 'unnamed reports' : null].filter(Boolean);
      const restated = folded.length > 0 ? `; the ${folded.join(' and ')} of a source naming it restate it` : '';
      return `${who} is one origin however many sources relay it: cited in ${sources}${restated}.`;
    }
    case 'PUBLISHER': {
      const carried = origin.voices.unattributed > 0 ? ', the unnamed reports they carry included' : '';
      return `${who} in its own voice is one origin, in ${sources}${carried}: an outlet's articles, and sources citing it, count once.`;
    }
    case 'SOURCE':
      return `One source speaking for itself is one origin: ${sources}${origin.voices.unattributed > 0 ? ', the unnamed reports it carries included' : ''}.`;
    default:
      return `Unnamed reports count as the voice of the source carrying them, never as an independent origin: ${sources}.`;
  }
}

function isNamed(claim: OriginClaim): boolean {
  return claim.attribution === 'REPORTER' && claim.reportedById !== null;
}

function voiceKey(sourceId: string, publisherId: string | null): string {
  return publisherId ? `entity:${publisherId}` : `source:${sourceId}`;
}

function toOrigin(id: string, claims: readonly OriginClaim[]): OriginRecord {
  const entityId = id.startsWith('entity:') ? id.slice('entity:'.length) : null;
  const voices = {
    reporter: claims.filter((c) => isNamed(c) && c.reportedById === entityId).length,
    own: claims.filter((c) => c.attribution === 'SOURCE' || (c.attribution === 'REPORTER' && c.reportedById === null)).length,
    unattributed: claims.filter((c) => c.attribution === 'UNATTRIBUTED').length,
  };
  const kind: OriginKind = voices.reporter > 0 ? 'REPORTER' : voices.own > 0 ? (entityId ? 'PUBLISHER' : 'SOURCE') : 'UNATTRIBUTED';
  const scores = claims.map((c) => (c.credibility === null ? null : claimConfidence(c.credibility, c.reliability))).filter((s): s is number => s !== null);
  return {
    id,
    kind,
    entityId,
    sourceIds: [...new Set(claims.map((c) => c.sourceId))].sort(),
    claimIds: claims.map((c) => c.id),
    voices,
    // A loop, not Math.max(...scores): an outlet's origin may hold more claims than a call takes arguments.
    bestScore: scores.length > 0 ? scores.reduce((best, score) => (score > best ? score : best)) : null,
  };
}
