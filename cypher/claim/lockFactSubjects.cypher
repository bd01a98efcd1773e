// @name lockFactSubjects
// @param subjectIds: string[] -- the subjects of the facts the transaction is about to rebuild, sorted
// @returns locked: number -- how many of them exist
// A fact is derived from the claims its transaction can see. Two transactions adding claims to the
// same triple at once would each see only their own, and the last to write the fact would drop the
// other's. Writing to the subject takes its lock until commit: the second transaction waits here,
// then reads the first one's claims. Sorted ids take the locks in one order, so two batches over the
// same subjects queue instead of deadlocking. The property is set and removed: nothing is stored.
UNWIND $subjectIds AS id
MATCH (s:Entity {id: id})
SET s.factLock = true
REMOVE s.factLock
RETURN count(s) AS locked
