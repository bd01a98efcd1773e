import { claimConfidence, findClaimsByIds, toClaimRecord, toClaimWrite, type ClaimRecord } from '../claim';
import { findEntitiesByIds, type EntityInput, type EntityRecord } from '../entity';
import { extractClaims, type ExtractedClaim, type ExtractedEntity, type Extraction } from '../extract';
import type { ArticleInput } from '../generated/types';
import type { Database } from '../neo4j';
import { contentHash, findSourcesByIds, type SourceRecord } from '../source';
import { canonicalUrl, entityId, periodEnd, sourceId, validate, type PartialDate } from '../support';
import { checkClaim, checkEnds, writeBundle, type CheckedClaim } from '../write';

/** Limits of article input, documented in schema/ingest.graphql. */
export const ARTICLE_LIMITS = { text: 100_000, title: 500, publisher: 200 } as const;

export interface IngestResultRecord {
  source: SourceRecord;
  created: boolean;
  entities: EntityRecord[];
  claims: ClaimRecord[];
  warnings: string[];
  /** True for a dry run: the records are a preview, in no database. */
  preview: boolean;
}

/**
 * `ingestArticle`: checks the input, extracts entities and claims (src/extract/), resolves names
 * against the graph, and writes the source, the entities, the claims and their facts through the
 * bundle writer in one transaction. Everything is keyed by content, so ingesting the same article
 * again, even twenty times at once, writes nothing new. A dry run builds the same records and
 * writes nothing.
 */
export async function ingestArticle(db: Database, input: ArticleInput, dryRun: boolean, actor: string): Promise<IngestResultRecord> {
  const text = validate.text('input.text', input.text, 1, ARTICLE_LIMITS.text);
  const url = validate.httpUrl('input.url', input.url);
  const title = validate.optionalText('input.title', input.title, ARTICLE_LIMITS.title);
  const publisherName = validate.optionalText('input.publisher', input.publisher, ARTICLE_LIMITS.publisher) || null;
  const publishedAt = validate.partialDate('input.publishedAt', input.publishedAt);

  const extraction = extractClaims(input.text, publishedAt);
  const warnings = extraction.warnings.map((w) => (w.sentence ? `${JSON.stringify(w.sentence)}: ${w.reason}` : w.reason));
  await resolveAgainstGraph(db, extraction.claims, warnings);
  const publisher: ExtractedEntity | null = publisherName ? { kind: 'ORGANIZATION', name: publisherName, aliases: [] } : null;
  const entities = uniqueEntities([...extraction.claims.flatMap((c) => [c.subject, c.object, c.reporter, c.intermediary]), publisher]);
  const idOf = (e: ExtractedEntity) => entityId(e.kind, e.name);
  const source = { url, title, text: input.text, publishedAt, publisherId: publisher ? idOf(publisher) : null };
  const key = url ? sourceId({ url: canonicalUrl(url) }) : sourceId({ contentHash: contentHash(input.text) });
  const claims = checkedClaims(extraction, idOf, warnings);
  if (claims.length === 0) warnings.push('no claim was extracted from the text');

  if (dryRun) {
    const existing = (await findSourcesByIds(db, [key])).get(key);
    const preview = previewRecords(key, source, text, entities, claims, actor);
    return { ...preview, source: existing ?? preview.source, created: !existing, warnings, preview: true };
  }

  const written = await db.writeTransaction((tx) =>
    writeBundle(tx, { entities: entities.map(toEntityInput), source, claims }, actor, `the article ${url ?? title ?? key}`),
  );
  const entityIds = written.entities.map((w) => w.entity.id);
  const [entityRecords, claimRecords, sourceRecords] = await Promise.all([
    findEntitiesByIds(db, entityIds),
    findClaimsByIds(db, written.claimIds),
    findSourcesByIds(db, [key]),
  ]);
  return {
    source: sourceRecords.get(key) as SourceRecord,
    created: written.source?.created ?? false,
    entities: entityIds.map((id) => entityRecords.get(id)).filter((e): e is EntityRecord => e !== undefined),
    claims: [...new Set(written.claimIds)].map((id) => claimRecords.get(id)).filter((c): c is ClaimRecord => c !== undefined),
    warnings,
    preview: false,
  };
}

/**
 * The extracted claims as write input, through the claim rules every write path shares. A claim the
 * rules refuse is left out with a warning naming its sentence, instead of failing the article.
 */
function checkedClaims(extraction: Extraction, idOf: (e: ExtractedEntity) => string, warnings: string[]): CheckedClaim[] {
  const claims: CheckedClaim[] = [];
  for (const c of extraction.claims) {
    try {
      const kinds = new Map([c.subject, c.object].filter((e): e is ExtractedEntity => e != null).map((e) => [idOf(e), e.kind]));
      const claim = checkClaim(
        {
          subjectId: idOf(c.subject),
          predicate: c.predicate,
          objectId: c.object ? idOf(c.object) : null,
          polarity: c.polarity,
          quantity: c.quantity ? { value: c.quantity.value, upper: c.quantity.upper, unit: c.quantity.unit, qualifier: c.quantity.qualifier } : null,
          validFrom: c.validFrom,
          validTo: c.validTo,
          excerpt: c.excerpt,
          textSpan: { start: c.start, end: c.end },
          reportedById: c.reporter ? idOf(c.reporter) : null,
          intermediaryId: c.intermediary ? idOf(c.intermediary) : null,
          attribution: c.attribution,
          credibility: c.credibility,
          hedged: c.hedged,
          extraction: { rule: c.rule, extractorVersion: extraction.extractorVersion },
        },
        '',
      );
      checkEnds(claim, (id) => kinds.get(id), '');
      claims.push(claim);
    } catch (error) {
      warnings.push(`${JSON.stringify(c.excerpt)}: the claim of rule "${c.rule}" was left out: ${(error as Error).message}`);
    }
  }
  return claims;
}

/**
 * Every entity extraction names is looked up among the entities already in the graph, by name or
 * alias, so an article adds to what the graph knows instead of beside it: "NIS" reports through the
 * entity that has "NIS" as an alias, "Ukrainian troops" (alias "Ukrainian forces") are the graph's
 * "Ukrainian forces", and "the Kursk region" is the Kursk the graph knows. Subjects and objects
 * match only an entity of their own kind (a place, a country or a location, either); reporters and
 * those who relay them match any. A name that fits two entities stays as found, with a warning.
 */
async function resolveAgainstGraph(db: Database, claims: ExtractedClaim[], warnings: string[]): Promise<void> {
  const lookups = (c: ExtractedClaim) => [c.reporter, c.intermediary, c.subject, c.object].filter((e): e is ExtractedEntity => e != null);
  const names = [...new Set(claims.flatMap(lookups).flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]))];
  if (names.length === 0) return;
  const rows = await db.read('findEntitiesByNames', { names });
  const known = new Map(rows.map((row) => [row.name as string, row.entities as Array<{ kind: ExtractedEntity['kind']; name: string }>]));
  const PLACES: ReadonlyArray<ExtractedEntity['kind']> = ['COUNTRY', 'LOCATION'];
  const sameKind = (a: ExtractedEntity['kind'], b: ExtractedEntity['kind']) => a === b || (PLACES.includes(a) && PLACES.includes(b));
  const resolve = (e: ExtractedEntity, anyKind: boolean): ExtractedEntity => {
    const matches = [e.name, ...e.aliases.map((a) => a.name)].flatMap((n) => known.get(n) ?? []).filter((m) => anyKind || sameKind(m.kind, e.kind));
    const distinct = [...new Map(matches.map((m) => [entityId(m.kind, m.name), m])).values()];
    if (distinct.length > 1) warnings.push(`"${e.name}" names ${distinct.length} entities in the graph (${distinct.map((d) => d.name).join(', ')}); kept as found`);
    const [only] = distinct;
    return distinct.length === 1 && only ? { ...e, kind: only.kind, name: only.name, aliases: e.aliases.filter((a) => a.name !== only.name) } : e;
  };
  for (const claim of claims) {
    if (claim.reporter) claim.reporter = resolve(claim.reporter, true);
    if (claim.intermediary) claim.intermediary = resolve(claim.intermediary, true);
    claim.subject = resolve(claim.subject, false);
    if (claim.object) claim.object = resolve(claim.object, false);
  }
}

/** One entry per (kind, name), with the aliases of every mention. */
function uniqueEntities(mentions: ReadonlyArray<ExtractedEntity | null>): ExtractedEntity[] {
  const byKey = new Map<string, ExtractedEntity>();
  for (const mention of mentions) {
    if (!mention) continue;
    const key = entityId(mention.kind, mention.name);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { ...mention, aliases: [...mention.aliases] });
    else for (const alias of mention.aliases) if (!known.aliases.some((a) => a.name === alias.name)) known.aliases.push(alias);
  }
  return [...byKey.values()];
}

function toEntityInput(e: ExtractedEntity): EntityInput {
  return { kind: e.kind, name: e.name, aliases: e.aliases, description: e.description ?? null, coordinates: e.coordinates ?? null };
}

/** What a write would produce, built in memory for a dry run (statuses as before any fact rebuild). */
function previewRecords(
  key: string,
  source: { url: string | null; title: string | null; publishedAt: PartialDate | null; publisherId: string | null },
  text: string,
  entities: ExtractedEntity[],
  claims: readonly CheckedClaim[],
  actor: string,
): Pick<IngestResultRecord, 'source' | 'entities' | 'claims'> {
  const knownAt = source.publishedAt ? periodEnd(source.publishedAt) : new Date().toISOString().slice(0, 10);
  const entityRecords: EntityRecord[] = entities.map((e) => ({
    id: entityId(e.kind, e.name),
    kind: e.kind,
    name: e.name,
    aliases: e.aliases.map((a) => a.name),
    aliasKinds: e.aliases.map((a) => a.kind),
    description: e.description ?? null,
    reliability: null,
    coordinates: e.coordinates ?? null,
    createdAt: null,
    updatedAt: null,
    createdBy: null,
  }));
  const claimRecords = new Map<string, ClaimRecord>();
  for (const input of claims) {
    const write = toClaimWrite({ ...input, sourceId: key }, actor);
    const existing = claimRecords.get(write.id);
    if (existing) {
      if (!existing.excerpts.includes(write.excerpt)) existing.excerpts.push(write.excerpt);
      continue;
    }
    const reliability = 'F' as const;
    claimRecords.set(
      write.id,
      toClaimRecord({
        ...write.props,
        id: write.id,
        excerpts: [write.excerpt],
        status: 'REPORTED',
        reliability,
        confidence: claimConfidence(input.credibility, reliability),
        knownAt,
        subjectId: write.subjectId,
        objectId: write.objectId,
        reportedById: write.reportedById,
        sourceId: key,
        publisherId: source.publisherId,
      }),
    );
  }
  return {
    source: {
      id: key,
      title: source.title,
      url: source.url ? canonicalUrl(source.url) : null,
      contentHash: contentHash(text),
      publishedAt: source.publishedAt,
      retrievedAt: null,
      publisherId: source.publisherId,
      claimCount: claimRecords.size,
    },
    entities: entityRecords,
    claims: [...claimRecords.values()],
  };
}
