import type { EntityInput } from '../../entity';
import type { EntityKind } from '../../generated/types';
import type { EventDraft } from '../model';
import type { EntityResolver } from '../resolve';

/** The kinds acledActor gives an actor whose name does not say what it is. */
const ACTOR_KINDS: readonly EntityKind[] = ['ARMED_FORCE', 'ORGANIZATION'];

/**
 * One ACLED actor is one entity, in every row and every run. An actor's kind is read per row (its
 * interaction code; an associated actor's is its main actor's), and an entity's id holds its kind,
 * so "Islamic State (Syria)", an armed force as actor1 and an organisation beside civilians, had
 * become two entities (38 names of 9,000 rows of ACLED's own sample data). Each name keeps the first
 * kind it is given: the graph's, when it holds the name as an actor; else a main actor's in the
 * batch, whose code is its own; else an associated actor's.
 */
export class ActorKinds {
  /** Lower-cased name → the kind it has for the rest of the run. */
  private readonly settled = new Map<string, EntityKind>();

  constructor(private readonly resolver: EntityResolver) {}

  /** The batch's drafts, each actor of the kind its name has settled on. */
  async settle(drafts: readonly EventDraft[]): Promise<EventDraft[]> {
    const actors = drafts.flatMap((d) => [
      ...[d.ends.actor1, d.ends.actor2].flatMap((entity) => (entity ? [{ entity, main: true }] : [])),
      ...d.others.map((o) => ({ entity: o.entity, main: false })),
    ]);
    const open = actors.filter((a) => ACTOR_KINDS.includes(a.entity.kind) && !this.settled.has(a.entity.name.toLowerCase()));
    await this.resolver.prepare(open.map((a) => a.entity));
    for (const { entity } of open) {
      const key = entity.name.toLowerCase();
      if (this.settled.has(key)) continue;
      const inGraph = this.resolver.ownNameKinds(entity.name).filter((k) => ACTOR_KINDS.includes(k));
      if (inGraph.length === 1) this.settled.set(key, inGraph[0] as EntityKind);
    }
    for (const main of [true, false]) {
      for (const { entity } of open.filter((a) => a.main === main)) if (!this.settled.has(entity.name.toLowerCase())) this.settled.set(entity.name.toLowerCase(), entity.kind);
    }
    const kindOf = (entity: EntityInput): EntityInput => {
      const kind = ACTOR_KINDS.includes(entity.kind) ? this.settled.get(entity.name.toLowerCase()) : undefined;
      return kind && kind !== entity.kind ? { ...entity, kind } : entity;
    };
    return drafts.map((d) => ({
      ...d,
      ends: { ...d.ends, ...(d.ends.actor1 ? { actor1: kindOf(d.ends.actor1) } : {}), ...(d.ends.actor2 ? { actor2: kindOf(d.ends.actor2) } : {}) },
      others: d.others.map((o) => ({ ...o, entity: kindOf(o.entity) })),
    }));
  }
}
