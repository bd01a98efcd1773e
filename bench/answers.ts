/**
 * Compares two JSON answers: the floor over HTTP must return what our API's GraphQL answer holds in
 * `data`, the same shape and the same values, or its figures would be for less work. Objects
 * compare by their keys (in any order, as JSON objects do), lists element by element in order,
 * numbers, strings, booleans and null by value.
 */
export function answerDifferences(ours: unknown, theirs: unknown, at = 'data', found: string[] = [], max = 10): string[] {
  if (found.length >= max) return found;
  const show = (x: unknown) => JSON.stringify(x)?.slice(0, 120) ?? String(x);
  if (Array.isArray(ours) || Array.isArray(theirs)) {
    if (!Array.isArray(ours) || !Array.isArray(theirs)) {
      found.push(`${at}: ours is ${show(ours)}, the other ${show(theirs)}`);
      return found;
    }
    if (ours.length !== theirs.length) found.push(`${at}: ours has ${ours.length} items, the other ${theirs.length}`);
    for (let i = 0; i < Math.min(ours.length, theirs.length); i++) answerDifferences(ours[i], theirs[i], `${at}[${i}]`, found, max);
    return found;
  }
  if (isObject(ours) && isObject(theirs)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      if (!Object.hasOwn(ours, key)) found.push(`${at}.${key}: only in the other answer (${show(theirs[key])})`);
      else if (!Object.hasOwn(theirs, key)) found.push(`${at}.${key}: missing from the other answer (ours: ${show(ours[key])})`);
      else answerDifferences(ours[key], theirs[key], `${at}.${key}`, found, max);
      if (found.length >= max) break;
    }
    return found;
  }
  if (!Object.is(ours, theirs) && !(ours === 0 && theirs === 0)) found.push(`${at}: ours is ${show(ours)}, the other ${show(theirs)}`);
  return found;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
