// @name findPublicationDates
// @returns date: string, claimCount: int -- one row per publication date of a source (as recorded, a partial date), oldest first; claims rejected in review are not counted
// Sources without a publication date have no row.
MATCH (s:Source)
WHERE s.publishedAt IS NOT NULL
WITH s.publishedAt AS date, sum(COUNT { (s)<-[:CITED_IN]-(c:Claim) WHERE coalesce(c.reviewStatus, 'ACCEPTED') <> 'REJECTED' }) AS claimCount
RETURN date, claimCount
ORDER BY date
