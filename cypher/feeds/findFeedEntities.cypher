// @name findFeedEntities
// @param names: string[] -- names a feed gives an actor or a place
// @returns name: string, entities: {kind, name, latitude, longitude}[] -- the live entities whose name or an alias equals it, ignoring case
// As findEntitiesByNames, with the coordinates a place match is checked against. It reads every
// entity; the importers ask once per name and run, and cache the answer.
UNWIND $names AS name
MATCH (e:Entity)
WHERE toLower(e.name) = toLower(name) OR any(a IN e.aliases WHERE toLower(a) = toLower(name))
RETURN name, collect(e { .kind, .name, .latitude, .longitude }) AS entities
