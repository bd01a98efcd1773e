// @name countSources
// @returns total: int
MATCH (s:Source)
RETURN count(s) AS total
