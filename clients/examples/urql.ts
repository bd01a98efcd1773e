import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { TimelineOfTheTroopsDocument } from '../generated/graphql';

/** The troops' timeline through urql, one line per claim: "2024-12 DEPLOYED_TO Russia". */
export async function timelineWithUrql(serverUrl: string): Promise<string[]> {
  const client = new Client({
    url: `${serverUrl}/graphql`,
    exchanges: [cacheExchange, fetchExchange],
    // urql sends queries by GET; the server takes a GET without a CSRF header only for persisted
    // queries (docs/api.md#http-caching), so this client POSTs.
    preferGetMethod: false,
  });
  // Variables may be left out: the operation's own default names the troops.
  const { data, error } = await client.query(TimelineOfTheTroopsDocument, {}).toPromise();
  if (error || !data) throw error ?? new Error('no data');
  return data.timeline.edges.map(({ node }) => `${node.validFrom?.iso ?? 'undated'} ${node.predicate} ${node.object?.name ?? ''}`.trim());
}
