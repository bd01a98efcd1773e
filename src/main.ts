import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError, loadConfig } from './config';
// The front's own modules, not the ./server index: that would load Apollo, the schema and the
// extraction gazetteer into the main thread too, tens of MiB more for a process that only proxies.
import { ApiThreadHealth, startFront, type ApiThreadMessage, type FrontMessage, type RunningFront } from './server/front';
import { createLogger } from './server/logging';

/**
 * `npm start`: checks the configuration, then starts the API thread (src/apiThread.ts: the embedded
 * Neo4j unless NEO4J_URI names a server, the schema, the seed of an empty database, GraphQL on a
 * private Unix socket) and, once it listens, the front on PORT (src/server/front.ts): /healthz and
 * /readyz answered here, everything else passed to the API thread. Ctrl-C or SIGTERM stops
 * accepting, lets the API thread finish in-flight requests and stop the driver and the embedded
 * Neo4j, in that order, then exits.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  // The socket lives in a folder only this user can open: nobody else can reach the API thread
  // around the front, whose X-Forwarded-For it believes.
  const socketFolder = mkdtempSync(path.join(os.tmpdir(), 'kg-api-'));
  const socketPath = path.join(socketFolder, 'api.sock');
  const health = new ApiThreadHealth(config.healthStallMs);
  // A bounded old generation: V8 then collects as the heap nears API_HEAP_MB instead of letting it
  // grow to several times what the thread keeps alive (docs/operations.md).
  const thread = new Worker(path.join(__dirname, 'apiThread.js'), { workerData: { socketPath }, resourceLimits: { maxOldGenerationSizeMb: config.apiHeapMb } });
  let front: RunningFront | null = null;
  let stopping = false;
  let exitCode = 0;

  const exit = (code: number) => {
    front?.close();
    rmSync(socketFolder, { recursive: true, force: true });
    logger.flush();
    process.exit(code);
  };
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down ...`);
    health.markStopping();
    front?.stopAccepting();
    // Requests passing through finish first (each within LIMIT_REQUEST_TIMEOUT_MS), then the API thread stops.
    void (front?.drained() ?? Promise.resolve()).then(() => thread.postMessage({ type: 'stop', signal } satisfies FrontMessage));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  thread.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      console.error(`[kg] the API thread ran out of memory: its heap reached API_HEAP_MB (${config.apiHeapMb} MiB); raise it, or find the request that needed that much`);
    } else console.error('[kg] the API thread failed:', error);
    exit(1);
  });
  thread.on('exit', (code) => {
    if (stopping) return;
    console.error(`[kg] the API thread ended unexpectedly (code ${code})`);
    exit(1);
  });
  thread.on('message', (message: ApiThreadMessage) => {
    health.record(message);
    if (message.type === 'failed') {
      console.error(message.expected ? `[kg] ${message.message}` : `[kg] failed to start: ${message.message}`);
      stopping = true;
      void thread.terminate().then(() => exit(1));
    } else if (message.type === 'stopped') {
      void thread.terminate().then(() => {
        log('stopped');
        exit(exitCode);
      });
    } else if (message.type === 'listening' && !stopping) {
      void listen();
    }
  });

  const listen = async () => {
    try {
      front = await startFront({ port: config.port, host: config.host, upstreamSocket: socketPath, trustProxy: config.limits.trustProxy, health, logger });
    } catch (error) {
      console.error(`[kg] failed to listen on ${config.host}:${config.port}: ${(error as Error).message}`);
      exitCode = 1;
      stop('error');
      return;
    }
    if (config.production) {
      log(`production mode: introspection ${config.enableIntrospection ? 'on' : 'off'}, IDE ${config.enableIde ? 'on' : 'off'}, CORS origins: ${config.corsOrigins.join(', ') || 'none'}`);
    }
    if (!config.auth.jwtSecret && !config.auth.jwksUrl) {
      log('authentication is not configured: anyone may read, and nobody may write (set AUTH_JWT_SECRET and see `npm run token`)');
    }
    const url = front.url;
    log(`GraphQL API at ${url}/graphql, workbench at ${url}/${config.enableIde ? `, IDE at ${url}/ide` : ''} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `[kg] ${error.message}` : `[kg] failed to start: ${String(error)}`);
  process.exit(1);
});
