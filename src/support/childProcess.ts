import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Stops a child process the polite way: SIGTERM, so its shutdown hooks run, then SIGKILL if it is
 * still there after `graceMs`. Resolves with its exit code (null when a signal ended it).
 */
export function stopChildProcess(child: ChildProcess, graceMs: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

/** Resident set size of a process in bytes, from /proc (Linux), or null elsewhere. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
