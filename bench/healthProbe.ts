// The /healthz probe of the attack shape (attack.ts), run on a worker thread of its own: GET every
// 20 ms (a kubelet's period, not a wait) until `until`, then post the timings of the 200s and the
// count of everything else.
import { parentPort, workerData } from 'node:worker_threads';
import { agentFrom, timedRequest } from './http';

const { url, until } = workerData as { url: string; until: number };
const agent = agentFrom('127.0.0.1', 1);
const probes: number[] = [];
let failures = 0;
void (async () => {
  while (Date.now() < until) {
    const answer = await timedRequest(url, agent, 'GET');
    if (answer.status === 200) probes.push(answer.ms);
    else failures += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  agent.destroy();
  parentPort!.postMessage({ probes, failures });
})();
