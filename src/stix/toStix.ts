import type { ClaimRecord } from '../claim';
import type { EntityRecord } from '../entity';
import type { RelationshipRecord } from '../graph';
import type { SourceRecord } from '../source';
import { groupBy, type PartialDate, uuidV5 } from '../support';
import { relationshipType } from '../vocabulary';
import { toStixConfidence } from './confidence';
import { extensionDefinition, producerIdentity, withExtension } from './extension';
import { stixId } from './ids';
import type { GraphSlice, StixBundle, StixObject } from './model';
import { periodEnd, periodStart, UNKNOWN_TIME } from './time';
import { countryCode, KIND_TO_STIX, regionCode, stixRelationshipType } from './vocabulary';

/**
 * Turns a slice of the graph into STIX 2.1 objects (pure; docs/stix.md has the table):
 * - a country or place → `location`; an organisation, person or armed force → `identity`;
 * - a source → `report` (name, published, external_references, object_refs, created_by_ref = publisher);
 * - a claim → `note` when it asserts, `opinion` ("strongly-disagree") when it denies, created_by_ref = reporter;
 * - a fact → `relationship` (start_time/stop_time from its valid time);
 * plus the extension-definition and the identity of this service that defines it.
 * Every timestamp comes from the data, never from the clock, so a re-export is identical.
 */
export function toStixObjects(slice: GraphSlice): StixObject[] {
  const entities = new Map(slice.entities.map((e) => [e.id, e]));
  const sources = new Map(slice.sources.map((s) => [s.id, s]));
  const facts = new Map(slice.facts.map((f) => [`${f.fromId}|${f.type}|${f.toId}`, f]));
  const refOf = (entityId: string | null) => {
    const e = entityId ? entities.get(entityId) : undefined;
    return e ? stixId(KIND_TO_STIX[e.kind].type, e.id) : null;
  };
  const identityRef = (entityId: string | null) => {
    const ref = refOf(entityId);
    return ref?.startsWith('identity--') ? ref : undefined;
  };
  const nameOf = (id: string | null) => (id ? entities.get(id)?.name ?? id : '');
  const claimTime = (c: ClaimRecord) => {
    const published = sources.get(c.sourceId)?.publishedAt;
    return published ? periodStart(published) : UNKNOWN_TIME;
  };
  const factOf = (c: ClaimRecord) => (c.objectId ? facts.get(`${c.subjectId}|${c.predicate}|${c.objectId}`) : undefined);
  const claimRef = (c: ClaimRecord) => stixId(c.polarity === 'DENIED' ? 'opinion' : 'note', c.id);
  const claimsOfSource = groupBy(slice.claims, (c) => c.sourceId);
  const claimsById = new Map(slice.claims.map((c) => [c.id, c]));

  const objects: StixObject[] = [producerIdentity(), extensionDefinition()];
  for (const e of slice.entities) objects.push(entityObject(e, slice.facts, entities));

  for (const s of slice.sources) {
    const publisher = s.publisherId ? entities.get(s.publisherId) : undefined;
    const claims = claimsOfSource.get(s.id) ?? [];
    const refs = new Set<string>();
    for (const c of claims) {
      refs.add(claimRef(c));
      const fact = factOf(c);
      if (fact) refs.add(stixId('relationship', fact.id));
      for (const id of [c.subjectId, c.objectId, c.reportedById]) {
        const ref = refOf(id);
        if (ref) refs.add(ref);
      }
    }
    const published = s.publishedAt ? periodStart(s.publishedAt) : UNKNOWN_TIME;
    const reference: Record<string, unknown> = { source_name: publisher?.name ?? 'source' };
    if (s.url) reference.url = s.url;
    if (s.contentHash) reference.external_id = `sha256:${s.contentHash}`;
    if (!s.url && !s.contentHash) reference.description = s.title ?? s.id;
    objects.push(withExtension(
      {
        type: 'report',
        spec_version: '2.1',
        id: stixId('report', s.id),
        ...(identityRef(s.publisherId) ? { created_by_ref: identityRef(s.publisherId) } : {}),
        created: published,
        modified: published,
        name: s.title ?? s.url ?? `Source ${s.contentHash?.slice(0, 12) ?? s.id}`,
        published,
        // A report must refer to something: a source none of whose claims is in the slice refers to its publisher.
        object_refs: refs.size > 0 ? [...refs].sort() : [refOf(s.publisherId) ?? producerIdentity().id],
        external_references: [reference],
      },
      {
        kg_id: s.id,
        title: s.title,
        content_hash: s.contentHash,
        published_date: partial(s.publishedAt),
        publisher_ref: refOf(s.publisherId),
      },
    ));
  }

  for (const c of slice.claims) {
    const time = claimTime(c);
    const fact = factOf(c);
    const about = [fact ? stixId('relationship', fact.id) : null, refOf(c.subjectId), refOf(c.objectId)].filter((r): r is string => r !== null);
    const sentence = `${nameOf(c.subjectId)} ${relationshipType(c.predicate).label}${c.objectId ? ` ${nameOf(c.objectId)}` : ''}`;
    const common = {
      spec_version: '2.1' as const,
      id: claimRef(c),
      ...(identityRef(c.reportedById) ? { created_by_ref: identityRef(c.reportedById) } : {}),
      created: time,
      modified: time,
      object_refs: about,
      ...(toStixConfidence(c.confidence) !== undefined ? { confidence: toStixConfidence(c.confidence) } : {}),
      labels: [c.status.toLowerCase()],
    };
    const object: StixObject =
      c.polarity === 'DENIED'
        ? { type: 'opinion', ...common, opinion: 'strongly-disagree', explanation: `Denied: ${sentence}. "${c.text}"` }
        : { type: 'note', ...common, abstract: sentence, content: c.text };
    objects.push(withExtension(object, {
      kg_id: c.id,
      predicate: c.predicate,
      polarity: c.polarity,
      subject_ref: refOf(c.subjectId),
      object_ref: refOf(c.objectId),
      source_ref: sources.has(c.sourceId) ? stixId('report', c.sourceId) : null,
      source_id: c.sourceId,
      reporter_ref: refOf(c.reportedById),
      intermediary_ref: refOf(c.intermediaryId),
      attribution: c.attribution,
      credibility: c.credibility,
      reliability: c.reliability,
      status: c.status,
      review_status: c.review.status,
      excerpts: c.excerpts,
      note: c.note,
      quantity: quantity(c.quantity),
      valid_from: partial(c.validFrom),
      valid_to: partial(c.validTo),
      text_span: c.textSpan,
      hedged: c.hedged || null,
      extraction: c.extraction ? { rule: c.extraction.rule, extractor_version: c.extraction.extractorVersion } : null,
      retraction: c.retraction,
    }));
  }

  for (const f of slice.facts) {
    const times = f.claimIds.map((id) => claimsById.get(id)).filter((c): c is ClaimRecord => c !== undefined).map(claimTime).sort();
    const from = refOf(f.fromId);
    const to = refOf(f.toId);
    if (!from || !to) continue;
    objects.push(withExtension(
      {
        type: 'relationship',
        spec_version: '2.1',
        id: stixId('relationship', f.id),
        created: times[0] ?? UNKNOWN_TIME,
        modified: times[times.length - 1] ?? UNKNOWN_TIME,
        relationship_type: stixRelationshipType(f.type),
        description: `${nameOf(f.fromId)} ${relationshipType(f.type).label} ${nameOf(f.toId)}`,
        source_ref: from,
        target_ref: to,
        ...(f.validFrom ? { start_time: periodStart(f.validFrom) } : {}),
        ...(f.validTo ? { stop_time: periodEnd(f.validTo) } : {}),
        ...(toStixConfidence(f.confidence) !== undefined ? { confidence: toStixConfidence(f.confidence) } : {}),
        ...(f.disputed ? { labels: ['disputed'] } : {}),
      },
      {
        kg_id: f.id,
        type: f.type,
        valid_from: partial(f.validFrom),
        valid_to: partial(f.validTo),
        quantity: quantity(f.quantity),
        claim_count: f.claimCount,
        corroboration: f.corroboration,
        source_count: f.sourceCount,
        disputed: f.disputed,
        claim_refs: f.claimIds.map((id) => claimsById.get(id)).filter((c): c is ClaimRecord => c !== undefined).map(claimRef).sort(),
      },
    ));
  }
  return sortObjects(objects);
}

/** One bundle of objects, with an id made from its content, so the same objects give the same bundle. */
export function toBundle(objects: StixObject[]): StixBundle {
  const ids = objects.map((o) => `${o.id}@${o.modified ?? ''}`).join(',');
  return { type: 'bundle', id: `bundle--${uuidV5(ids, '3f1f8c52-0d52-5b7e-8a41-6b2f6c2d9e35')}`, objects };
}

const TYPE_ORDER = ['identity', 'extension-definition', 'location', 'report', 'note', 'opinion', 'relationship'];

/** The producer and the extension definition first, then by type and id: a stable order. */
function sortObjects(objects: StixObject[]): StixObject[] {
  const rank = (o: StixObject) => (o.type === 'identity' && o.id === producerIdentity().id) || o.type === 'extension-definition' ? 0 : 1;
  return objects.sort((a, b) => rank(a) - rank(b) || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function entityObject(e: EntityRecord, facts: readonly RelationshipRecord[], entities: ReadonlyMap<string, EntityRecord>): StixObject {
  const target = KIND_TO_STIX[e.kind];
  const base: StixObject = {
    type: target.type,
    spec_version: '2.1',
    id: stixId(target.type, e.id),
    created: UNKNOWN_TIME,
    modified: UNKNOWN_TIME,
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
  };
  if (target.type === 'identity') {
    Object.assign(base, { identity_class: target.identityClass }, target.sectors ? { sectors: target.sectors } : {});
  } else {
    Object.assign(base, placeOf(e, facts, entities));
  }
  return withExtension(base, {
    kg_id: e.id,
    kind: e.kind,
    aliases: e.aliases.map((name, i) => ({ name, kind: e.aliasKinds[i] ?? 'ALIAS' })),
    reliability: e.reliability,
    place_known_by: base.type === 'location' ? placeSource(base) : null,
  });
}

/**
 * STIX needs a location to have a country, a region or coordinates. A country gets its ISO code
 * from its names; a place gets its coordinates when known, the country it lies in when a fact says
 * so, and a region when its name is one of STIX's regions ("Eastern Europe"); a place with none of
 * them gets region "unknown" (docs/stix.md).
 */
function placeOf(e: EntityRecord, facts: readonly RelationshipRecord[], entities: ReadonlyMap<string, EntityRecord>): Record<string, unknown> {
  const place: Record<string, unknown> = {};
  if (e.coordinates) Object.assign(place, { latitude: e.coordinates.latitude, longitude: e.coordinates.longitude });
  const code =
    e.kind === 'COUNTRY'
      ? countryCode([e.name, ...e.aliases])
      : facts
        .filter((f) => f.fromId === e.id && (f.type === 'LOCATED_IN' || f.type === 'PART_OF') && entities.get(f.toId)?.kind === 'COUNTRY')
        .map((f) => countryCode([entities.get(f.toId)!.name, ...entities.get(f.toId)!.aliases]))
        .find((c): c is string => c !== null) ?? null;
  if (code) place.country = code;
  const region = regionCode([e.name, ...e.aliases]);
  if (region) place.region = region;
  if (!code && !region && !e.coordinates) place.region = 'unknown';
  return place;
}

function placeSource(location: StixObject): string {
  return location.country ? 'country' : location.latitude !== undefined ? 'coordinates' : location.region !== 'unknown' ? 'region' : 'name-only';
}

function partial(date: PartialDate | null | undefined) {
  return date ? { iso: date.iso, precision: date.precision } : null;
}

function quantity(q: { value: number; upper?: number | null; unit: string | null; qualifier: string } | null) {
  return q ? { value: q.value, upper: q.upper ?? null, unit: q.unit, qualifier: q.qualifier } : null;
}
