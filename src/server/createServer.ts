import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createAuthenticator, UnauthenticatedError } from '../auth';
import { DEFAULT_LIMITS, type Config } from '../config';
import type { Database } from '../neo4j/database';
import { createContext, type Context } from './context';
import { formatError } from './formatError';
import { ideRouter } from './ide';
import { armorProtection } from './limits';
import { buildSchema } from './schema';
import { workbenchRouter } from './workbench';

export const GRAPHQL_PATH = '/graphql';

export interface ServerOptions {
  port: number;
  host: string;
  enableIde: boolean;
  auth: Config['auth'];
  limits?: Config['limits'];
}

export interface RunningServer {
  url: string;
  apollo: ApolloServer<Context>;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/** Builds the Apollo server over the schema in schema/, with the abuse limits. */
export function createApollo(httpServer?: http.Server, limits: Config['limits'] = DEFAULT_LIMITS): ApolloServer<Context> {
  const armor = armorProtection(limits);
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

/** Serves POST /graphql, the workbench at /, the IDE at /ide and /healthz on one HTTP server. */
export async function startServer(db: Database, options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const apollo = createApollo(httpServer, limits);
  const authenticate = createAuthenticator(options.auth);
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (options.enableIde) app.use(ideRouter(GRAPHQL_PATH));
  app.use(workbenchRouter());
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const user = await authenticate(req.headers.authorization);
        if (!user && !options.auth.anonymousRead) {
          throw new UnauthenticatedError('expected a bearer token: this server does not let anonymous requests read');
        }
        return createContext(db, user);
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${address.port}`,
    apollo,
    stop: () => apollo.stop(),
  };
}
