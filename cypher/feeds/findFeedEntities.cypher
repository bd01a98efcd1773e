// @name findFeedEntities
// @param names: string[] -- names a feed gives an actor or a place
// @returns name: string, entities: {kind, name, latitude, longitude}[] -- the live entities whose name or an alias equals it, ignoring case
// As findEntitiesByNames (a seek of the full-text index by the name as a phrase, then the exact
// matches), with the coordinates a place match is checked against. The importers ask once per
// name and run, and cache the answer.
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('entity_search', '"' + replace(replace(name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH name, e
WHERE toLower(e.name) = toLower(name) OR any(a IN e.aliases WHERE toLower(a) = toLower(name))
RETURN name, collect(e { .kind, .name, .latitude, .longitude }) AS entities
