import { rebuildSourceFacts } from '../claim';
import { findEntitiesByIds } from '../entity';
import type { SourceInput as SourceInputArgs } from '../generated/types';
import type { Database } from '../neo4j';
import { recordSource as writeSource, type SourceRecord } from '../source';
import { BadUserInputError, NotFoundError, validate } from '../support';

export const SOURCE_LIMITS = { title: 500, text: 200_000 } as const;

/** `recordSource`: checks the input, then records the source once (by URL, else by text hash). */
export async function recordSource(db: Database, input: SourceInputArgs, actor: string): Promise<SourceRecord> {
  const url = validate.httpUrl('input.url', input.url);
  const text = validate.optionalText('input.text', input.text, SOURCE_LIMITS.text);
  if (!url && !text) {
    throw new BadUserInputError('input: expected a url or a non-empty text to identify the source, but got neither', 'input.url');
  }
  const title = validate.optionalText('input.title', input.title, SOURCE_LIMITS.title);
  const publishedAt = validate.partialDate('input.publishedAt', input.publishedAt);
  // Given, even empty, a publisher id must name an entity: "" is NOT_FOUND, not "no publisher".
  if (input.publisherId != null && !(await findEntitiesByIds(db, [input.publisherId])).has(input.publisherId)) {
    throw new NotFoundError(`input.publisherId: expected the id of an entity, but no entity has id ${JSON.stringify(input.publisherId)}`);
  }
  const { source } = await db.writeTransaction(async (tx) => {
    const written = await writeSource(tx, { url, title, text, publishedAt, publisherId: input.publisherId ?? null }, actor);
    // A source has one publisher; naming another throws, which undoes the transaction.
    if (input.publisherId != null && written.source.publisherId !== input.publisherId) {
      throw new BadUserInputError(
        `input.publisherId: expected the publisher source ${written.source.id} has (${written.source.publisherId}) or none, but got ${JSON.stringify(input.publisherId)}: a source has one publisher`,
        'input.publisherId',
      );
    }
    // Recorded before without this publisher: its claims now count in the publisher's origin.
    if (written.publisherAdded) await rebuildSourceFacts(tx, [written.source.id]);
    return written;
  });
  return source;
}
