import type { EntityInput } from '../entity';
import type { EntityKind } from '../generated/types';
import type { Database } from '../neo4j';
import { entityId } from '../support';

/** A place the graph knows under the same name is the same place only within this distance. */
export const SAME_PLACE_KM = 100;

/**
 * Two places that share only a short name, each known by a longer one ("Novoselivka, Kupianskyi,
 * Kharkivska, Ukraine" and "Novoselivka, Iziumskyi, Kharkivska, Ukraine"), are one place only
 * within this distance: a town two feeds geocode a few kilometres apart, not two villages of one
 * name in one province, which lie tens of kilometres apart.
 */
export const SAME_SETTLEMENT_KM = 10;

const PLACE_KINDS: readonly EntityKind[] = ['COUNTRY', 'LOCATION'];

interface Known {
  kind: EntityKind;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Finds the graph's own entity for each entity a feed names, as ingestion does: by name or alias,
 * ignoring case, an entity of the same kind (a country for a location, or the other way round,
 * only by both names; a place with coordinates only within SAME_PLACE_KM, or SAME_SETTLEMENT_KM
 * when the two share only an alias). One match replaces the feed's entity, which lends
 * it its name as an alias; none or several keep the feed's entity as it is. Each name is asked
 * once per run, so a large file costs one lookup per distinct actor and place.
 */
export class EntityResolver {
  private readonly known = new Map<string, Known[]>();
  private readonly resolved = new Map<string, EntityInput>();

  constructor(private readonly db: Database) {}

  /** Looks up, in one query, the names of `candidates` not asked before. */
  async prepare(candidates: readonly EntityInput[]): Promise<void> {
    const names = new Set<string>();
    for (const c of candidates) {
      for (const name of [c.name, ...(c.aliases ?? []).map((a) => a.name)]) if (!this.known.has(name.toLowerCase())) names.add(name);
    }
    if (names.size === 0) return;
    for (const name of names) this.known.set(name.toLowerCase(), []);
    const rows = await this.db.read('findEntitiesByNames', { names: [...names] });
    for (const row of rows) this.known.set((row.name as string).toLowerCase(), row.entities as Known[]);
  }

  /** The kinds of the graph's entities that `name` names, as their name or an alias, ignoring case (after `prepare`). */
  kindsNamed(name: string): EntityKind[] {
    return [...new Set((this.known.get(name.toLowerCase()) ?? []).map((m) => m.kind))];
  }

  /** The graph's entity for `candidate` (after `prepare`), or the candidate itself. */
  resolve(candidate: EntityInput): EntityInput {
    const key = entityId(candidate.kind, candidate.name);
    // The same name with and without coordinates (a country as an actor and as a place) resolves alike, but keeps them apart.
    const cacheKey = candidate.coordinates ? `${key}@` : key;
    const cached = this.resolved.get(cacheKey);
    if (cached) return cached;
    // A country and a location meet only by their own names: a town's alias ("Kyiv" of "Kyiv, Kyyiv,
    // Misto, Ukraine") is also the alias a country keeps for its capital, and "Georgia" of "Georgia,
    // United States" is a country's name, so by aliases a town became its country.
    const sameKind = (m: Known) =>
      m.kind === candidate.kind ||
      (PLACE_KINDS.includes(m.kind) && PLACE_KINDS.includes(candidate.kind) && m.name.toLowerCase() === candidate.name.toLowerCase());
    const near = (m: Known, km: number) =>
      !candidate.coordinates || m.latitude == null || m.longitude == null || distanceKm(candidate.coordinates, { latitude: m.latitude, longitude: m.longitude }) <= km;
    const matches = [candidate.name, ...(candidate.aliases ?? []).map((a) => a.name)].flatMap((n, i) =>
      (this.known.get(n.toLowerCase()) ?? []).filter((m) => {
        // By the candidate's own name, or an alias that is the known entity's own name ("Kharkiv"):
        // the same place within SAME_PLACE_KM. By an alias both only bear: SAME_SETTLEMENT_KM.
        const byName = i === 0 || m.name.toLowerCase() === n.toLowerCase();
        return sameKind(m) && near(m, byName ? SAME_PLACE_KM : SAME_SETTLEMENT_KM);
      }),
    );
    const distinct = [...new Map(matches.map((m) => [entityId(m.kind, m.name), m])).values()];
    const [only] = distinct;
    let result = candidate;
    if (distinct.length === 1 && only && entityId(only.kind, only.name) !== key) {
      const aliases = [{ name: candidate.name, kind: 'ALIAS' as const }, ...(candidate.aliases ?? [])].filter((a) => a.name.toLowerCase() !== only.name.toLowerCase());
      result = {
        kind: only.kind,
        name: only.name,
        aliases,
        description: null,
        // A place the graph already locates keeps its coordinates.
        coordinates: only.latitude != null ? null : (candidate.coordinates ?? null),
      };
    } else if (distinct.length === 1 && only?.latitude != null) {
      result = { ...candidate, coordinates: null };
    }
    this.resolved.set(cacheKey, result);
    return result;
  }
}
