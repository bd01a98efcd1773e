import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot, stopChildProcess } from '../support';

/**
 * Runs Neo4j Community in a separate JVM through the Maven-built launcher in `neo4j-launcher/`, for
 * machines without Docker. Neo4j is GPLv3: its jars are fetched by Maven into
 * `neo4j-launcher/target/lib`, never committed, and run as their own process.
 */

export const LAUNCHER_DIR = path.join(projectRoot, 'neo4j-launcher');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB_DIR = path.join(LAUNCHER_DIR, 'target', 'lib');
const MAIN_CLASS = 'kg.launcher.EmbeddedNeo4j';
const READY_LINE = /^NEO4J_READY (\S+)/;

/** The flags Neo4j 5 ships for its own server, plus a heap that fits a developer machine. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

export interface EmbeddedOptions {
  /** Data folder; created when missing. */
  home: string;
  port: number;
  /** Maximum JVM heap, e.g. "1g". */
  heap?: string;
  pagecache?: string;
  /** Server-side transaction timeout in seconds. */
  transactionTimeoutSeconds?: number;
  /** When set, Bolt requires user neo4j with this password. */
  password?: string;
  /** Receives progress lines ("building the launcher ..."). */
  log?: (line: string) => void;
  /**
   * A server for a test run: the JIT stops at its first tier (-XX:TieredStopAtLevel=1). It is ready
   * in under half the time on two cores (14 s against 31 s with four starting side by side), and the
   * tests' queries, each run a few times, take as long; long-running work (serving, benchmarks) wants
   * the full JIT, so the default is off.
   */
  shortLived?: boolean;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Sends SIGTERM and waits for Neo4j to shut down cleanly. */
  stop(): Promise<void>;
  /**
   * Sends SIGKILL and waits for the JVM to exit: a crash, for outage tests. The next start on the
   * same home recovers the store from its transaction log.
   */
  kill(): Promise<void>;
}

/** The reason the embedded server cannot run here, with what to do instead. */
export class EmbeddedNeo4jError extends Error {}

const ALTERNATIVES =
  'Or use a Neo4j 5 server you already have: set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD), ' +
  'or run `docker compose up` where Docker is available.';

/** Checks Java (17 or newer) and Maven, and builds the launcher when its classes are missing or stale. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const javaVersion = readJavaMajorVersion();
  if (javaVersion === null) {
    throw new EmbeddedNeo4jError(
      'Java was not found on PATH. The embedded Neo4j needs Java 17 or newer ' +
        '(Debian/Ubuntu: `sudo apt-get install openjdk-17-jdk-headless maven`; macOS: `brew install openjdk@17 maven`). ' +
        ALTERNATIVES,
    );
  }
  if (javaVersion < 17) {
    throw new EmbeddedNeo4jError(`expected Java 17 or newer for Neo4j 5.26, but found Java ${javaVersion}. ${ALTERNATIVES}`);
  }
  if (isLauncherBuilt()) return;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new EmbeddedNeo4jError(
      'Maven (`mvn`) was not found on PATH; it builds the embedded Neo4j launcher once ' +
        '(Debian/Ubuntu: `sudo apt-get install maven`; macOS: `brew install maven`). ' +
        ALTERNATIVES,
    );
  }
  log('building the embedded Neo4j launcher with Maven (first run only; downloads about 120 MB) ...');
  const started = Date.now();
  const result = spawnSync(
    'mvn',
    ['-q', '-B', 'package', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${LIB_DIR}`],
    { cwd: LAUNCHER_DIR, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) {
    throw new EmbeddedNeo4jError(
      `the Maven build of ${LAUNCHER_DIR} failed (exit ${result.status ?? result.signal}); see its output above. ${ALTERNATIVES}`,
    );
  }
  log(`launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** True when the compiled class is newer than its source and the pom, and the jars are there. */
export function isLauncherBuilt(): boolean {
  const classFile = path.join(CLASSES_DIR, 'kg', 'launcher', 'EmbeddedNeo4j.class');
  if (!existsSync(classFile) || !existsSync(LIB_DIR)) return false;
  if (!readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-kernel'))) return false;
  const built = statSync(classFile).mtimeMs;
  const inputs = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'kg', 'launcher', 'EmbeddedNeo4j.java'),
  ];
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

/**
 * Starts Neo4j on 127.0.0.1:`port` with its data in `home`, and resolves once Bolt accepts
 * connections (the launcher prints its ready line only then).
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  ensureLauncherBuilt(log);
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedNeo4jError(
      `expected port ${options.port} to be free for the embedded Neo4j's Bolt connector, but something listens there. ` +
        'Set NEO4J_EMBEDDED_PORT to another port, or point NEO4J_URI at the server already running there.',
    );
  }
  mkdirSync(options.home, { recursive: true });
  log(`starting Neo4j (data in ${options.home}, Bolt on 127.0.0.1:${options.port}) ...`);
  const started = Date.now();
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      ...JVM_FLAGS,
      ...(options.shortLived ? ['-XX:TieredStopAtLevel=1'] : []),
      '-cp',
      `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
      MAIN_CLASS,
      options.home,
      String(options.port),
      options.pagecache ?? '128m',
      String(options.transactionTimeoutSeconds ?? 60),
    ],
    {
      // Standard input is a pipe we never write to: when this process dies, even by SIGKILL, or the
      // thread that started Neo4j ends, the pipe closes and the launcher shuts Neo4j down.
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...(options.password ? { ...process.env, NEO4J_EMBEDDED_PASSWORD: options.password } : withoutPassword(process.env)), NEO4J_EMBEDDED_WATCH_STDIN: '1' },
    },
  );
  const uri = await waitForReady(child);
  log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${uri})`);
  return {
    uri: uri.replace(/^bolt:/, 'neo4j:'),
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
    kill: () => killChild(child),
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    // Keep reading after the ready line too: a full pipe would block the JVM.
    const onOutput = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        const ready = READY_LINE.exec(line.trim());
        if (ready?.[1]) settle(() => resolve(ready[1] as string));
      }
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      settle(() => reject(new EmbeddedNeo4jError(`Neo4j did not become ready within 180 s. Last output:\n${tail.join('\n')}`)));
    }, 180_000);
    child.once('exit', (code, signal) =>
      settle(() => reject(new EmbeddedNeo4jError(`Neo4j exited before it was ready (${code ?? signal}). Last output:\n${tail.join('\n')}`))),
    );
    child.once('error', (error) => settle(() => reject(new EmbeddedNeo4jError(`could not start java: ${error.message}`))));
  });
}

function withoutPassword(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.NEO4J_EMBEDDED_PASSWORD;
  return copy;
}

/** SIGTERM lets the launcher's shutdown hook close the store; SIGKILL only if it hangs for a minute. */
async function stopChild(child: ChildProcess): Promise<void> {
  await stopChildProcess(child, 60_000);
}

/** SIGKILL: no shutdown hook runs, as when the machine or the JVM dies. Resolves once it has exited. */
function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

function readJavaMajorVersion(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match?.[1]) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** True when nothing listens on 127.0.0.1:`port`. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
