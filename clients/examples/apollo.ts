import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from '../apollo/typePolicies';
import { TimelineOfTheTroopsDocument } from '../generated/graphql';

/** The troops' timeline through Apollo Client, one line per claim: "2024-12 DEPLOYED_TO Russia". */
export async function timelineWithApollo(serverUrl: string): Promise<string[]> {
  const client = new ApolloClient({
    link: new HttpLink({ uri: `${serverUrl}/graphql` }),
    cache: createCache(), // the shipped type policies: value objects merge, never warn
  });
  try {
    const { data, error } = await client.query({ query: TimelineOfTheTroopsDocument });
    if (error || !data) throw error ?? new Error('no data');
    // `data` is typed (TimelineOfTheTroopsQuery): a misspelt field does not compile.
    return data.timeline.edges.map(({ node }) => `${node.validFrom?.iso ?? 'undated'} ${node.predicate} ${node.object?.name ?? ''}`.trim());
  } finally {
    client.stop();
  }
}
