import { claimConfidence } from '../claim/confidence';
import { toClaimRecord, type ClaimRecord } from '../claim/model';
import { assertClaims, findClaimsByIds, toClaimWrite, type ClaimInput } from '../claim/repository';
import type { EntityRecord } from '../entity/model';
import { findEntitiesByIds, recordChanges, upsertEntities, type EntityInput } from '../entity/repository';
import type { ArticleInput } from '../generated/graphql';
import type { Database } from '../neo4j/database';
import type { Loaders } from '../server/loaders';
import type { SourceRecord } from '../source/model';
import { contentHash, findSourcesByIds, recordSource } from '../source/repository';
import { canonicalUrl, entityId, invariant, periodEnd, sourceId, validate } from '../support';
import { extractClaims, type ExtractedClaim, type ExtractedEntity } from './extractionRules';

/** Limits of article input, documented in schema/ingest.graphql. */
export const ARTICLE_LIMITS = { text: 100_000, title: 500, publisher: 200 } as const;

export interface IngestResultRecord {
  source: SourceRecord;
  created: boolean;
  entities: EntityRecord[];
  claims: ClaimRecord[];
  warnings: string[];
}

/**
 * `ingestArticle`: checks the input, extracts entities and claims (src/ingest/extractionRules.ts),
 * and writes the source, the entities, the claims and their facts in one transaction. Everything is
 * keyed by content, so ingesting the same article again, even twenty times at once, writes nothing
 * new. A dry run computes the same result and writes nothing.
 */
export async function ingestArticle(
  db: Database,
  loaders: Loaders,
  input: ArticleInput,
  dryRun: boolean,
  actor: string,
): Promise<IngestResultRecord> {
  const text = validate.text('input.text', input.text, 1, ARTICLE_LIMITS.text);
  const url = validate.httpUrl('input.url', input.url);
  const title = validate.optionalText('input.title', input.title, ARTICLE_LIMITS.title);
  const publisherName = validate.optionalText('input.publisher', input.publisher, ARTICLE_LIMITS.publisher) || null;
  const publishedAt = validate.partialDate('input.publishedAt', input.publishedAt);

  const extraction = extractClaims(input.text, publishedAt);
  const publisher: ExtractedEntity | null = publisherName ? { kind: 'ORGANIZATION', name: publisherName, aliases: [] } : null;
  await resolveAgainstGraph(db, extraction.claims, extraction.warnings);
  const entities = uniqueEntities([
    ...extraction.claims.flatMap((c) => [c.subject, c.object, c.reporter]),
    publisher,
  ]);
  const idOf = (e: ExtractedEntity) => entityId(e.kind, e.name);
  const source = { url, title, text: input.text, publishedAt, publisherId: publisher ? idOf(publisher) : null };
  const key = url ? sourceId({ url: canonicalUrl(url) }) : sourceId({ contentHash: contentHash(input.text) });
  const claimInputs: Array<Omit<ClaimInput, 'sourceId'>> = extraction.claims.map((c) => ({
    subjectId: idOf(c.subject),
    predicate: c.predicate,
    objectId: c.object ? idOf(c.object) : null,
    polarity: c.polarity,
    quantity: c.quantity,
    validFrom: c.validFrom,
    excerpt: c.excerpt,
    textSpan: { start: c.start, end: c.end },
    reportedById: c.reporter ? idOf(c.reporter) : null,
    attribution: c.attribution,
    credibility: c.credibility,
    note: `extracted by rule "${c.rule}"`,
  }));
  const warnings = [...extraction.warnings];
  if (extraction.claims.length === 0) warnings.push('no claim was extracted from the text');

  if (dryRun) {
    const existing = await findSourcesByIds(db, [key]);
    const preview = previewRecords(key, source, text, entities, claimInputs, actor);
    // Later fields (Claim.subject, Claim.source) resolve through the loaders: give them the preview.
    for (const e of preview.entities) loaders.entity.prime(e.id, e);
    for (const c of preview.claims) loaders.claim.prime(c.id, c);
    loaders.source.prime(preview.source.id, existing.get(key) ?? preview.source);
    return { ...preview, source: existing.get(key) ?? preview.source, created: !existing.has(key), warnings };
  }

  const written = await db.writeTransaction(async (tx) => {
    const writes = await upsertEntities(tx, entities.map(toEntityInput), actor);
    await recordChanges(
      tx,
      writes.filter((w) => w.created).map((w) => ({
        entityId: w.entity.id,
        by: actor,
        action: 'CREATED' as const,
        summary: `created from the article ${url ?? title ?? key}`,
      })),
    );
    const recorded = await recordSource(tx, source, actor);
    invariant(recorded.source.id === key, 'expected the recorded source to have the key computed for it');
    const claimIds = await assertClaims(tx, claimInputs.map((c) => ({ ...c, sourceId: key })), actor);
    return { created: recorded.created, entityIds: writes.map((w) => w.entity.id), claimIds };
  });
  const [entityRecords, claimRecords, sourceRecords] = await Promise.all([
    findEntitiesByIds(db, written.entityIds),
    findClaimsByIds(db, written.claimIds),
    findSourcesByIds(db, [key]),
  ]);
  return {
    source: sourceRecords.get(key) as SourceRecord,
    created: written.created,
    entities: written.entityIds.map((id) => entityRecords.get(id)).filter((e): e is EntityRecord => e !== undefined),
    claims: [...new Set(written.claimIds)].map((id) => claimRecords.get(id)).filter((c): c is ClaimRecord => c !== undefined),
    warnings,
  };
}

/**
 * Reporters, organisations and places the rules found by pattern are looked up among the entities
 * already in the graph, by name or alias: "NIS said" then reports through the entity that has "NIS"
 * as an alias, and "the Kursk region" is the Kursk the graph knows. A name that fits two entities
 * stays as the rules named it, with a warning.
 */
async function resolveAgainstGraph(db: Database, claims: ExtractedClaim[], warnings: string[]): Promise<void> {
  const lookups = (c: ExtractedClaim) => [c.reporter, c.object?.kind === 'LOCATION' ? c.object : null].filter((e): e is ExtractedEntity => e !== null);
  const names = [...new Set(claims.flatMap(lookups).flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]))];
  if (names.length === 0) return;
  const rows = await db.read('findEntitiesByNames', { names });
  const known = new Map(rows.map((row) => [row.name as string, row.entities as Array<{ kind: ExtractedEntity['kind']; name: string }>]));
  const resolve = (e: ExtractedEntity): ExtractedEntity => {
    const matches = [e.name, ...e.aliases.map((a) => a.name)].flatMap((n) => known.get(n) ?? []);
    const distinct = [...new Map(matches.map((m) => [entityId(m.kind, m.name), m])).values()];
    if (distinct.length > 1) warnings.push(`"${e.name}" names ${distinct.length} entities in the graph (${distinct.map((d) => d.name).join(', ')}); kept as found`);
    return distinct.length === 1 ? { ...(distinct[0] as { kind: ExtractedEntity['kind']; name: string }), aliases: e.aliases.filter((a) => a.name !== distinct[0]?.name) } : e;
  };
  for (const claim of claims) {
    if (claim.reporter) claim.reporter = resolve(claim.reporter);
    if (claim.object?.kind === 'LOCATION') claim.object = resolve(claim.object);
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
  return { kind: e.kind, name: e.name, aliases: e.aliases };
}

/** What a write would produce, built in memory for a dry run (statuses as before any fact rebuild). */
function previewRecords(
  key: string,
  source: { url: string | null; title: string | null; publishedAt: ReturnType<typeof validate.partialDate>; publisherId: string | null },
  text: string,
  entities: ExtractedEntity[],
  claims: Array<Omit<ClaimInput, 'sourceId'>>,
  actor: string,
): Omit<IngestResultRecord, 'created' | 'warnings'> {
  const knownAt = source.publishedAt ? periodEnd(source.publishedAt) : new Date().toISOString().slice(0, 10);
  const entityRecords: EntityRecord[] = entities.map((e) => ({
    id: entityId(e.kind, e.name),
    kind: e.kind,
    name: e.name,
    aliases: e.aliases.map((a) => a.name),
    aliasKinds: e.aliases.map((a) => a.kind),
    description: null,
    reliability: null,
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
