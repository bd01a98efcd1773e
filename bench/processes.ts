import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/neo4j';
import { projectRoot, residentBytes, stopChildProcess } from '../src/support';
import { postGraphQL } from './http';

/** A server the benchmark runs as a child process, so its resident memory can be read. */
export interface ChildServer {
  url: string;
  pid: number;
  /** Where its output goes. */
  logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts `node <script>` on a free port and resolves once it answers a GraphQL request there.
 * Output is kept (the last lines are shown if it fails) and read to the end, so a full pipe never
 * blocks the child.
 */
export async function startChild(label: string, script: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  // Output goes to a file, as a deployed service's does: a pipe to this (busy) process would make
  // the child's synchronous log writes wait for it.
  const logDir = path.join(projectRoot, '.bench-data', 'logs');
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeFlags, path.join(projectRoot, script)], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(port) },
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
    if (Date.now() - started > 120_000) {
      child.kill('SIGTERM');
      throw new Error(`${label} did not answer within 120 s:\n${tail()}`);
    }
    try {
      await postGraphQL(url, '{ __typename }', {});
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { url, pid: child.pid ?? -1, logFile, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  await stopChildProcess(child, 30_000);
}

/** Samples a process's resident memory every `everyMs` and keeps the peak. */
export function rssSampler(pid: number, everyMs = 250) {
  let peak = 0;
  let last = 0;
  const timer = setInterval(() => {
    const rss = residentBytes(pid);
    if (rss !== null) {
      last = rss;
      peak = Math.max(peak, rss);
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
