/**
 * The text the rules read: the article with typographic variants replaced one character for one
 * character, so every offset into it is an offset into the article as given.
 *
 * - curly and prime apostrophes (’ ‘ ‛ ′) → '
 * - curly double quotes (“ ” „ ″) → "
 * - non-breaking, thin and narrow spaces → a space
 * - hyphen and non-breaking hyphen (U+2010, U+2011) and the en dash (U+2013, as in "10,000–12,000") → -
 *
 * @example normalise('Russia’s\u00a0army') // "Russia's army"
 */
export function normalise(text: string): string {
  return text
    .replace(/[\u2019\u2018\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ')
    .replace(/[\u2010\u2011\u2013]/g, '-');
}
