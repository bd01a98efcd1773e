import type { ClaimInput } from '../claim';
import type { Attribution, EntityKind, Polarity, QuantityQualifier, RelationshipType } from '../generated/types';
import { BadUserInputError, normalizeName, parsePartialDate, validate, type PartialDate } from '../support';
import { ATTRIBUTIONS, POLARITIES, QUANTITY_QUALIFIERS, RELATIONSHIP_TYPES, relationshipType } from '../vocabulary';

/**
 * The rules every claim obeys, whichever way it comes in: the API, the seed, an import file or an
 * ingested article. Same checks, same messages ("<field>: expected …, but got …"); only the field
 * prefix differs (`input.` for the API, none for files, which name the line or entry instead).
 */

export const CLAIM_LIMITS = { excerpt: 5_000, note: 1_000, reason: 1_000 } as const;

/** A claim as a write path receives it, before the rules: values unchecked, dates as text or parsed. */
export interface ClaimFields {
  /** Left out when the claim cites the source of its bundle (./bundle.ts). */
  sourceId?: string | null;
  subjectId: string;
  predicate: unknown;
  objectId?: string | null;
  polarity?: unknown;
  quantity?: { value: unknown; upper?: unknown; unit?: unknown; qualifier?: unknown } | null;
  validFrom?: string | PartialDate | null;
  validTo?: string | PartialDate | null;
  excerpt: unknown;
  reportedById?: string | null;
  /** Who relays the reporter's words. */
  intermediaryId?: string | null;
  /** The source hedges the statement. */
  hedged?: unknown;
  /** For claims made by article extraction: the rule and the extractor's version. */
  extraction?: { rule: string; extractorVersion: string } | null;
  /** Left out: REPORTER when a reporter is named, else the source's own voice. */
  attribution?: unknown;
  credibility: unknown;
  note?: unknown;
  textSpan?: { start: number; end: number } | null;
}

/** A claim that passed the rules; it names its source, or cites the source of its bundle. */
export type CheckedClaim = Omit<ClaimInput, 'sourceId'> & { sourceId?: string };

const show = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new BadUserInputError(`${field}: expected one of ${allowed.join(', ')}, but got ${show(value)}`, field);
  }
  return value as T;
}

/** The API's length check, after the type check that file input needs (JSON may hold anything). */
function text(field: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') throw new BadUserInputError(`${field}: expected a string, but got ${show(value)}`, field);
  return validate.text(field, value, min, max);
}

function date(field: string, value: string | PartialDate | null | undefined): PartialDate | null {
  if (value == null) return null;
  if (typeof value !== 'string') return value;
  try {
    return parsePartialDate(value);
  } catch (error) {
    throw new BadUserInputError(`${field}: ${(error as Error).message}`, field);
  }
}

/**
 * Checks one claim and gives the write input. Throws BadUserInputError on the first broken rule:
 * - predicate, polarity, attribution and qualifier from the vocabulary;
 * - an excerpt of 1 to 5,000 characters (trimmed) and a note of at most 1,000;
 * - credibility a whole number from 1 to 6;
 * - partial dates, and `validTo` not before `validFrom`;
 * - a quantity that is a finite number of 0 or more, and a range's upper bound not below it;
 * - attribution REPORTER exactly when a reporter is named.
 * Existence of the ids is the caller's to check (it knows how: a lookup, or the bundle itself).
 */
export function checkClaim(fields: ClaimFields, prefix = 'input.'): CheckedClaim {
  const at = (name: string) => `${prefix}${name}`;
  const predicate = oneOf<RelationshipType>(at('predicate'), fields.predicate, RELATIONSHIP_TYPES);
  const polarity = fields.polarity == null ? 'ASSERTED' : oneOf<Polarity>(at('polarity'), fields.polarity, POLARITIES);
  const excerpt = text(at('excerpt'), fields.excerpt, 1, CLAIM_LIMITS.excerpt);
  const note = fields.note == null ? null : text(at('note'), fields.note, 0, CLAIM_LIMITS.note);
  const credibility = fields.credibility;
  if (typeof credibility !== 'number' || !Number.isInteger(credibility) || credibility < 1 || credibility > 6) {
    throw new BadUserInputError(`${at('credibility')}: expected a whole number from 1 to 6, but got ${show(credibility)}`, at('credibility'));
  }
  const validFrom = date(at('validFrom'), fields.validFrom);
  const validTo = date(at('validTo'), fields.validTo);
  if (validFrom && validTo && validFrom.iso > validTo.iso && !validFrom.iso.startsWith(validTo.iso)) {
    throw new BadUserInputError(`${at('validTo')}: expected a date on or after validFrom (${validFrom.iso}), but got ${validTo.iso}`, at('validTo'));
  }
  const q = fields.quantity ?? null;
  if (q && !(typeof q.value === 'number' && Number.isFinite(q.value) && q.value >= 0)) {
    throw new BadUserInputError(`${at('quantity.value')}: expected a finite number of 0 or more, but got ${show(q.value)}`, at('quantity.value'));
  }
  if (q && q.upper != null && !(typeof q.upper === 'number' && Number.isFinite(q.upper) && q.upper >= (q.value as number))) {
    throw new BadUserInputError(`${at('quantity.upper')}: expected a finite number not below value (${show(q.value)}), but got ${show(q.upper)}`, at('quantity.upper'));
  }
  if (q && q.unit != null && typeof q.unit !== 'string') {
    throw new BadUserInputError(`${at('quantity.unit')}: expected a string, but got ${show(q.unit)}`, at('quantity.unit'));
  }
  const quantity = q
    ? {
        value: q.value as number,
        upper: (q.upper as number | null | undefined) ?? null,
        unit: (q.unit as string | null | undefined) ?? null,
        qualifier: q.qualifier == null ? 'EXACTLY' : oneOf<QuantityQualifier>(at('quantity.qualifier'), q.qualifier, QUANTITY_QUALIFIERS),
      }
    : null;
  // An id that is given, even empty, counts as given: "" must fail as NOT_FOUND later, not pass as "no reporter".
  const reported = fields.reportedById != null;
  const attribution = fields.attribution == null ? (reported ? 'REPORTER' : 'SOURCE') : oneOf<Attribution>(at('attribution'), fields.attribution, ATTRIBUTIONS);
  if ((attribution === 'REPORTER') !== reported) {
    throw new BadUserInputError(
      `${at('attribution')}: expected REPORTER exactly when reportedById is given, but got ${attribution} ${reported ? 'with' : 'without'} reportedById`,
      at('attribution'),
    );
  }
  if (fields.hedged != null && typeof fields.hedged !== 'boolean') {
    throw new BadUserInputError(`${at('hedged')}: expected true or false, but got ${show(fields.hedged)}`, at('hedged'));
  }
  return {
    ...(fields.sourceId != null ? { sourceId: fields.sourceId } : {}),
    subjectId: fields.subjectId,
    predicate,
    objectId: fields.objectId ?? null,
    polarity,
    quantity,
    validFrom,
    validTo,
    excerpt,
    reportedById: fields.reportedById ?? null,
    intermediaryId: fields.intermediaryId ?? null,
    hedged: (fields.hedged as boolean | null | undefined) ?? false,
    extraction: fields.extraction ?? null,
    attribution,
    credibility,
    note,
    textSpan: fields.textSpan ?? null,
  };
}

/**
 * The vocabulary's rules for the two ends of a claim (src/vocabulary/relationshipTypes.ts): a
 * provenance-only type (REPORTED_BY, PUBLISHED_BY) is never asserted as a claim; the subject and the
 * object have kinds the type allows; the object is there unless the type may leave it out; and an
 * entity is not related to itself. Throws BadUserInputError naming the field.
 */
export function checkEnds(
  claim: Pick<ClaimInput, 'predicate' | 'subjectId' | 'objectId'>,
  kindOf: (id: string) => EntityKind | undefined,
  prefix = 'input.',
): void {
  const type = relationshipType(claim.predicate);
  const at = (name: string) => `${prefix}${name}`;
  if (type.role === 'PROVENANCE') {
    throw new BadUserInputError(
      `${at('predicate')}: expected a type that makes facts between entities, but got ${claim.predicate}, which only links claims and sources to who reported or published them`,
      at('predicate'),
    );
  }
  const subjectKind = kindOf(claim.subjectId);
  if (subjectKind && !type.subjectKinds.includes(subjectKind)) {
    throw new BadUserInputError(`${at('subjectId')}: expected an entity of kind ${type.subjectKinds.join(' or ')} for ${claim.predicate}, but got ${subjectKind}`, at('subjectId'));
  }
  if (claim.objectId == null) {
    if (!type.objectOptional) throw new BadUserInputError(`${at('objectId')}: expected an object for ${claim.predicate}, but got none`, at('objectId'));
    return;
  }
  if (type.objectKinds.length === 0) {
    throw new BadUserInputError(`${at('objectId')}: expected no object for ${claim.predicate}, but got one`, at('objectId'));
  }
  const objectKind = kindOf(claim.objectId);
  if (objectKind && !type.objectKinds.includes(objectKind)) {
    throw new BadUserInputError(`${at('objectId')}: expected an entity of kind ${type.objectKinds.join(' or ')} for ${claim.predicate}, but got ${objectKind}`, at('objectId'));
  }
  if (claim.objectId === claim.subjectId) {
    throw new BadUserInputError(`${at('objectId')}: expected an entity other than the subject, but got the same id ${JSON.stringify(claim.objectId)}`, at('objectId'));
  }
}

/**
 * A claim of a symmetric type (ALLIED_WITH, AT_WAR_WITH) with its two sides in name order, so
 * "Russia allied with North Korea" and "North Korea allied with Russia" are one claim and one fact.
 * `nameOf` gives the name of an entity id; ties in name fall back to the ids.
 */
export function orderSymmetric<T extends Pick<ClaimInput, 'predicate' | 'subjectId' | 'objectId'>>(claim: T, nameOf: (id: string) => string | undefined): T {
  const objectId = claim.objectId;
  if (!objectId || !relationshipType(claim.predicate).symmetric) return claim;
  const subjectName = normalizeName(nameOf(claim.subjectId) ?? '');
  const objectName = normalizeName(nameOf(objectId) ?? '');
  const swap = objectName < subjectName || (objectName === subjectName && objectId < claim.subjectId);
  return swap ? { ...claim, subjectId: objectId, objectId: claim.subjectId } : claim;
}
