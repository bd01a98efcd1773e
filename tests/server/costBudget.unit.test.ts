import { CostBudget } from '../../src/server/costBudget';

describe('CostBudget', () => {
  it('starts operations while their cost fits, and the next waiting one when cost is given back', async () => {
    const budget = new CostBudget(100);
    const first = await budget.acquire(60);
    let secondStarted = false;
    const second = budget.acquire(50).then((release) => {
      secondStarted = true;
      return release;
    });
    await Promise.resolve();
    expect(secondStarted).toBe(false);
    expect(budget.load).toEqual({ inFlight: 60, waiting: 1 });
    first();
    (await second)();
    expect(secondStarted).toBe(true);
    expect(budget.load).toEqual({ inFlight: 0, waiting: 0 });
  });

  it('lets a cheap operation that fits start at once while a costly one waits', async () => {
    const budget = new CostBudget(100);
    const running = await budget.acquire(90);
    const costly = budget.acquire(50);
    const cheap = await budget.acquire(5);
    expect(budget.load).toEqual({ inFlight: 95, waiting: 1 });
    cheap();
    running();
    (await costly)();
    expect(budget.load).toEqual({ inFlight: 0, waiting: 0 });
  });

  it('runs an operation costing more than the whole budget alone, and a release given twice counts once', async () => {
    const budget = new CostBudget(100);
    const huge = await budget.acquire(1_000);
    expect(budget.load.inFlight).toBe(1_000);
    huge();
    huge();
    expect(budget.load).toEqual({ inFlight: 0, waiting: 0 });
  });
});
