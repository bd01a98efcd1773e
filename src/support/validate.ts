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
