// @name exportEntities
// @param after: string -- the last id of the previous batch ('' for the first); limit: int
// @returns entity: map -- every live entity, in id order
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN n { .id, .kind, .name, .aliases, .aliasKinds, .description, .reliability, .latitude, .longitude } AS entity
