import type { ClaimInput } from '../claim';
import type { EntityInput } from '../entity';
import type { AliasKind, EntityKind, Reliability } from '../generated/types';
import type { SourceInput } from '../source';
import { canonicalUrl, entityId, parsePartialDate, sourceId as sourceIdFor, validate } from '../support';
import { ALIAS_KINDS, ENTITY_KINDS, oneOf, RELIABILITIES } from '../vocabulary';
import { checkClaim, ENTITY_LIMITS } from '../write';

/**
 * The import and export format, one record per line in NDJSON (`"type"` says which), or the same
 * records under `entities`, `sources` and `claims` in one JSON document. See the README's "Import and
 * export" section. An entity, a claim's subject, object or reporter, and a source's publisher can be
 * named by id or by `{ "kind", "name" }`; ids are deterministic, so both give the same node.
 */
export type ImportRecord =
  | { type: 'entity'; entity: EntityInput }
  | { type: 'source'; source: SourceInput & { id: string | null } }
  | { type: 'claim'; claims: Array<Omit<ClaimInput, 'sourceId'> & { sourceId: string }>; retraction: { reason: string; at: string | null; by: string | null } | null };

type Json = Record<string, unknown>;

/** Checks one raw record; throws "field: expected ..., but got ..." on the first problem. */
export function parseRecord(raw: unknown): ImportRecord {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`expected a JSON object, but got ${JSON.stringify(raw)?.slice(0, 80)}`);
  }
  const r = raw as Json;
  const type = oneOf('type', r.type, ['entity', 'source', 'claim'] as const);
  if (type === 'entity') return { type, entity: parseEntity(r) };
  if (type === 'source') return { type, source: parseSource(r) };
  return parseClaim(r);
}

function parseEntity(r: Json): EntityInput {
  const kind = oneOf<EntityKind>('kind', r.kind, ENTITY_KINDS);
  // The API's checks of a name (docs/writing.md: the same input gets the same checks wherever it comes from).
  const name = validate.entityName('name', requiredText('name', r.name), ENTITY_LIMITS.name);
  const aliases = optionalArray('aliases', r.aliases).map((a, i) => {
    const alias = (typeof a === 'string' ? { name: a, kind: 'ALIAS' } : a) as Json;
    const field = `aliases[${i}].name`;
    return { name: validate.entityName(field, requiredText(field, alias.name), ENTITY_LIMITS.alias), kind: oneOf<AliasKind>(`aliases[${i}].kind`, alias.kind ?? 'ALIAS', ALIAS_KINDS) };
  });
  const reliability = r.reliability == null ? null : oneOf<Reliability>('reliability', r.reliability, RELIABILITIES);
  return { kind, name, aliases, description: optionalText('description', r.description), reliability, coordinates: parseCoordinates(r.coordinates) };
}

function parseCoordinates(value: unknown): { latitude: number; longitude: number } | null {
  if (value == null) return null;
  const c = value as Json;
  const inRange = (n: unknown, bound: number): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= bound;
  if (!inRange(c.latitude, 90) || !inRange(c.longitude, 180)) {
    throw new Error(`coordinates: expected { latitude: -90 to 90, longitude: -180 to 180 }, but got ${JSON.stringify(value)}`);
  }
  return { latitude: c.latitude, longitude: c.longitude };
}

function parseSource(r: Json): SourceInput & { id: string | null } {
  const url = optionalText('url', r.url);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      throw new Error(`url: expected an absolute URL, but got ${JSON.stringify(url)}`);
    }
  }
  const contentHash = optionalText('contentHash', r.contentHash);
  if (contentHash !== null && !/^[0-9a-f]{64}$/.test(contentHash)) {
    throw new Error(`contentHash: expected 64 hex digits (SHA-256), but got ${JSON.stringify(contentHash)}`);
  }
  const text = optionalText('text', r.text);
  if (!url && !contentHash && !text) throw new Error('url: expected a url, a contentHash or a text to key the source, but got none');
  return {
    id: optionalText('id', r.id),
    url,
    title: optionalText('title', r.title),
    text,
    contentHash,
    publishedAt: r.publishedAt == null ? null : date('publishedAt', r.publishedAt),
    publisherId: reference('publisher', r.publisherId, r.publisher),
  };
}

function parseClaim(r: Json): ImportRecord {
  const excerpts = r.excerpts !== undefined ? optionalArray('excerpts', r.excerpts) : [r.excerpt];
  if (excerpts.length === 0) throw new Error('excerpts: expected at least one excerpt, but got none');
  const reportedById = reference('reportedBy', r.reportedById, r.reportedBy);
  const sourceId =
    r.sourceId != null
      ? requiredText('sourceId', r.sourceId)
      : r.sourceUrl != null
        ? sourceIdFor({ url: canonicalUrl(requiredText('sourceUrl', r.sourceUrl)) })
        : (() => { throw new Error('sourceId: expected the id or the URL (sourceUrl) of the claim\'s source, but got neither'); })();
  const span = r.textSpan as { start?: unknown; end?: unknown } | null | undefined;
  const quantity = r.quantity == null ? null : (r.quantity as Json);
  const base = {
    sourceId,
    subjectId: reference('subject', r.subjectId, r.subject) ?? missing('subjectId'),
    predicate: r.predicate,
    objectId: reference('object', r.objectId, r.object),
    polarity: r.polarity,
    quantity: quantity && typeof quantity === 'object' ? { value: quantity.value, upper: quantity.upper, unit: quantity.unit, qualifier: quantity.qualifier } : null,
    validFrom: r.validFrom == null ? null : String(r.validFrom),
    validTo: r.validTo == null ? null : String(r.validTo),
    reportedById,
    intermediaryId: reference('intermediary', r.intermediaryId, r.intermediary),
    hedged: r.hedged,
    extraction: parseExtraction(r.extraction),
    attribution: r.attribution,
    credibility: r.credibility,
    note: optionalText('note', r.note),
    textSpan: span && typeof span.start === 'number' && typeof span.end === 'number' ? { start: span.start, end: span.end } : null,
  };
  const retraction = r.retraction == null ? null : (r.retraction as Json);
  return {
    type: 'claim',
    // The rules every write path shares (src/write/claimRules.ts): same checks, same messages.
    claims: excerpts.map((excerpt, i) => ({ ...checkClaim({ ...base, excerpt: requiredText(`excerpts[${i}]`, excerpt) }, ''), sourceId })),
    retraction: retraction
      ? { reason: requiredText('retraction.reason', retraction.reason), at: optionalText('retraction.at', retraction.at), by: optionalText('retraction.by', retraction.by) }
      : null,
  };
}

function parseExtraction(value: unknown): { rule: string; extractorVersion: string } | null {
  if (value == null) return null;
  const e = value as Json;
  return { rule: requiredText('extraction.rule', e.rule), extractorVersion: requiredText('extraction.extractorVersion', e.extractorVersion) };
}

/** An id, or `{ kind, name }` turned into the deterministic id. */
function reference(field: string, id: unknown, named: unknown): string | null {
  if (id != null) return requiredText(`${field}Id`, id);
  if (named == null) return null;
  const n = named as Json;
  return entityId(oneOf<EntityKind>(`${field}.kind`, n.kind ?? 'ORGANIZATION', ENTITY_KINDS), requiredText(`${field}.name`, n.name));
}

function date(field: string, value: unknown) {
  try {
    return parsePartialDate(String(value));
  } catch (error) {
    throw new Error(`${field}: ${(error as Error).message}`);
  }
}

function requiredText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${field}: expected a non-empty string, but got ${JSON.stringify(value)}`);
  return value;
}

function optionalText(field: string, value: unknown): string | null {
  if (value == null) return null;
  if (typeof value !== 'string') throw new Error(`${field}: expected a string, but got ${JSON.stringify(value)}`);
  return value;
}

function optionalArray(field: string, value: unknown): unknown[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new Error(`${field}: expected an array, but got ${JSON.stringify(value)}`);
  return value;
}

function missing(field: string): never {
  throw new Error(`${field}: expected an entity id or a { kind, name }, but got nothing`);
}
