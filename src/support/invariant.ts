/**
 * Throws when a condition that cannot fail, fails. Use it for "can't happen", never for user input.
 *
 * @example invariant(row !== undefined, 'expected one row from recordSource');
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violation: ${message}`);
  }
}
