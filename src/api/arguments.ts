import type DataLoader from 'dataloader';
import type { ClaimView } from '../claim';
import type { FactView } from '../graph';
import { BadUserInputError, parseAsOf, timeWindow, type Page } from '../support';
import { connection, toConnection, type ConnectionRecord } from './connections';
import { loadAllRequired } from './loaders';
import { allAsOf, type AsOf } from './views';

/**
 * Turns the time arguments of a field into a view, failing with BAD_USER_INPUT that names the
 * argument: `asOf` (what was known by then) and a valid-time window.
 */
export function claimView(args: {
  asOf?: string | null;
  validDuring?: { from?: string | null; to?: string | null; keepUndated?: boolean | null } | null;
  from?: string | null;
  to?: string | null;
  /** With `from` and `to` (Query.timeline): keep the claims that give no valid time. */
  keepUndated?: boolean | null;
}): ClaimView {
  let asOf: string | null;
  try {
    asOf = parseAsOf(args.asOf);
  } catch (error) {
    throw new BadUserInputError(`"asOf": ${(error as Error).message}`, 'asOf');
  }
  const argument = args.validDuring ? 'validDuring' : 'from';
  const bounds = args.validDuring ?? { from: args.from, to: args.to };
  try {
    const window = timeWindow(bounds.from, bounds.to);
    return { asOf, window: window && { ...window, keepUndated: (args.validDuring ? args.validDuring.keepUndated : args.keepUndated) ?? false } };
  } catch (error) {
    throw new BadUserInputError(`"${argument}": ${(error as Error).message}`, argument);
  }
}

/** Checks a confidence threshold: a number from 0 to 1, or nothing. */
export function minConfidence(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!(value >= 0 && value <= 1)) {
    throw new BadUserInputError(`expected "minConfidence" from 0 to 1, but got ${value}`, 'minConfidence');
  }
  return value;
}

/** A knowledge-time bound of ClaimFilter, as the last day it can mean ("2024-12" is 2024-12-31). */
export function knownDate(value: string | null | undefined, argument: 'knownAfter' | 'knownBy'): string | null {
  try {
    return parseAsOf(value);
  } catch (error) {
    throw new BadUserInputError(`"filter.${argument}": ${(error as Error).message}`, `filter.${argument}`);
  }
}

/** The time, confidence and attribution arguments of a graph field, checked, as one view. */
export function factView(args: {
  asOf?: string | null;
  validDuring?: { from?: string | null; to?: string | null; keepUndated?: boolean | null } | null;
  minConfidence?: number | null;
  excludeUnattributedOnly?: boolean | null;
}): FactView {
  return {
    ...claimView(args),
    minConfidence: minConfidence(args.minConfidence),
    excludeUnattributedOnly: args.excludeUnattributedOnly ?? false,
  };
}

/**
 * A connection whose page holds ids (and sort keys): the nodes come through a DataLoader, so every
 * connection in one operation shares one batch. `sorted` puts the sort key into the cursors; `date`
 * is the knowledge date the nodes are read at (src/api/views.ts). The loader may come with the page
 * (a projected page's own, src/api/projection.ts).
 */
export function loadedConnection<T extends { id: string }>(
  page: Promise<Page<{ id: string; sortKey?: string | number }>>,
  loader: DataLoader<string, T | null> | Promise<DataLoader<string, T | null>>,
  what: string,
  sorted: boolean,
  count: () => Promise<number>,
  date: string | null = null,
): ConnectionRecord<AsOf<T>> {
  const loaded = page.then(async (p) => {
    const nodes = allAsOf(await loadAllRequired(await loader, p.items.map((item) => item.id), what), date);
    const keys = new Map(p.items.map((item) => [item.id, item.sortKey ?? null]));
    return toConnection({ ...p, items: nodes }, sorted ? (node) => keys.get(node.id) ?? null : undefined);
  });
  return connection(loaded, count);
}
