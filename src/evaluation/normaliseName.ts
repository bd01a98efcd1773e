/**
 * The form names are compared in: lower case, diacritics, apostrophes and other punctuation removed,
 * every word "the" dropped, spaces collapsed.
 *
 * @example normaliseName("The Democratic Republic of the Congo") // "democratic republic of congo"
 * @example normaliseName("Côte d’Ivoire's") // "cote divoires"
 * @example normaliseName("El-Fasher") // "el fasher"
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .join(' ');
}

/** Whether any of `names` equals any of `accepted` after normaliseName. */
export function namesMatch(names: readonly string[], accepted: readonly string[]): boolean {
  const wanted = new Set(accepted.map(normaliseName));
  return names.some((name) => wanted.has(normaliseName(name)));
}
