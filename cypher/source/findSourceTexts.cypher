// @name findSourceTexts
// @param ids: string[] -- source ids
// @returns id: string, text: string | null -- one row per source found; the text is kept apart from findSourcesByIds so lists of sources never carry whole articles
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id, s.text AS text
