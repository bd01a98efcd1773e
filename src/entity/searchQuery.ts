import { BadUserInputError, normalizeName } from '../support';
import type { EntityRecord } from './model';

/**
 * Turns what a user types into a safe Lucene query, and ranks the index's hits.
 *
 * The text is split into words of letters and digits; everything else (quotes, `~`, `*`, `:`,
 * brackets) is dropped, and words are lower-cased so `AND`/`OR`/`NOT` are plain words, not
 * operators. Each word matches exactly (boosted), as a prefix, or with one or two typos.
 *
 * `match: 'every'` needs every word to match (the builder's own ` AND ` between the words), `'any'`
 * one of them. Search asks for every word first: with any word, a typo in the rare word of a name
 * ("Ulemsklum Guard") lost to every exact "Guard" in a big graph, whose boosted common word
 * outscores a near spelling, and the name sought fell out of the candidates.
 *
 * @example buildLuceneQuery('Nort Korea') // '(nort^3 OR nort* OR nort~1) (korea^3 OR korea* OR korea~1)'
 * @example buildLuceneQuery('Nort Korea', 'every') // '(nort^3 OR nort* OR nort~1) AND (korea^3 OR korea* OR korea~1)'
 */
export function buildLuceneQuery(text: string, match: 'every' | 'any' = 'any'): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map(wordClause).join(match === 'every' ? ' AND ' : ' ');
}

/**
 * Bounds of a search text. Lucene refuses a query of more than 1,024 clauses (each word makes up
 * to four) and a prefix or typo match on a word of more than 1,000 characters; these bounds keep
 * every query far inside both, and no name is longer.
 */
export const SEARCH_LIMITS = { characters: 500, words: 32, wordLength: 100 } as const;

/** Refuses, with BAD_USER_INPUT, a text over the bounds: before Lucene would fail on it. */
export function checkSearchText(text: string): void {
  if (text.length > SEARCH_LIMITS.characters) {
    throw new BadUserInputError(`expected "text" of at most ${SEARCH_LIMITS.characters} characters, but got ${text.length}`, 'text');
  }
  // Counted after normalisation, which can lengthen a word ("ﬃ" becomes "ffi").
  const words = searchWords(text);
  if (words.length > SEARCH_LIMITS.words) {
    throw new BadUserInputError(`expected "text" of at most ${SEARCH_LIMITS.words} words, but got ${words.length}`, 'text');
  }
  const longest = Math.max(0, ...words.map((w) => w.length));
  if (longest > SEARCH_LIMITS.wordLength) {
    throw new BadUserInputError(`expected the words of "text" to have at most ${SEARCH_LIMITS.wordLength} characters, but one has ${longest}`, 'text');
  }
}

export function searchWords(text: string): string[] {
  return normalizeName(text).split(' ').filter((w) => w.length > 0);
}

function wordClause(word: string): string {
  const parts = [`${word}^3`];
  if (word.length >= 2) parts.push(`${word}*`);
  // Fuzzy terms on very short words match almost anything.
  if (word.length >= 4) parts.push(`${word}~${word.length >= 7 ? 2 : 1}`);
  return `(${parts.join(' OR ')})`;
}

export type MatchReason = 'EXACT_NAME' | 'EXACT_ALIAS' | 'TEXT';

export interface RankedHit {
  entity: EntityRecord;
  score: number;
  matched: string;
  reason: MatchReason;
}

/** Added to the Lucene score so an exact name beats an exact alias, which beats any fuzzy hit. */
export const EXACT_NAME_BONUS = 100;
export const EXACT_ALIAS_BONUS = 50;
const TIER: Readonly<Record<MatchReason, number>> = { EXACT_NAME: 0, EXACT_ALIAS: 1, TEXT: 2 };

/**
 * Ranks hits: exact (normalised) name first, then exact alias, then Lucene's own score. `matched`
 * is the name or alias that fits the text best, so a front-end can show "DPRK → North Korea".
 */
export function rankHits(text: string, hits: ReadonlyArray<{ entity: EntityRecord; score: number }>): RankedHit[] {
  const wanted = normalizeName(text);
  const words = new Set(searchWords(text));
  return hits
    .map(({ entity, score }) => {
      if (normalizeName(entity.name) === wanted) {
        return { entity, score: score + EXACT_NAME_BONUS, matched: entity.name, reason: 'EXACT_NAME' as const };
      }
      const alias = entity.aliases.find((a) => normalizeName(a) === wanted);
      if (alias !== undefined) {
        return { entity, score: score + EXACT_ALIAS_BONUS, matched: alias, reason: 'EXACT_ALIAS' as const };
      }
      return { entity, score, matched: closestName(entity, words), reason: 'TEXT' as const };
    })
    // The tier decides first, whatever Lucene scored; the bonus only makes `score` show it.
    .sort((a, b) => TIER[a.reason] - TIER[b.reason] || b.score - a.score || a.entity.name.localeCompare(b.entity.name));
}

/** The name or alias sharing the most words (or word prefixes) with the text. */
function closestName(entity: EntityRecord, words: ReadonlySet<string>): string {
  let best = entity.name;
  let bestShared = -1;
  for (const candidate of [entity.name, ...entity.aliases]) {
    const shared = searchWords(candidate).filter((w) => [...words].some((q) => w.startsWith(q) || q.startsWith(w))).length;
    if (shared > bestShared) {
      best = candidate;
      bestShared = shared;
    }
  }
  return best;
}
