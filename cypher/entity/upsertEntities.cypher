// @name upsertEntities
// @param entities: {id, kind, label, name, aliases, aliasKinds, description, reliability, latitude, longitude}[] -- label comes from the EntityKind enum; coordinates null when unknown
// @param actor: string -- who writes (recorded as createdBy / updatedBy)
// @returns entity: EntityRow, created: boolean -- one row per input, after the write
// Keyed by id (a UUIDv5 of kind and normalised name), so concurrent writers converge on the
// uniqueness constraint. Aliases only ever grow; an alias already present keeps its first kind.
// updatedAt moves only when the entity changes.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.kind = e.kind, n.name = e.name, n.aliases = [], n.aliasKinds = [],
                n.createdAt = datetime(), n.createdBy = $actor
WITH n, e, n.createdAt = datetime() AS created,
     [i IN range(0, size(e.aliases) - 1) WHERE NOT e.aliases[i] IN n.aliases AND e.aliases[i] <> n.name] AS fresh
// Written only when something changes: a SET takes the node's write lock even when it changes
// nothing, and articles that all name one country queued on that lock until each commit.
WITH n, e, created, fresh,
     created OR size(fresh) > 0 OR NOT e.label IN labels(n)
       OR (e.description IS NOT NULL AND coalesce(e.description <> n.description, true))
       OR (e.reliability IS NOT NULL AND coalesce(e.reliability <> n.reliability, true))
       OR (e.latitude IS NOT NULL AND coalesce(e.latitude <> n.latitude OR e.longitude <> n.longitude, true)) AS changes
CALL (n, e, fresh, changes) {
  WITH n, e, fresh WHERE changes
  SET n:$(e.label)
  SET n.aliases = n.aliases + [i IN fresh | e.aliases[i]],
      n.aliasKinds = n.aliasKinds + [i IN fresh | e.aliasKinds[i]],
      n.description = coalesce(e.description, n.description),
      n.reliability = coalesce(e.reliability, n.reliability),
      n.latitude = coalesce(e.latitude, n.latitude),
      n.longitude = coalesce(e.longitude, n.longitude),
      n.updatedAt = datetime(), n.updatedBy = $actor
}
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity,
       created, size(fresh) AS addedAliases
