import { spawn, type ChildProcess } from 'node:child_process';
import { residentBytes, stopChildProcess } from '../../src/support';

/** The helpers the embedded Neo4j, the benchmark and the load test use to stop and measure children. */
const child = (script: string) => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });

/** Resolves once `running` prints the line "ready" (which its script does after installing its handlers). */
const ready = (running: ChildProcess) =>
  new Promise<void>((resolve, reject) => {
    let out = '';
    running.stdout?.on('data', (chunk) => {
      out += String(chunk);
      if (out.split('\n').includes('ready')) resolve();
    });
    running.once('exit', (code, signal) => reject(new Error(`expected the child to print "ready", but it exited first (${code ?? signal})`)));
  });

describe('stopChildProcess', () => {
  it('ends a child with SIGTERM and gives its exit code', async () => {
    const running = child("process.on('SIGTERM', () => process.exit(3)); setInterval(() => {}, 1000); console.log('ready')");
    await ready(running);
    expect(await stopChildProcess(running, 10_000)).toBe(3);
  });

  it('sends SIGKILL to a child that ignores SIGTERM for longer than the grace', async () => {
    const stubborn = child("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); console.log('ready')");
    await ready(stubborn);
    expect(await stopChildProcess(stubborn, 200)).toBeNull();
    expect(stubborn.signalCode).toBe('SIGKILL');
  });

  it('answers at once for a child that has already exited', async () => {
    const done = child('process.exit(0)');
    await new Promise((resolve) => done.once('exit', resolve));
    expect(await stopChildProcess(done, 10_000)).toBe(0);
  });
});

describe('residentBytes', () => {
  it('reads a live process and gives null for one that is gone', () => {
    expect(residentBytes(process.pid)).toBeGreaterThan(1_000_000);
    expect(residentBytes(2 ** 22 + 12345)).toBeNull();
  });
});
