import DataLoader from 'dataloader';
import type { ClaimRecord } from '../claim';
import type { EntityRecord } from '../entity';
import type { RelationshipRecord } from '../graph';
import type { FactProjection, ProjectedClaim, ProjectedFact, Projection } from '../reads';
import { MAX_PAGE_SIZE, type Page } from '../support';
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
    show(claim, { source, subject, object });
    loader.prime(claim.id, claim);
  }
  return loader;
}

/** What a projected record's fields resolve to (none for a record read whole): a claim's source, subject and object, a fact's ends and claims. */
interface Shown {
  source?: SourceRecord | null;
  subject?: EntityRecord | null;
  object?: EntityRecord | null;
  from?: EntityRecord | null;
  to?: EntityRecord | null;
  claims?: ClaimRecord[] | null;
}

/**
 * Kept on the projected record itself, under a symbol (JSON and the schema never see it). A
 * module-wide WeakMap held every request's records until a collection, and its inserts and the
 * collector's sweeps of it took about a tenth of Node's work on a page read in one statement.
 */
const SHOWN = Symbol('shown');
const PROJECTED_PAGE = Symbol('projected relationships page');
type Marked = { [SHOWN]?: Shown; [PROJECTED_PAGE]?: Page<RelationshipRecord> };
const show = (record: object, what: Shown) => {
  (record as Marked)[SHOWN] = what;
};
const shownOf = (record: object): Shown | undefined => (record as Marked)[SHOWN];

/** The record a projected claim's `source`, `subject` or `object` field resolves to, or undefined for a claim read whole (load it). */
export function shownWith<K extends 'source' | 'subject' | 'object' | 'from' | 'to'>(record: object, field: K): (K extends 'source' ? SourceRecord : EntityRecord) | undefined {
  const found = shownOf(record)?.[field];
  return (found ?? undefined) as (K extends 'source' ? SourceRecord : EntityRecord) | undefined;
}

/** A projected fact's claims, in the order of its claimIds, or undefined for a fact read whole (load them). */
export function shownClaims(fact: object): ClaimRecord[] | undefined {
  return shownOf(fact)?.claims ?? undefined;
}

/** Relationship fields that resolve straight from the fact record, and the stored properties behind each. */
const FACT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  factId: [],
  type: [],
  validFrom: ['validFrom', 'validFromPrecision'],
  validTo: ['validTo', 'validToPrecision'],
  confidence: ['confidence'],
  claimCount: ['claimCount'],
  corroboration: ['corroboration'],
  sourceCount: ['sourceCount'],
  originCount: ['originCount', 'corroboration'],
  pendingOnly: ['pendingOnly'],
  unattributedOnly: ['unattributedOnly'],
  disputed: ['disputed'],
};

/**
 * The projection of a relationships page whose node selection is `node` (a Relationship), or null
 * when it asks for a field not covered (origins, disputes, a claim's subject, …) or the view is as of a date.
 */
export function factProjection(node: Selection | null | undefined, asOf: string | null): FactProjection | null {
  if (!node || asOf !== null) return null;
  const own = new Set<string>();
  const projection: Omit<FactProjection, 'fact'> = { from: null, to: null, claims: null, claimsFirst: 0 };
  for (const name of node.fieldNames()) {
    if (name === 'from' || name === 'to') {
      const sub = node.field(name);
      const properties = sub && propertiesOf(sub, ENTITY_FIELDS);
      if (!properties) return null;
      projection[name] = properties;
    } else if (name === 'claims') {
      // The statement reads a fact's claims with their sources only.
      const claims = claimProjection(node.field('claims'), null);
      if (!claims || claims.subject !== null || claims.object !== null) return null;
      projection.claims = claims;
      projection.claimsFirst = claimsShown(node.field('claims'));
    } else {
      const properties = FACT_FIELDS[name];
      if (!properties) return null;
      for (const key of properties) own.add(key);
    }
  }
  return { fact: [...own], ...projection };
}

/**
 * How many of a fact's claims its `claims` field shows: its `first` (capped at the most a list
 * takes; the field itself refuses a bad one), or null for all of them, also when it is asked
 * in several places with different arguments.
 */
export function claimsShown(claims: Selection | null | undefined): number | null {
  const first = claims?.args()?.first;
  return typeof first === 'number' ? Math.min(Math.max(first, 0), MAX_PAGE_SIZE) : null;
}

/**
 * Facts of a page read with their two ends (Query.relationships): their `from` and `to` then resolve
 * to those records at once, not through a promise of the entity loader (which is primed with them too).
 */
export function showEnds(facts: readonly RelationshipRecord[], ends: readonly EntityRecord[]): void {
  if (ends.length === 0) return;
  const byId = new Map(ends.map((entity) => [entity.id, entity]));
  for (const fact of facts) show(fact, { from: byId.get(fact.fromId) ?? null, to: byId.get(fact.toId) ?? null });
}

/** The entity record Query.entity returns when it read its relationships projected: a copy, so that no other field showing the same entity finds the page. */
export function withProjectedRelationships<T extends object>(entity: T, page: Page<ProjectedFact>): T {
  const copy = { ...entity };
  for (const { fact, from, to, claims } of page.items) {
    for (const { claim, source } of claims ?? []) show(claim, { source });
    // In the order of the fact's claimIds; a claim not found leaves the field to the claim loader, which reports it.
    const byId = new Map((claims ?? []).map(({ claim }) => [claim.id, claim]));
    const ordered = fact.claimIds.map((id) => byId.get(id));
    show(fact, { from, to, claims: claims && ordered.every(Boolean) ? (ordered as ClaimRecord[]) : null });
  }
  (copy as Marked)[PROJECTED_PAGE] = { ...page, items: page.items.map((item) => item.fact) };
  return copy;
}

/** The projected relationships page an entity record came with from Query.entity, if any. */
export function projectedRelationshipsOf(entity: object): Page<RelationshipRecord> | undefined {
  return (entity as Marked)[PROJECTED_PAGE];
}
