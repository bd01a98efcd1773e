/**
 * A budget of operation cost in flight (cost.ts's units): an operation starts when its cost fits in
 * what the operations running now leave of the budget, and otherwise waits, first come first
 * served, until enough of them end. Cheap operations that fit start at once even while a costly
 * one waits, so a few heavy readers cannot hold up everyone's small queries; an operation costing
 * more than the whole budget runs alone.
 *
 * It bounds how much result-building the event loop has on its plate at any time, which the
 * concurrency cap (admission.ts), counting requests, cannot: 32 requests of 15 aliased depth-3
 * neighbourhoods each are far more work than 32 searches.
 *
 * @example
 *   const budget = new CostBudget(200_000);
 *   const release = await budget.acquire(36_000); // ... run the operation ... release();
 */
export class CostBudget {
  private inFlight = 0;
  private readonly waiting: Array<{ cost: number; start: () => void }> = [];

  constructor(readonly budget: number) {}

  /** Cost running now, and operations waiting. */
  get load(): { inFlight: number; waiting: number } {
    return { inFlight: this.inFlight, waiting: this.waiting.length };
  }

  /** Resolves with the function that gives the cost back, once the operation may start. */
  acquire(cost: number): Promise<() => void> {
    const charge = Math.max(0, cost);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.inFlight -= charge;
      this.admit();
    };
    if (this.fits(charge)) {
      this.inFlight += charge;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => {
      this.waiting.push({
        cost: charge,
        start: () => {
          this.inFlight += charge;
          resolve(release);
        },
      });
    });
  }

  private fits(cost: number): boolean {
    return this.inFlight === 0 || this.inFlight + cost <= this.budget;
  }

  /** Starts waiting operations from the head of the queue while they fit. */
  private admit(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.cost)) this.waiting.shift()!.start();
  }
}
