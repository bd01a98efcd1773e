import { findEntitiesByIds, recordChanges, upsertEntities, type EntityRecord } from '../entity';
import type { EntityInput as EntityInputArgs } from '../generated/types';
import type { Database } from '../neo4j';
import { BadUserInputError, NotFoundError, validate } from '../support';

/** Limits of entity input, documented in schema/entity.graphql. */
export const ENTITY_LIMITS = { name: 200, alias: 200, aliases: 100, description: 5_000 } as const;

/**
 * `upsertEntity`: checks the input, then writes the entity and a history entry in one
 * transaction. With an id, the entity must exist and its kind and name must match it.
 */
export async function upsertEntity(db: Database, input: EntityInputArgs, actor: string): Promise<EntityRecord> {
  const name = validate.entityName('input.name', input.name, ENTITY_LIMITS.name);
  const aliases = (input.aliases ?? []).map((a, i) => ({
    name: validate.entityName(`input.aliases[${i}].name`, a.name, ENTITY_LIMITS.alias),
    kind: a.kind ?? 'ALIAS',
  }));
  if (aliases.length > ENTITY_LIMITS.aliases) {
    throw new BadUserInputError(`input.aliases: expected at most ${ENTITY_LIMITS.aliases} names, but got ${aliases.length}`, 'input.aliases');
  }
  const description = validate.optionalText('input.description', input.description, ENTITY_LIMITS.description);
  const coordinates = input.coordinates
    ? {
        latitude: validate.number('input.coordinates.latitude', input.coordinates.latitude, -90, 90),
        longitude: validate.number('input.coordinates.longitude', input.coordinates.longitude, -180, 180),
      }
    : null;
  let target = { kind: input.kind, name };
  // Given, even empty, an id must name an entity: "" is NOT_FOUND, not "no id".
  if (input.id != null) {
    const existing = (await findEntitiesByIds(db, [input.id])).get(input.id);
    if (!existing) throw new NotFoundError(`input.id: expected the id of an entity, but no entity has id ${JSON.stringify(input.id)}`);
    // An id names an existing entity; its key (kind and name) does not change through upsert.
    target = { kind: existing.kind, name: existing.name };
  }
  return db.writeTransaction(async (tx) => {
    const [written] = await upsertEntities(tx, [{ ...target, aliases, description, reliability: input.reliability ?? null, coordinates }], actor);
    if (!written) throw new Error('expected upsertEntities to return the entity it wrote');
    const summary = written.created
      ? `created ${written.entity.kind} "${written.entity.name}"`
      : `updated: ${written.addedAliases} new name(s)${description !== null ? ', description' : ''}${input.reliability ? `, reliability ${input.reliability}` : ''}${coordinates ? ', coordinates' : ''}`;
    // Repeating an upsert that changes nothing leaves no history entry.
    if (written.created || written.addedAliases > 0 || description !== null || input.reliability || coordinates) {
      await recordChanges(tx, [{ entityId: written.entity.id, by: actor, action: written.created ? 'CREATED' : 'UPDATED', summary }]);
    }
    return written.entity;
  });
}
