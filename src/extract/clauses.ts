/**
 * Other readings of one masked content, so that a rule written for "<subject> <verb> <object>"
 * also reads a subject that a relative clause, an apposition or a participle separates from its
 * verb, and the relative clause itself with its antecedent as subject:
 *
 * - "«F0», who «O1» says are backed by «Q2» troops from «C3», seized «L4»" also reads as
 *   "«F0» seized «L4»" (the main clause) and "«F0» are backed by «Q2» troops from «C3»" (the
 *   relative clause, with "«O1» says" dropped: the voice is the sentence's);
 * - "«F0», backed by «Q1» of «F2», have retaken …" also reads as "«F0» have retaken …";
 * - "«L0», the capital of «L1», …" also reads without the apposition.
 *
 * The views are tried after the content itself; a claim found twice is kept once. A content
 * without such clauses has no other view, so most sentences pay nothing.
 */
const RELATIVE = /(«[A-Z]\d+»)((?: [a-z]+)?),? (?:who|which|that) (?:(?:the )?(?:«[COP]\d+»|[a-z]+(?: [a-z]+)?) (?:say|says|said|believe|believes|report|reports|reported) )?([^,;]+?)(?=,|;|\.?$)/g;
/** ", who … ,", ", which … ,": a non-restrictive relative clause between commas. */
const NON_RESTRICTIVE = /(«[A-Z]\d+»(?: [a-z]+)?), (?:who|which) [^,;]+?,(?= )/g;
/** ", the capital of «L1»,", ", a former «F2» commander,": an apposition between commas. */
const APPOSITION = /(«[A-Z]\d+»), (?:the|a|an) [^,;]{0,80}?,(?= )/g;
/** ", backed by «Q1» of «F2»,", ", speaking on condition of anonymity,": a participle between commas. */
const PARTICIPLE = /(«[A-Z]\d+»(?: [a-z]+)?), (?:(?:[a-z]+ly) )?[a-z]+(?:ed|ing|en) [^,;]{0,80}?,(?= )/g;

export function clauseViews(content: string): string[] {
  if (!/, |\b(?:who|which|that)\b/.test(content)) return [];
  const views = new Set<string>();
  let main = content;
  for (const pattern of [NON_RESTRICTIVE, PARTICIPLE, APPOSITION]) main = main.replace(pattern, '$1');
  if (main !== content) views.add(main);
  for (const m of content.matchAll(RELATIVE)) {
    const verbPhrase = (m[3] ?? '').trim();
    // "which «F0» has used": the relative pronoun is the object, not the subject; nothing to read.
    if (verbPhrase.length < 6 || /^«/.test(verbPhrase)) continue;
    views.add(`${m[1]}${m[2] ?? ''} ${verbPhrase}`);
  }
  views.delete(content);
  return [...views];
}
