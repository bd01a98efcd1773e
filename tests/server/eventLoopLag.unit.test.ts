import type { NextFunction, Request, Response } from 'express';
import { EventEmitter } from 'node:events';
import { ConcurrencyGate } from '../../src/server/admission';
import { LagController } from '../../src/server/eventLoopLag';

const fill = (gate: ConcurrencyGate, n: number) => {
  for (let i = 0; i < n; i += 1) gate.middleware({} as Request, new EventEmitter() as unknown as Response, (() => undefined) as NextFunction);
};

describe('LagController', () => {
  it('halves the gate when a window lagged past the target, and widens it by one when calm while the gate is full', () => {
    const gate = new ConcurrencyGate(16, 100);
    const controller = new LagController(gate, 30);
    controller.decide(45);
    expect(gate.limit).toBe(8);
    controller.decide(200);
    expect(gate.limit).toBe(4);
    // Calm, but nothing waits and the gate is not full: no reason to widen.
    controller.decide(3);
    expect(gate.limit).toBe(4);
    fill(gate, 6);
    expect(gate.load).toEqual({ running: 4, queued: 2 });
    controller.decide(3);
    expect(gate.limit).toBe(5);
    expect(gate.load).toEqual({ running: 5, queued: 1 });
    // Between half the target and the target: hold.
    controller.decide(20);
    expect(gate.limit).toBe(5);
  });

  it('measures the lag of a blocked event loop', async () => {
    const gate = new ConcurrencyGate(16, 100);
    const controller = new LagController(gate, 30).start();
    try {
      // Wait for one tick to run first, then block the loop for 80 ms.
      await new Promise((resolve) => setTimeout(resolve, 15));
      const until = performance.now() + 80;
      while (performance.now() < until);
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Some window saw at least the 80 ms block less one tick; the gate narrowed at least once.
      expect(gate.limit).toBeLessThan(16);
    } finally {
      controller.stop();
    }
  });
});
