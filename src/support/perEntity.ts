/**
 * Spreads the rows of a per-entity batch query (one row per entity that had something, keyed by
 * `entityId`) over every id asked for; ids without a row get `fallback`.
 *
 * @example perEntity(ids, rows, (row) => row.total as number, 0)
 */
export function perEntity<T>(
  entityIds: readonly string[],
  rows: ReadonlyArray<Record<string, unknown>>,
  value: (row: Record<string, unknown>) => T,
  fallback: T,
): Map<string, T> {
  const found = new Map(rows.map((row) => [row.entityId as string, value(row)]));
  return new Map(entityIds.map((id) => [id, found.get(id) ?? fallback]));
}
