import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../api';
import type { CostBudget } from './costBudget';

/** A page without `first` holds this many items (src/support/pagination.ts's default). */
const DEFAULT_PAGE_SIZE = 20;

/**
 * The cost of one field: 1, plus its selection's cost times the number of items it can return,
 * which is `first`, `last`, `limit` or the number of `ids` (Query.nodes) when given (else a
 * connection's default page size). A `depth` adds the walk: one more per item and hop beyond the
 * first, since a neighbourhood returns at most `limit` edges however deep it goes. So
 * `relationships(first: 100) { ... claims(first: 100) { ... } }` costs about 100 × 100 × (the
 * claim's fields), while a field with no list argument costs its selection.
 *
 * A plain list that takes `first` and returns everything without it (`Relationship.claims` and
 * `origins`) is charged one item when `first` is left out, as before it took one: how many a fact
 * has is not known until it is read. Clients that read facts of feeds, which have thousands of
 * claims, ask `first` (the workbench does), and the request's deadline bounds the rest.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fixed = FIXED_COSTS[`${type.name}.${field.name}`];
  if (fixed !== undefined) return fixed;
  const items = positive(args.first) ?? positive(args.last) ?? positive(args.limit) ?? listLength(args.ids) ?? (isPaged(field) ? DEFAULT_PAGE_SIZE : 1);
  const depth = positive(args.depth) ?? 1;
  return 1 + items * childComplexity + items * (depth - 1);
};

/**
 * Fields whose work shows in no argument, at a fixed cost: a STIX bundle reads up to 500 facts of a
 * neighbourhood or 5,000 of a window (src/stix/readSlice.ts) with every claim about them, so at the
 * default LIMIT_MAX_COST (100,000) one request holds at most five, and the cost budget in flight ten.
 */
export const FIXED_COSTS: Readonly<Record<string, number>> = { 'Query.stixBundle': 20_000 };

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function listLength(value: unknown): number | undefined {
  return Array.isArray(value) && value.length > 0 ? value.length : undefined;
}

/** A connection: paged, so a page of the default size when no size is given. */
function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

/** The cost of an operation, with its variables, as the cost limit computes it. */
export function operationCost(options: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): number {
  return getComplexity({ ...options, estimators: [listSizeEstimator] });
}

/** Variable sets remembered per document; past this many the document's are forgotten at once. */
export const COSTS_PER_DOCUMENT = 64;

/** Operation name and variables longer than this (as JSON) are costed every time. */
export const MAX_REMEMBERED_KEY = 4_096;

/**
 * Operation costs by document and variables. Apollo hands every request of the same text the same
 * parsed document (its document cache), and computing the cost walks that document with the
 * schema's types again: about a twentieth of the CPU a small request costs the API. The cost is a
 * function of the document, the operation's name and the variables, so it is remembered per
 * document (a WeakMap: forgotten with the document) and per operation name and variables.
 */
export class OperationCosts {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  of(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
    let known = this.byDocument.get(document);
    const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    const remembered = known?.get(key);
    if (remembered !== undefined) return remembered;
    // Throws on variables that do not fit the operation: nothing is remembered then.
    const cost = operationCost({ schema, query: document, variables, operationName });
    // Large variables (a long list of ids) are not kept: their key alone could take megabytes.
    if (key.length > MAX_REMEMBERED_KEY) return cost;
    if (!known) this.byDocument.set(document, (known = new Map()));
    if (known.size >= COSTS_PER_DOCUMENT) known.clear();
    known.set(key, cost);
    return cost;
  }
}

/** An operation over LIMIT_MAX_COST, refused over HTTP (400) and over WebSocket alike. */
export function costLimitError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `The operation costs ${cost}, over the limit of ${maxCost}: ask for fewer items (smaller first, limit or depth) or fewer nested lists.`,
    { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation whose cost (listSizeEstimator) is over `maxCost`, once the operation and its
 * variables are known and before any resolver runs: HTTP 400 with code COST_LIMIT_EXCEEDED. With a
 * `budget`, an operation within the limit then waits until its cost fits in the budget of cost in
 * flight (costBudget.ts), and gives it back when its answer is sent.
 */
export function costLimitPlugin(maxCost: number, budget?: CostBudget): ApolloServerPlugin<Context> {
  const costs = new OperationCosts();
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = costs.of(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT before any resolver runs.
            return;
          }
          if (cost > maxCost) throw costLimitError(cost, maxCost);
          if (budget) release = await budget.acquire(cost);
        },
      };
    },
  };
}
