import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/neo4j';
import { projectRoot, residentBytes, stopChildProcess } from '../src/support';
import { postGraphQL } from './http';

/**
 * What `npm start` (package.json) and the image (Dockerfile) put in the service's environment before
 * Node starts, so a benchmark's child runs as the service is run. Two malloc arenas: glibc gives
 * each thread that allocates its own (up to eight per core), and the API thread, the front and
 * Node's helper threads then held about 20 MiB more of freed memory (W2 at small, peak resident
 * 293 and 294 MiB without it, 274 and 274 with it, alternating, on 2026-11-30).
 */
export const SERVICE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** A server the benchmark runs as a child process, so its resident memory can be read. */
export interface ChildServer {
  /** Its endpoint, `http://127.0.0.1:<port>/graphql` (or the path given). */
  url: string;
  pid: number;
  /** Where its output goes. */
  logFile: string;
  /** Stops it (SIGTERM, then SIGKILL after 30 s) and resolves with its exit code (null after a signal). */
  stop(): Promise<number | null>;
}

export interface ChildOptions {
  /** Flags for node itself, before the script (e.g. `--cpu-prof`). */
  nodeFlags?: string[];
  /** Where its output goes; `.bench-data/logs/<label>.log` unless given. */
  logFile?: string;
  /** How long it may take to answer; 120 s unless given. */
  timeoutMs?: number;
  /** The path it answers on, `/graphql` unless given (the floor over HTTP serves `/<query id>` and answers `/`). */
  path?: string;
}

/**
 * Starts `node <script>` on a free port and resolves once it answers a GraphQL request there (a
 * POST of `{ __typename }` answered without errors).
 * Output is kept (the last lines are shown if it fails) and read to the end, so a full pipe never
 * blocks the child.
 */
export async function startChild(label: string, script: string, env: Record<string, string>, options: ChildOptions = {}): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${options.path ?? '/graphql'}`;
  const timeoutMs = options.timeoutMs ?? 120_000;
  // Output goes to a file, as a deployed service's does: a pipe to this (busy) process would make
  // the child's synchronous log writes wait for it.
  const logFile = options.logFile ?? path.join(projectRoot, '.bench-data', 'logs', `${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), path.join(projectRoot, script)], {
    cwd: projectRoot,
    // The service's own settings first: the caller's environment may override them.
    env: { ...SERVICE_ENV, ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  let exited: number | string | null = null;
  child.once('exit', (code, signal) => {
    exited = code ?? signal ?? 'exit';
  });
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`${label} exited (${exited}) before it answered:\n${tail()}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGTERM');
      throw new Error(`${label} did not answer within ${timeoutMs / 1000} s:\n${tail()}`);
    }
    try {
      await postGraphQL(url, '{ __typename }', {});
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { url, pid: child.pid ?? -1, logFile, stop: () => stopChildProcess(child, 30_000) };
}

/**
 * Samples a process's resident memory every `everyMs` and keeps the peak; `onSample`, when given,
 * receives every reading (the load test keeps them all, to judge growth).
 */
export function rssSampler(pid: number, everyMs = 250, onSample?: (rssBytes: number) => void) {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    const rss = residentBytes(pid);
    if (rss !== null) {
      last = rss;
      peak = Math.max(peak, rss);
      onSample?.(rss);
    }
  }, everyMs);
  timer.unref();
  return {
    get peak() {
      return peak;
    },
    get last() {
      return last;
    },
    stop: () => clearInterval(timer),
  };
}
