// @name findEntitiesByIds
// @param ids: string[] -- entity ids
// @returns entity: EntityRow -- one row per id that exists, in no particular order
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .createdBy,
           createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt) } AS entity
