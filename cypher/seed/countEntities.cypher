// @name countEntities
// @returns total: int -- the seed is loaded only when this is 0
MATCH (n:Entity)
RETURN count(n) AS total
