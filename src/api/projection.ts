import DataLoader from 'dataloader';
import type { ClaimRecord } from '../claim';
import type { EntityRecord } from '../entity';
import type { ProjectedClaim, Projection } from '../reads';
import type { SourceRecord } from '../source';
import type { Selection } from './selection';

/**
 * Which stored properties a claim page's selection shows (src/reads/projected.ts reads only those),
 * for the GraphQL fields that resolve straight from their record: each such field, and the stored
 * properties it is made of (through toClaimRecord, toSourceRecord, toEntityRecord). A selection
 * with any other field (one computed from other records, one with arguments, a view as of a date)
 * gets no projection, and the page is read whole as before.
 */
const CLAIM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  claimId: [],
  text: ['text'],
  predicate: ['predicate'],
  polarity: ['polarity'],
  attribution: ['attribution'],
  hedged: ['hedged'],
  note: ['note'],
  credibility: ['credibility'],
  reliability: ['reliability'],
  confidence: ['confidence'],
  status: ['status'],
  unattributedOnly: ['unattributedOnly'],
  knownAt: ['knownAt'],
  validFrom: ['validFrom', 'validFromPrecision'],
  validTo: ['validTo', 'validToPrecision'],
  createdBy: ['createdBy'],
};

const SOURCE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  title: ['title'],
  url: ['url'],
  contentHash: ['contentHash'],
  publishedAt: ['publishedAt', 'publishedAtPrecision'],
};

/** Entity fields; `kind` is always read, since it picks the entity's GraphQL type. */
const ENTITY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  kind: [],
  name: ['name'],
  aliases: ['aliases'],
  description: ['description'],
  reliability: ['reliability'],
  createdBy: ['createdBy'],
};

/** The claim fields resolved from a record the projection also reads, and the edge to it. */
const LINKED = { source: SOURCE_FIELDS, subject: ENTITY_FIELDS, object: ENTITY_FIELDS } as const;

/**
 * The properties behind the sub-fields of `selection`, or null when one of them is not in `fields`.
 * (The fields listed are scalars or partial dates, whose `iso` and `precision` come with the value.)
 */
function propertiesOf(selection: Selection, fields: Readonly<Record<string, readonly string[]>>): string[] | null {
  const keys = new Set<string>();
  for (const name of selection.fieldNames()) {
    const properties = fields[name];
    if (!properties) return null;
    for (const key of properties) keys.add(key);
  }
  return [...keys];
}

/**
 * The projection of a page whose node selection is `node` (a Claim), or null when the selection
 * asks for a field the projection does not cover, or the view is as of a date (a claim's status is
 * then recomputed from the claims of its fact, which are loaded whole).
 */
export function claimProjection(node: Selection | null | undefined, asOf: string | null): Projection | null {
  if (!node || asOf !== null) return null;
  const own = new Set<string>();
  const linked: { source: string[] | null; subject: string[] | null; object: string[] | null } = { source: null, subject: null, object: null };
  for (const name of node.fieldNames()) {
    if (name === 'source' || name === 'subject' || name === 'object') {
      const sub = node.field(name);
      const properties = sub && propertiesOf(sub, LINKED[name]);
      if (!properties) return null;
      linked[name] = properties;
      continue;
    }
    const properties = CLAIM_FIELDS[name];
    if (!properties) return null;
    for (const key of properties) own.add(key);
  }
  return { claim: [...own], ...linked };
}

/**
 * A loader of the page's claims, primed with the projected records (anything else goes to the
 * request's own claim loader), and the records each claim's source, subject and object resolve to.
 * The projected records are for this page's fields only: they never enter the request's shared loaders.
 */
export function projectedLoader(claims: readonly ProjectedClaim[], fallback: DataLoader<string, ClaimRecord | null>): DataLoader<string, ClaimRecord | null> {
  const loader = new DataLoader<string, ClaimRecord | null>((ids) => fallback.loadMany(ids));
  for (const { claim, source, subject, object } of claims) {
    shown.set(claim, { source, subject, object });
    loader.prime(claim.id, claim);
  }
  return loader;
}

/** The records a projected claim's source, subject and object resolve to (none for a claim read whole). */
const shown = new WeakMap<object, { source: SourceRecord | null; subject: EntityRecord | null; object: EntityRecord | null }>();

/** The record a projected claim's `source`, `subject` or `object` field resolves to, or undefined for a claim read whole (load it). */
export function shownWith<K extends 'source' | 'subject' | 'object'>(claim: object, field: K): (K extends 'source' ? SourceRecord : EntityRecord) | undefined {
  const record = shown.get(claim)?.[field];
  return (record ?? undefined) as (K extends 'source' ? SourceRecord : EntityRecord) | undefined;
}
