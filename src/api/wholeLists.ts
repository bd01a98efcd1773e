import { GraphQLError } from 'graphql';

/**
 * Lists returned whole when `first` is left out (Relationship.claims, Dispute.claims,
 * Origin.sources) are charged one item by the cost limit (src/server/cost.ts): their length is not
 * known before they are read. A fact a feed reports every day has thousands of claims, so
 * `relationships(first: 100) { claims { … } }` could build a response of hundreds of megabytes.
 * This bounds what one request takes that way, over all such lists together.
 */
export const MAX_WHOLE_LIST_ITEMS = 10_000;

/** What a request has left of MAX_WHOLE_LIST_ITEMS; one per request (createContext). */
export class WholeListBudget {
  private left = MAX_WHOLE_LIST_ITEMS;

  /**
   * Takes `count` items for a list returned whole, or throws TOO_MANY_ITEMS when the request would
   * pass the budget: the field fails, with what to ask instead, and nothing more is read for it.
   */
  take(field: string, count: number, instead: string): void {
    this.left -= count;
    if (this.left >= 0) return;
    throw new GraphQLError(
      `${field}: expected at most ${MAX_WHOLE_LIST_ITEMS.toLocaleString('en')} items in all from lists asked for without \`first\` in one request, but this one alone has ${count.toLocaleString('en')}. Ask \`first\` (1 to 100)${instead}.`,
      { extensions: { code: 'TOO_MANY_ITEMS', limit: MAX_WHOLE_LIST_ITEMS } },
    );
  }
}
