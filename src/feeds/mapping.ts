import type { EntityKind, RelationshipType } from '../generated/types';
import { RELATIONSHIP_TYPES, relationshipType } from '../vocabulary';
import type { ClaimTemplate, EventEnd } from './model';

// Not `victims`: only a casualty figure is said of them.
const ENDS: readonly EventEnd[] = ['actor1', 'actor2', 'place'];

/**
 * Checks a claim template read from a mapping file (src/feeds/<feed>/*.json), so a typo in the
 * data fails at start-up with the entry's name instead of writing nothing.
 */
export function checkTemplate(where: string, raw: unknown): ClaimTemplate {
  const t = raw as { predicate?: unknown; subject?: unknown; object?: unknown; subjectKinds?: unknown };
  if (!RELATIONSHIP_TYPES.includes(t.predicate as RelationshipType)) {
    throw new Error(`${where}.predicate: expected one of ${RELATIONSHIP_TYPES.join(', ')}, but got ${JSON.stringify(t.predicate)}`);
  }
  if (!ENDS.includes(t.subject as EventEnd)) throw new Error(`${where}.subject: expected one of ${ENDS.join(', ')}, but got ${JSON.stringify(t.subject)}`);
  if (t.object != null && !ENDS.includes(t.object as EventEnd)) {
    throw new Error(`${where}.object: expected one of ${ENDS.join(', ')} or null, but got ${JSON.stringify(t.object)}`);
  }
  const allowed = relationshipType(t.predicate as RelationshipType).subjectKinds;
  if (t.subjectKinds !== undefined && !(Array.isArray(t.subjectKinds) && t.subjectKinds.length > 0 && t.subjectKinds.every((k) => allowed.includes(k)))) {
    throw new Error(`${where}.subjectKinds: expected some of ${allowed.join(', ')}, but got ${JSON.stringify(t.subjectKinds)}`);
  }
  return {
    predicate: t.predicate as RelationshipType,
    subject: t.subject as EventEnd,
    object: (t.object as EventEnd | undefined) ?? null,
    ...(t.subjectKinds ? { subjectKinds: t.subjectKinds as EntityKind[] } : {}),
  };
}

/** Parses a number the way the feeds write them; null when empty; throws naming the column. */
export function numberField(column: string, text: string, options: { integer?: boolean; min?: number; max?: number } = {}): number | null {
  if (text === '') return null;
  const value = Number(text);
  // A whole number past 2^53 (1e308 fatalities) is no count anyone reported: refused, not rounded.
  if (!Number.isFinite(value) || (options.integer && !Number.isSafeInteger(value))) {
    throw new Error(`${column}: expected ${options.integer ? 'a whole number' : 'a number'}, but got ${JSON.stringify(text)}`);
  }
  const { min, max } = options;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `of at least ${min}` : `of at most ${max}`;
    throw new Error(`${column}: expected a number ${range}, but got ${text}`);
  }
  return value;
}

/** Coordinates from two columns: both valid, or neither given (null); one without the other throws. */
export function coordinatesField(latColumn: string, lat: string, longColumn: string, long: string): { latitude: number; longitude: number } | null {
  const latitude = numberField(latColumn, lat, { min: -90, max: 90 });
  const longitude = numberField(longColumn, long, { min: -180, max: 180 });
  if (latitude === null && longitude === null) return null;
  if (latitude === null || longitude === null) throw new Error(`${latitude === null ? latColumn : longColumn}: expected a coordinate beside ${latitude === null ? longColumn : latColumn}, but got none`);
  return { latitude, longitude };
}
