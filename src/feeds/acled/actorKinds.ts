import type { EntityInput } from '../../entity';
import type { EntityKind } from '../../generated/types';
import { csvRecords } from '../lines';
import type { EventDraft } from '../model';
import type { EntityResolver } from '../resolve';
import { REQUIRED_COLUMNS } from './columns';
import { acledActor } from './rows';

/** The kinds acledActor gives an actor whose name does not say what it is. */
const ACTOR_KINDS: readonly EntityKind[] = ['ARMED_FORCE', 'ORGANIZATION'];

/**
 * The kind each actor has where it is actor1 or actor2 of a record, whose interaction code is its
 * own, over all the run's files: the first such record decides. A first pass, before anything is
 * written, so that a name met as an associated actor (which takes its main actor's code) in an
 * early batch still gets the kind its own records give it. Records and files that cannot be read
 * are passed over here; the import reports them.
 */
export async function mainActorKinds(files: readonly string[], progress: (lines: number, final?: boolean) => void): Promise<Map<string, EntityKind>> {
  const kinds = new Map<string, EntityKind>();
  let lines = 0;
  for (const file of files) {
    try {
      for await (const item of csvRecords(file, REQUIRED_COLUMNS, 'an ACLED export')) {
        lines += 1;
        if (lines % 1000 === 0) progress(lines);
        if ('error' in item) continue;
        for (const [name, inter] of [[item.record.actor1, item.record.inter1], [item.record.actor2, item.record.inter2]]) {
          const actor = acledActor(name ?? '', inter ?? '');
          if (actor && ACTOR_KINDS.includes(actor.kind) && !kinds.has(actor.name.toLowerCase())) kinds.set(actor.name.toLowerCase(), actor.kind);
        }
      }
    } catch {
      // Unreadable, or cut short: the import lists it.
    }
  }
  progress(lines, true);
  return kinds;
}

/**
 * One ACLED actor is one entity, in every row and every run. An actor's kind is read per row (its
 * interaction code; an associated actor's is its main actor's), and an entity's id holds its kind,
 * so "Islamic State (Syria)", an armed force as actor1 and an organisation beside civilians, had
 * become two entities (38 names of 9,000 rows of ACLED's own sample data). Each name keeps one kind
 * for the run: the graph's, when the graph holds the name (or has it as an alias) as an armed force
 * or an organisation and as only one of them; else its kind as a main actor (mainActorKinds); else,
 * for a name met only as an associated actor, the first it is given.
 */
export class ActorKinds {
  /** Lower-cased name → the kind it has for the rest of the run. */
  private readonly settled = new Map<string, EntityKind>();

  constructor(
    private readonly resolver: EntityResolver,
    private readonly mainKinds: ReadonlyMap<string, EntityKind>,
  ) {}

  /** The batch's drafts, each actor of the kind its name has settled on. */
  async settle(drafts: readonly EventDraft[]): Promise<EventDraft[]> {
    const actors = drafts.flatMap((d) => [...[d.ends.actor1, d.ends.actor2].flatMap((e) => (e ? [e] : [])), ...d.others.map((o) => o.entity)]);
    const open = actors.filter((e) => ACTOR_KINDS.includes(e.kind) && !this.settled.has(e.name.toLowerCase()));
    await this.resolver.prepare(open);
    for (const entity of open) {
      const key = entity.name.toLowerCase();
      if (this.settled.has(key)) continue;
      const inGraph = this.resolver.kindsNamed(entity.name).filter((k) => ACTOR_KINDS.includes(k));
      this.settled.set(key, inGraph.length === 1 ? (inGraph[0] as EntityKind) : (this.mainKinds.get(key) ?? entity.kind));
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
