import { BadUserInputError } from './errors';
import { parsePartialDate, type PartialDate } from './partialDate';

/**
 * Checks on mutation input. Each failure is a BAD_USER_INPUT error naming the field, what it
 * expected and what it got, raised before anything is written.
 */

/** Trims a text and checks its length. */
export function text(field: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadUserInputError(
      `${field}: expected ${min} to ${max.toLocaleString('en-US')} characters, but got ${trimmed.length.toLocaleString('en-US')}`,
      field,
    );
  }
  return trimmed;
}

/**
 * What makes a text unusable as an entity's name or alias, or null: no letter or digit (its key,
 * normalizeName's, would be empty, so "***" and "---" would be one entity), a control character, or
 * half of a UTF-16 surrogate pair (replaced by U+FFFD on the way out, so two names would become one).
 */
export function nameProblem(name: string): string | null {
  if (/\p{Cs}/u.test(name)) return 'a lone UTF-16 surrogate';
  if (/\p{Cc}/u.test(name)) return 'a control character';
  if (!/[\p{L}\p{N}]/u.test(name)) return 'no letter or digit';
  return null;
}

/** A trimmed name or alias of an entity: `text`'s length check, then nameProblem's. */
export function entityName(field: string, value: string, max: number): string {
  const name = text(field, value, 1, max);
  const problem = nameProblem(name);
  if (problem) throw new BadUserInputError(`${field}: expected a name with a letter or digit and no control characters, but got ${problem} in ${JSON.stringify(name)}`, field);
  return name;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value == null ? null : text(field, value, 0, max);
}

export function partialDate(field: string, value: string | null | undefined): PartialDate | null {
  if (value == null) return null;
  try {
    return parsePartialDate(value);
  } catch (error) {
    throw new BadUserInputError(`${field}: ${(error as Error).message}`, field);
  }
}

export function integer(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`${field}: expected a whole number from ${min} to ${max}, but got ${value}`, field);
  }
  return value;
}

/** A finite number within bounds. */
export function number(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadUserInputError(`${field}: expected a number from ${min} to ${max}, but got ${value}`, field);
  }
  return value;
}

export function httpUrl(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError(`${field}: expected an absolute http(s) URL, but got ${JSON.stringify(value)}`, field);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError(`${field}: expected an absolute http(s) URL, but got ${JSON.stringify(value)}`, field);
  }
  return url.toString();
}
