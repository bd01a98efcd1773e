// @name findEntitiesByNames
// @param names: string[] -- names as a text or a feed gives them
// @returns name: string, entities: {kind, name, latitude, longitude}[] -- the live entities whose name or an alias equals it, ignoring case
// Article ingestion and the feed importers look names up with it (the feeds check a place match
// against the coordinates). Seeks the full-text index with each name as one quoted phrase (only `"`
// and `\` need escaping inside quotes; the index's analyzer reads the phrase as it read the names,
// so an equal name is always among the hits), then keeps the exact matches. A scan of every entity
// cost a graph's size per name.
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('entity_search', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH name, e
WHERE toLower(e.name) = toLower(name) OR any(a IN e.aliases WHERE toLower(a) = toLower(name))
RETURN name, collect(e { .kind, .name, .latitude, .longitude }) AS entities
