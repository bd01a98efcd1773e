// The attack shape of `npm run loadtest -- --attack <seconds>` (issue 16, finding 1).
//
// Three kinds of client at once, for `seconds`, against a running API:
// - attackers (`--attackers`, default 16 connections, anonymous, from 127.0.0.2): the red team's
//   document, 820 differently-argued `search` fields in 17 KB, ATTACK_RATE a second in all (five
//   times the red team's 20, which pushed /healthz to 1–15 s); the per-client rate limit refuses
//   most of them after the first minute's 600, with 429;
// - heavy readers (`--heavy`, default 50, each with a token of its own, from 127.0.0.3): 15 aliased
//   depth-3 neighbourhoods per request, the legitimate load that also starved /healthz;
// - legitimate clients (4, sharing one token, from 127.0.0.1): small searches at an analyst's
//   pace (one every 200 ms each), each answer checked;
// while a probe asks /healthz every 20 ms. The verdict: /healthz p99 under 100 ms, and legitimate
// requests still served. Loopback addresses other than 127.0.0.1 need no setup on Linux.
//
// The probe runs on a thread of its own, as a kubelet is a process of its own: on this process's
// event loop, busy reading fifty heavy answers, its timings would be the load generator's lag.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { agentFrom, timedRequest } from './http';
import { percentile } from './stats';

export interface AttackOptions {
  seconds: number;
  attackers: number;
  heavy: number;
  /** Tokens: one for the legitimate clients, and `heavy` for the heavy readers (their subjects differ). */
  legitimateToken: string;
  heavyTokens: string[];
  entityIds: string[];
}

export interface AttackResult {
  lines: string[];
  /** /healthz p99 under 100 ms and at least one legitimate answer a second. */
  passed: boolean;
}

/** Attack documents a second, all attackers together. */
export const ATTACK_RATE = 100;

/** The red team's document: 820 `search` fields, each with its own argument. */
export const WIDE_DOCUMENT = `{ ${Array.from({ length: 820 }, (_, i) => `search(text: "probe ${i}") { score }`).join(' ')} }`;

/** 15 aliased depth-3 neighbourhoods of one entity. */
export function heavyDocument(id: string): string {
  const hood = (i: number) => `n${i}: neighborhood(id: ${JSON.stringify(id)}, depth: 3, limit: 200) { truncated nodes { id name kind } edges { id type confidence from { id } to { id } } }`;
  return `{ ${Array.from({ length: 15 }, (_, i) => hood(i)).join(' ')} }`;
}

const LEGITIMATE = `query Search($text: String!) { search(text: $text, first: 5) { score entity { id name } } }`;

const count = (tally: Record<string, number>, key: string | number) => {
  tally[key] = (tally[key] ?? 0) + 1;
};
const statuses = (tally: Record<string, number>) => Object.entries(tally).sort().map(([s, n]) => `${s} ×${n}`).join(', ') || 'none';

/** Runs the three kinds of client and the probe against `origin` (http://127.0.0.1:port). */
export async function runAttack(origin: string, options: AttackOptions): Promise<AttackResult> {
  const graphql = `${origin}/graphql`;
  const until = Date.now() + options.seconds * 1000;
  const attackAgent = agentFrom('127.0.0.2', options.attackers);
  const heavyAgent = agentFrom('127.0.0.3', Math.max(1, options.heavy));
  const legitimateAgent = agentFrom('127.0.0.1', 4);
  const wide = JSON.stringify({ query: WIDE_DOCUMENT });
  const attack: Record<string, number> = {};
  const heavy: Record<string, number> = {};
  const legitimate: Record<string, number> = {};
  const legitimateMs: number[] = [];
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;

  const loop = async (work: () => Promise<void>) => {
    while (Date.now() < until) await work();
  };
  const clients = [
    ...Array.from({ length: options.attackers }, () =>
      loop(async () => {
        const answer = await timedRequest(graphql, attackAgent, 'POST', wide);
        count(attack, answer.status);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, (options.attackers * 1000) / ATTACK_RATE - answer.ms)));
      }),
    ),
    ...options.heavyTokens.slice(0, options.heavy).map((token) =>
      loop(async () => {
        const body = JSON.stringify({ query: heavyDocument(pick(options.entityIds)) });
        count(heavy, (await timedRequest(graphql, heavyAgent, 'POST', body, { authorization: `Bearer ${token}` })).status);
      }),
    ),
    ...Array.from({ length: 4 }, () =>
      loop(async () => {
        const body = JSON.stringify({ query: LEGITIMATE, variables: { text: pick(['korea', 'kursk', 'russia', 'ukraine', 'troops']) } });
        const answer = await timedRequest(graphql, legitimateAgent, 'POST', body, { authorization: `Bearer ${options.legitimateToken}` });
        const ok = answer.status === 200 && answer.text.startsWith('{"data"') && !answer.text.includes('"errors"');
        count(legitimate, ok ? 'served' : answer.status);
        if (ok) legitimateMs.push(answer.ms);
        // An analyst's pace: a few requests a second, well within the per-client rate limit.
        await new Promise((resolve) => setTimeout(resolve, 200));
      }),
    ),
  ];
  const probe = probeOnThread(`${origin}/healthz`, until);
  await Promise.all(clients);
  const { probes, failures: probeFailures } = await probe;
  for (const agent of [attackAgent, heavyAgent, legitimateAgent]) agent.destroy();

  const sorted = [...probes].sort((a, b) => a - b);
  const p99 = percentile(sorted, 0.99);
  const served = legitimate.served ?? 0;
  const ms = (v: number) => `${Number.isFinite(v) ? v.toFixed(1) : 'n/a'} ms`;
  const legitimateSorted = [...legitimateMs].sort((a, b) => a - b);
  const passed = probes.length > 0 && probeFailures === 0 && p99 < 100 && served / options.seconds >= 1;
  return {
    passed,
    lines: [
      `attack: ${options.seconds} s; ${options.attackers} attackers (820-field document, ${ATTACK_RATE} a second, ${(wide.length / 1024).toFixed(1)} KB, from 127.0.0.2), ${options.heavy} heavy readers (15 aliased depth-3 neighbourhoods, from 127.0.0.3), 4 legitimate clients`,
      `  attack answers: ${statuses(attack)}`,
      `  heavy-read answers: ${statuses(heavy)}`,
      `  legitimate: ${served} served (${(served / options.seconds).toFixed(1)} req/s, p50 ${ms(percentile(legitimateSorted, 0.5))}, p99 ${ms(percentile(legitimateSorted, 0.99))}); other answers: ${statuses(Object.fromEntries(Object.entries(legitimate).filter(([k]) => k !== 'served')))}`,
      `  /healthz: ${probes.length} probes, p50 ${ms(percentile(sorted, 0.5))}, p99 ${ms(p99)}, max ${ms(sorted[sorted.length - 1] ?? NaN)}, failures ${probeFailures}`,
      `  verdict: ${passed ? 'ok' : 'FAILED'} (/healthz p99 under 100 ms, legitimate requests served)`,
    ],
  };
}

/** The probe (healthProbe.ts) on a worker thread of its own: its timings and failures at `until`. */
function probeOnThread(url: string, until: number): Promise<{ probes: number[]; failures: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'healthProbe.js'), { workerData: { url, until } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
