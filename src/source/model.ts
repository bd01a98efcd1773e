import { partialDateFromStore, type PartialDate } from '../support';

export interface SourceRecord {
  id: string;
  title: string | null;
  url: string | null;
  contentHash: string | null;
  publishedAt: PartialDate | null;
  retrievedAt: string | null;
  publisherId: string | null;
  claimCount: number;
}

export function toSourceRecord(row: unknown): SourceRecord {
  const r = row as Record<string, unknown>;
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    contentHash: (r.contentHash as string | null) ?? null,
    publishedAt: partialDateFromStore(r.publishedAt, r.publishedAtPrecision),
    retrievedAt: (r.retrievedAt as string | null) ?? null,
    publisherId: (r.publisherId as string | null) ?? null,
    claimCount: (r.claimCount as number | null) ?? 0,
  };
}
