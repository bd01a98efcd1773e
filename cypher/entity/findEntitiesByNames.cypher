// @name findEntitiesByNames
// @param names: string[] -- names as a text gives them
// @returns name: string, entities: {kind, name}[] -- the live entities whose name or an alias equals it, ignoring case
// Reads every entity: fine for the names of one article, and a candidate for an index when graphs grow.
UNWIND $names AS name
MATCH (e:Entity)
WHERE toLower(e.name) = toLower(name) OR any(a IN e.aliases WHERE toLower(a) = toLower(name))
RETURN name, collect(e { .kind, .name }) AS entities
