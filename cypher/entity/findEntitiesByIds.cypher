// @name findEntitiesByIds
// @param ids: string[] -- entity ids; the id of a merged entity resolves to the entity it was merged into
// @returns id: string, entity: EntityRow -- one row per id that resolves, keyed by the id asked for
UNWIND $ids AS id
OPTIONAL MATCH (t:Tombstone {id: id})
MATCH (n:Entity {id: coalesce(t.mergedInto, id)})
RETURN id, n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude, .createdBy,
               createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity
