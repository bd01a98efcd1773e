import type { ApolloServerPlugin } from '@apollo/server';
import type { Router } from 'express';
import express from 'express';
import { getHeapStatistics } from 'node:v8';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../neo4j';
import type { Context } from '../api';

/** Operation names are chosen by clients: past this many, new ones are counted as "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Prometheus metrics (prom-client) of one server, in a registry of its own so several servers in
 * one process (the tests) do not mix: GraphQL requests and latency by operation, errors by code,
 * Neo4j query latency by named query, connections in use, and Node's process metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<'operation' | 'type' | 'status'>;
  private readonly latency: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;
  private readonly neo4jLatency: Histogram<'query' | 'outcome'>;
  private readonly stopListening: () => void;

  constructor(db: Database, maxPoolSize: number) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'kg_' });
    this.requests = new Counter({
      name: 'kg_graphql_requests_total',
      help: 'GraphQL operations answered, by operation name, type and HTTP status',
      labelNames: ['operation', 'type', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: 'kg_graphql_errors_total',
      help: 'Errors sent to clients, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.neo4jLatency = new Histogram({
      name: 'kg_neo4j_query_duration_seconds',
      help: 'Time of each named Cypher query (cypher/), by name and outcome',
      labelNames: ['query', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
      registers,
    });
    new Gauge({
      name: 'kg_neo4j_connections_in_use',
      help: 'Neo4j transactions running now, each holding a connection of the driver pool',
      registers,
      collect() {
        this.set(db.inFlight);
      },
    });
    new Gauge({ name: 'kg_neo4j_connection_pool_max', help: 'Size of the Neo4j driver connection pool', registers }).set(maxPoolSize);
    // Under npm start the API thread's old generation is bounded by API_HEAP_MB; this says what V8 made of it.
    new Gauge({ name: 'kg_api_heap_limit_bytes', help: "The most the API's JavaScript heap may hold (API_HEAP_MB under npm start, plus the young generation)", registers }).set(getHeapStatistics().heap_size_limit);
    this.stopListening = db.onQuery(({ name, seconds, ok }) => {
      this.neo4jLatency.observe({ query: name, outcome: ok ? 'ok' : 'error' }, seconds);
    });
  }

  /** Counts one error sent to a client; also for errors raised before GraphQL runs (authentication). */
  countError(code: string): void {
    this.errors.inc({ code });
  }

  /** The Apollo plugin that times and counts every operation. */
  plugin(): ApolloServerPlugin<Context> {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = performance.now();
        let operation = 'unknown';
        let type = 'unknown';
        return {
          async didResolveOperation({ operationName, operation: definition }) {
            operation = metrics.operationLabel(operationName ?? undefined);
            type = definition?.operation ?? 'unknown';
          },
          async didEncounterErrors({ errors }) {
            for (const error of errors) metrics.countError(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          },
          async willSendResponse({ response }) {
            const seconds = (performance.now() - started) / 1000;
            metrics.latency.observe({ operation, type }, seconds);
            metrics.requests.inc({ operation, type, status: String(response.http.status ?? 200) });
          },
        };
      },
    };
  }

  /** GET /metrics in Prometheus text format. */
  router(): Router {
    const router = express.Router();
    router.get('/metrics', async (_req, res, next) => {
      try {
        res.type(this.registry.contentType).send(await this.registry.metrics());
      } catch (error) {
        next(error);
      }
    });
    return router;
  }

  close(): void {
    this.stopListening();
    this.registry.clear();
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}
