import type { AliasKind, EntityKind, Reliability } from '../generated/types';

/** An entity as the repository returns it; the GraphQL types resolve from it. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Parallel to `aliases`: the kind of each name. */
  aliasKinds: AliasKind[];
  description: string | null;
  /** Admiralty reliability of the entity as a reporter, when rated. */
  reliability: Reliability | null;
  /** Where a place is, when known. */
  coordinates?: { latitude: number; longitude: number } | null;
  createdAt: string | null;
  updatedAt: string | null;
  createdBy: string | null;
}

/** The Neo4j kind label of each EntityKind; the only place a label is chosen. */
export const ENTITY_LABELS: Readonly<Record<EntityKind, string>> = {
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  ARMED_FORCE: 'ArmedForce',
  PERSON: 'Person',
  LOCATION: 'Location',
};

/** The GraphQL object type of each EntityKind, for `Entity.__resolveType`. */
export const ENTITY_TYPENAMES = ENTITY_LABELS;

export function toEntityRecord(row: unknown): EntityRecord {
  const r = row as Record<string, unknown>;
  return {
    id: r.id as string,
    kind: r.kind as EntityKind,
    name: r.name as string,
    aliases: (r.aliases as string[] | null) ?? [],
    aliasKinds: (r.aliasKinds as AliasKind[] | null) ?? [],
    description: (r.description as string | null) ?? null,
    reliability: (r.reliability as Reliability | null) ?? null,
    coordinates: typeof r.latitude === 'number' && typeof r.longitude === 'number' ? { latitude: r.latitude, longitude: r.longitude } : null,
    createdAt: (r.createdAt as string | null) ?? null,
    updatedAt: (r.updatedAt as string | null) ?? null,
    createdBy: (r.createdBy as string | null) ?? null,
  };
}
