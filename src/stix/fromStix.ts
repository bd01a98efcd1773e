import { createHash } from 'node:crypto';
import type { EntityKind } from '../generated/types';
import { sourceId as sourceIdOf } from '../support';
import { relationshipType } from '../vocabulary';
import { credibilityFromStix } from './confidence';
import { EXTENSION_ID, extensionOf, PRODUCER_ID } from './extension';
import type { StixBundle, StixObject } from './model';
import { dayOf } from './time';
import { ourRelationshipType } from './vocabulary';

/** A raw import record (src/transfer/records.ts) with the 1-based position of the STIX object it came from. */
export interface RawRecord {
  position: number;
  record: Record<string, unknown>;
}

/** What a bundle held beyond the records: every object is accounted for here or in `records`. */
export interface BundleReading {
  records: RawRecord[];
  /** Objects read as entities, sources and claims, by STIX type. */
  read: Record<string, number>;
  /** Our own facts: derived from the claims, so the import rebuilds them instead of reading them. */
  derived: number;
  /** Objects of types (or identity classes) the graph does not model, by type: counted, not imported. */
  notModelled: Record<string, number>;
  /** Each object that could not be used, with why (an unknown relationship type, a missing end ...). */
  skipped: Array<{ position: number; id: string; reason: string }>;
}

/**
 * Reads a bundle into import records, our own and others' alike:
 * - our own objects (they carry our extension) give back exactly the records they came from;
 * - another producer's identities and locations become entities, its reports sources, and its
 *   relationships claims (cited in the report that lists them, else in the bundle itself as a
 *   source), attributed to their created_by_ref when that is an identity we model.
 * Anything else is counted in `notModelled` or listed in `skipped`, never dropped silently.
 */
export function readBundle(bundle: unknown, bundleText: string): BundleReading {
  const reading: BundleReading = { records: [], read: {}, derived: 0, notModelled: {}, skipped: [] };
  const b = bundle as Partial<StixBundle>;
  if (typeof b !== 'object' || b === null || b.type !== 'bundle' || !Array.isArray(b.objects)) {
    throw new Error(`expected a STIX bundle ({"type": "bundle", "objects": [...]}), but got ${JSON.stringify(bundle)?.slice(0, 80)}`);
  }
  const objects = b.objects as StixObject[];
  const position = new Map(objects.map((o, i) => [o.id, i + 1]));
  const count = (map: Record<string, number>, key: string) => { map[key] = (map[key] ?? 0) + 1; };
  const push = (o: StixObject, record: Record<string, unknown>) => {
    reading.records.push({ position: position.get(o.id) ?? 0, record });
    count(reading.read, o.type);
  };

  // Entities first: relationships and claims refer to them by STIX id.
  const entityOf = new Map<string, { kind: EntityKind; name: string }>();
  for (const o of objects) {
    const kind = entityKind(o);
    if (kind && typeof o.name === 'string' && o.name.trim() !== '') entityOf.set(o.id, { kind, name: o.name });
  }
  const ref = (stixRef: unknown) => (typeof stixRef === 'string' ? entityOf.get(stixRef) ?? null : null);
  const sourceOf = new Map<string, Record<string, unknown>>();
  const reportsListing = new Map<string, string>();

  for (const o of objects) {
    const ext = extensionOf(o);
    if (o.id === PRODUCER_ID || (o.type === 'extension-definition' && o.id === EXTENSION_ID)) continue;
    const entity = entityOf.get(o.id);
    if (entity) {
      const aliases = (ext?.aliases as unknown[] | undefined) ?? (Array.isArray(o.x_opencti_aliases) ? o.x_opencti_aliases : []);
      const coordinates = typeof o.latitude === 'number' && typeof o.longitude === 'number' ? { latitude: o.latitude, longitude: o.longitude } : null;
      push(o, { type: 'entity', kind: entity.kind, name: entity.name, aliases, description: o.description ?? null, reliability: ext?.reliability ?? null, coordinates });
    } else if (o.type === 'report') {
      const source = ext ? ourSource(o, ext, ref) : foreignSource(o, ref);
      sourceOf.set(o.id, source);
      for (const r of Array.isArray(o.object_refs) ? o.object_refs : []) if (!reportsListing.has(r as string)) reportsListing.set(r as string, o.id);
      push(o, source);
    } else if ((o.type === 'note' || o.type === 'opinion') && ext) {
      push(o, ourClaim(o, ext, ref));
    } else if (o.type === 'relationship' && ext) {
      reading.derived += 1;
    } else if (o.type === 'relationship') {
      // Read after every report is known: the claim is cited in the report that lists it.
    } else {
      count(reading.notModelled, o.type === 'identity' ? `identity (class ${String(o.identity_class)})` : o.type);
    }
  }

  let bundleSource: Record<string, unknown> | null = null;
  for (const o of objects) {
    if (o.type !== 'relationship' || extensionOf(o)) continue;
    const type = ourRelationshipType(o.relationship_type);
    const from = ref(o.source_ref);
    const to = ref(o.target_ref);
    const skip = (reason: string) => reading.skipped.push({ position: position.get(o.id) ?? 0, id: o.id, reason });
    if (!type) { skip(`relationship_type ${JSON.stringify(o.relationship_type)} is neither ours nor in the mapping table (docs/stix.md)`); continue; }
    if (!from || !to) { skip(`${!from ? 'source_ref' : 'target_ref'} ${String(!from ? o.source_ref : o.target_ref)} is not an entity this bundle gives and we model`); continue; }
    const report = reportsListing.get(o.id);
    let source = report ? sourceOf.get(report) : undefined;
    if (!source) {
      // No report lists it: the bundle itself is the source, keyed by the hash of its text.
      bundleSource ??= { type: 'source', contentHash: createHash('sha256').update(bundleText).digest('hex'), title: `STIX bundle ${b.id ?? ''}`.trim() };
      if (reading.records.every((r) => r.record !== bundleSource)) reading.records.push({ position: 0, record: bundleSource });
      source = bundleSource;
    }
    const reporter = ref(o.created_by_ref);
    const start = dayOf(o.start_time);
    const stop = dayOf(o.stop_time);
    push(o, {
      type: 'claim',
      sourceId: source.url ? sourceIdOf({ url: source.url as string }) : sourceIdOf({ contentHash: source.contentHash as string }),
      subject: from,
      predicate: type,
      object: to,
      polarity: 'ASSERTED',
      validFrom: start,
      validTo: stop && start && stop < start ? null : stop,
      excerpt: typeof o.description === 'string' && o.description.trim() ? o.description : `${from.name} ${relationshipType(type).label} ${to.name} (${o.id})`,
      reportedBy: reporter ?? undefined,
      attribution: reporter ? 'REPORTER' : 'SOURCE',
      credibility: credibilityFromStix(o.confidence),
      note: `imported from STIX ${o.id}${o.relationship_type !== undefined ? ` (${String(o.relationship_type)})` : ''}`,
    });
  }
  return reading;
}

/** The kind of a STIX object that is an entity for us, or null. */
function entityKind(o: StixObject): EntityKind | null {
  const ext = extensionOf(o);
  if (ext && typeof ext.kind === 'string') return ext.kind as EntityKind;
  if (o.type === 'identity') {
    if (o.identity_class === 'individual') return 'PERSON';
    if (o.identity_class === 'organization') return 'ORGANIZATION';
    if (o.identity_class === 'group') return Array.isArray(o.sectors) && o.sectors.some((s) => s === 'defense' || s === 'military') ? 'ARMED_FORCE' : 'ORGANIZATION';
    return null;
  }
  if (o.type === 'location') {
    const opencti = typeof o.x_opencti_location_type === 'string' ? o.x_opencti_location_type.toLowerCase() : null;
    if (opencti) return opencti === 'country' ? 'COUNTRY' : 'LOCATION';
    return typeof o.country === 'string' && !o.city && !o.administrative_area && o.latitude === undefined && !o.street_address ? 'COUNTRY' : 'LOCATION';
  }
  return null;
}

type Ref = (stixRef: unknown) => { kind: EntityKind; name: string } | null;

function ourSource(o: StixObject, ext: Record<string, unknown>, ref: Ref): Record<string, unknown> {
  const url = (o.external_references as Array<{ url?: string }> | undefined)?.find((r) => r.url)?.url ?? null;
  return {
    type: 'source',
    id: ext.kg_id,
    url,
    title: ext.title ?? null,
    contentHash: ext.content_hash ?? null,
    publishedAt: (ext.published_date as { iso: string } | undefined)?.iso ?? null,
    publisher: ref(ext.publisher_ref) ?? undefined,
  };
}

function foreignSource(o: StixObject, ref: Ref): Record<string, unknown> {
  const url = (o.external_references as Array<{ url?: string }> | undefined)?.find((r) => typeof r.url === 'string')?.url ?? null;
  return {
    type: 'source',
    url,
    // Without a URL, the report itself (its JSON) is what the source's hash keys.
    contentHash: url ? null : createHash('sha256').update(JSON.stringify(o)).digest('hex'),
    title: typeof o.name === 'string' ? o.name : null,
    publishedAt: dayOf(o.published),
    publisher: ref(o.created_by_ref) ?? undefined,
  };
}

function ourClaim(o: StixObject, ext: Record<string, unknown>, ref: Ref): Record<string, unknown> {
  const date = (d: unknown) => (d as { iso?: string } | undefined)?.iso ?? null;
  const extraction = ext.extraction as { rule: string; extractor_version: string } | undefined;
  return {
    type: 'claim',
    sourceId: ext.source_id,
    subject: ref(ext.subject_ref) ?? undefined,
    object: ref(ext.object_ref) ?? undefined,
    predicate: ext.predicate,
    polarity: ext.polarity,
    quantity: ext.quantity ?? null,
    validFrom: date(ext.valid_from),
    validTo: date(ext.valid_to),
    excerpts: ext.excerpts,
    textSpan: ext.text_span ?? null,
    reportedBy: ref(ext.reporter_ref) ?? undefined,
    intermediary: ref(ext.intermediary_ref) ?? undefined,
    attribution: ext.attribution,
    credibility: ext.credibility ?? null,
    note: ext.note ?? null,
    hedged: ext.hedged ?? false,
    extraction: extraction ? { rule: extraction.rule, extractorVersion: extraction.extractor_version } : null,
    retraction: ext.retraction ?? null,
  };
}
