import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityInput } from '../entity';
import type { AliasKind, EntityKind, Reliability } from '../generated/types';
import { entityId, parsePartialDate, resolveMonthBefore, type PartialDate } from '../support';
import { ALIAS_KINDS, ENTITY_KINDS, oneOf, RELIABILITIES } from '../vocabulary';
import { checkClaim, checkEnds, type CheckedClaim } from '../write';

/**
 * Reads a seed file (see data/seed/*.json) and checks it fully before anything is written: every
 * enum value, every reference to an entity handle, and that every excerpt is verbatim in the text.
 */

/** A time in a seed file: an ISO partial date, or a month the source names without a year. */
type SeedTime = string | { month: number };

interface SeedClaim {
  subject: string;
  predicate: string;
  object?: string;
  polarity?: string;
  reportedBy?: string;
  attribution: string;
  credibility: number;
  quantity?: { value: number; unit?: string; qualifier: string };
  validFrom?: SeedTime;
  validTo?: SeedTime;
  excerpt: string;
  note?: string;
}

interface SeedDocument {
  source: { title?: string; url?: string | null; textFile: string; publisher?: string; publishedAt?: string };
  entities: Record<string, { kind: string; name: string; description?: string; reliability?: string; aliases?: Array<{ name: string; kind: string }> }>;
  claims: SeedClaim[];
}

/** A seed file resolved into the inputs of the write code; source ids are filled in at write time. */
export interface SeedPlan {
  file: string;
  text: string;
  source: { title: string | null; url: string | null; publishedAt: PartialDate | null; publisherId: string | null };
  entities: EntityInput[];
  /** Checked by the claim rules every write path shares (src/write/claimRules.ts). */
  claims: CheckedClaim[];
}

export function readSeedFile(file: string): SeedPlan {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as SeedDocument;
  const text = readFileSync(path.join(path.dirname(file), doc.source.textFile), 'utf8');
  const where = path.basename(file);
  const problems: string[] = [];
  const attempt = <T>(label: string, work: () => T): T | undefined => {
    try {
      return work();
    } catch (error) {
      problems.push(`${label}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const ids = new Map<string, string>();
  const kinds = new Map<string, EntityKind>();
  const entities: EntityInput[] = [];
  for (const [handle, e] of Object.entries(doc.entities)) {
    attempt(`entities.${handle}`, () => {
      const kind = oneOf<EntityKind>('kind', e.kind, ENTITY_KINDS);
      const aliases = (e.aliases ?? []).map((a, i) => ({ name: a.name, kind: oneOf<AliasKind>(`aliases[${i}].kind`, a.kind, ALIAS_KINDS) }));
      ids.set(handle, entityId(kind, e.name));
      kinds.set(entityId(kind, e.name), kind);
      const reliability = e.reliability === undefined ? null : oneOf<Reliability>('reliability', e.reliability, RELIABILITIES);
      entities.push({ kind, name: e.name, aliases, description: e.description ?? null, reliability });
    });
  }
  const ref = (field: string, handle: string | undefined): string | null => {
    if (handle === undefined) return null;
    const id = ids.get(handle);
    if (!id) throw new Error(`${field}: expected an entity handle (${[...ids.keys()].join(', ')}), but got ${JSON.stringify(handle)}`);
    return id;
  };

  const publishedAt = doc.source.publishedAt ? attempt('source.publishedAt', () => parsePartialDate(doc.source.publishedAt as string)) ?? null : null;
  const source = {
    title: doc.source.title ?? null,
    url: doc.source.url ?? null,
    publishedAt,
    publisherId: attempt('source.publisher', () => ref('publisher', doc.source.publisher)) ?? null,
  };
  const time = (field: string, value: SeedTime | undefined): PartialDate | null => {
    if (value === undefined) return null;
    if (typeof value === 'string') {
      try {
        return parsePartialDate(value);
      } catch (error) {
        throw new Error(`${field}: ${(error as Error).message}`);
      }
    }
    if (!publishedAt) throw new Error(`${field}: a month without a year needs the source's publishedAt`);
    return resolveMonthBefore(value.month, publishedAt);
  };

  const claims: SeedPlan['claims'] = [];
  doc.claims.forEach((c, i) => {
    attempt(`claims[${i}]`, () => {
      if (!text.includes(c.excerpt)) {
        throw new Error(`expected the excerpt to appear verbatim in ${doc.source.textFile}, but got ${JSON.stringify(c.excerpt)}`);
      }
      const claim = checkClaim(
        {
          subjectId: ref('subject', c.subject) as string,
          predicate: c.predicate,
          objectId: ref('object', c.object),
          polarity: c.polarity,
          reportedById: ref('reportedBy', c.reportedBy),
          attribution: c.attribution,
          credibility: c.credibility,
          quantity: c.quantity ?? null,
          validFrom: time('validFrom', c.validFrom),
          validTo: time('validTo', c.validTo),
          excerpt: c.excerpt,
          textSpan: { start: text.indexOf(c.excerpt), end: text.indexOf(c.excerpt) + c.excerpt.length },
          note: c.note ?? null,
        },
        '',
      );
      checkEnds(claim, (id) => kinds.get(id), '');
      claims.push(claim);
    });
  });
  if (problems.length > 0) {
    throw new Error(`${where} is not a valid seed file:\n  ${problems.join('\n  ')}`);
  }
  return { file, text, source, entities, claims };
}
