import { claimId, entityId } from '../../../src/support';
import { postGraphQL, type CallOutcome } from './http';

/**
 * A stream of unique writes through the HTTP API, from a few concurrent writers, that records how
 * each write ended. Each step creates a new armed force (upsertEntity) and, once that is
 * acknowledged, asserts a claim about it (assertClaim): a claim with a source, subject, object and
 * reporter, a fact of its own, and history entries, all written in one transaction.
 */

/** The entities and source every claim of the stream points at, created before the stream starts. */
export interface StreamFixture {
  sourceId: string;
  objectId: string;
  reporterId: string;
}

/** One write and how it ended. `id` is computed the way the write code computes it, so failed writes have one too. */
export interface WriteOutcome extends Omit<CallOutcome, 'data'> {
  kind: 'entity' | 'claim';
  id: string;
  /** The id the API returned on success; it must equal `id`. */
  returnedId: string | null;
  writer: number;
}

const UPSERT_ENTITY = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
const ASSERT_CLAIM = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`;

export interface WriteStream {
  /** Asks the writers to finish their current write and stop. */
  stop(): void;
  /** Resolves with every write, once all writers have stopped. */
  finished: Promise<WriteOutcome[]>;
  /** The writes recorded so far, live. */
  outcomes: WriteOutcome[];
}

export function startWriteStream(options: {
  baseUrl: string;
  token: string;
  fixture: StreamFixture;
  writers: number;
  /** Makes names unique across runs of the test on a reused database. */
  runId: string;
}): WriteStream {
  const { baseUrl, token, fixture, runId } = options;
  const outcomes: WriteOutcome[] = [];
  let stopping = false;

  const write = async (kind: WriteOutcome['kind'], id: string, writer: number, query: string, input: Record<string, unknown>) => {
    const { data, ...call } = await postGraphQL(baseUrl, query, { input }, token);
    const returnedId = (data?.[kind === 'entity' ? 'upsertEntity' : 'assertClaim']?.id as string | undefined) ?? null;
    const outcome: WriteOutcome = { ...call, kind, id, returnedId, writer };
    outcomes.push(outcome);
    return outcome;
  };

  const writer = async (w: number) => {
    for (let i = 0; !stopping; i++) {
      const name = `Outage unit ${runId}-${w}-${i}`;
      const subjectId = entityId('ARMED_FORCE', name);
      const entity = await write('entity', subjectId, w, UPSERT_ENTITY, { kind: 'ARMED_FORCE', name });
      if (!entity.ok || stopping) continue;
      const quantity = { value: i + 1, unit: 'troops', qualifier: 'APPROXIMATELY' as const };
      const id = claimId({
        sourceId: fixture.sourceId,
        reportedById: fixture.reporterId,
        attribution: 'REPORTER',
        subjectId,
        predicate: 'DEPLOYED_TO',
        objectId: fixture.objectId,
        polarity: 'ASSERTED',
        quantity,
        validFrom: '2024-12',
        validTo: null,
      });
      await write('claim', id, w, ASSERT_CLAIM, {
        sourceId: fixture.sourceId,
        subjectId,
        predicate: 'DEPLOYED_TO',
        objectId: fixture.objectId,
        reportedById: fixture.reporterId,
        quantity,
        validFrom: '2024-12',
        excerpt: `About ${i + 1} troops of ${name} were deployed, the agency says.`,
        credibility: 2,
      });
    }
  };

  const finished = Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w))).then(() => outcomes);
  return {
    stop: () => {
      stopping = true;
    },
    finished,
    outcomes,
  };
}
