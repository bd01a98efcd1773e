import path from 'node:path';
import { projectRoot } from '../support';

/**
 * Everything the service reads from the environment, checked once at start-up. Each bad value is
 * reported as "NAME: expected X, but got Y" so the fix is obvious. The README's configuration
 * table lists the same variables.
 */
export interface Config {
  /** HTTP port of the GraphQL API. */
  port: number;
  /** Interface the HTTP server binds to. */
  host: string;
  /** An external Neo4j; when null the service starts the embedded one. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string | null;
  neo4jDatabase: string | undefined;
  embedded: {
    home: string;
    port: number;
    heap: string;
  };
  /** Server-side timeout of every Neo4j transaction. */
  transactionTimeoutMs: number;
  /** Load the seed graph when the database holds no entity. */
  seedOnEmpty: boolean;
  /** `npm start`: /healthz says 503 `stalled` when the API thread has not beaten for this long. */
  healthStallMs: number;
  /**
   * `npm start`: the most the API thread's JavaScript heap may hold, in MiB. Near it V8 collects
   * sooner; without it V8 lets a busy thread's heap grow to several times what it keeps alive.
   */
  apiHeapMb: number;
  /**
   * Top-level reads fetch what their selection asks for in one statement where one covers it (an
   * entity with its relationships, a timeline page, a claims page); false leaves it to DataLoader.
   */
  singleStatementReads: boolean;
  /** NODE_ENV=production: introspection and the IDE default to off. */
  production: boolean;
  /** Serve the GraphQL IDE at /ide. */
  enableIde: boolean;
  /** Answer introspection queries (and so the IDE's documentation). */
  enableIntrospection: boolean;
  /** Origins allowed to call the API from a browser on another origin; `*` allows any. */
  corsOrigins: string[];
  /** Serve Prometheus metrics at /metrics. */
  enableMetrics: boolean;
  /** pino log level. */
  logLevel: string;
  /** Abuse limits, checked before any resolver runs (see src/server/limits.ts). */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    /** Fields of one selection set, its fragments merged in (graphql-js compares them pairwise). */
    maxSelectionFields: number;
    maxCost: number;
    /** Largest request body, in bytes; larger gets HTTP 413. */
    maxBodyBytes: number;
    /** Longest a request may take, Neo4j work included; longer gets REQUEST_TIMEOUT. */
    requestTimeoutMs: number;
    /** GraphQL requests per client per minute (by token subject, else by address); 0 turns it off. */
    rateLimitPerMinute: number;
    /** GraphQL requests running at once; more wait in a queue. */
    maxConcurrent: number;
    /** Requests that may wait for a slot; more are refused with 429. */
    maxQueued: number;
    /**
     * Which proxies' X-Forwarded-For to believe for the client address (express's `trust proxy`):
     * false (none: the socket's address), a number of hops, or a list of addresses and CIDR ranges.
     */
    trustProxy: boolean | number | string[];
  };
  /** GraphQL subscriptions over WebSocket at the GraphQL path (docs/subscriptions.md). */
  subscriptions: SubscriptionSettings;
  /** `subgraph`: serve the schema as an Apollo Federation 2 subgraph (docs/federation.md); `off` by default. */
  federation: 'off' | 'subgraph';
  auth: {
    /** HS256 shared secret (32 characters or more), or null. */
    jwtSecret: string | null;
    /** A JWKS address for asymmetric tokens, or null. */
    jwksUrl: string | null;
    /** Checked when set. */
    issuer: string | null;
    audience: string | null;
    /** Whether requests without a token may read. Writes always need a token. */
    anonymousRead: boolean;
    /** Oldest a token may be, by its `iat`, in seconds; null: only its `exp` counts. */
    maxTokenAgeSeconds?: number | null;
  };
}

/** Safe defaults: the example operations fit well within them; a hostile document does not. */
export const DEFAULT_LIMITS: Config['limits'] = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  // All twelve example operations in one document (as the IDE sends them) take 799 tokens, the
  // workbench's largest query 243, the IDE's introspection 180 (tests/server/documentShape.unit.test.ts).
  maxTokens: 2_000,
  // The widest in the examples, the IDE and the workbench is 21 (the workbench's claims fragment).
  maxSelectionFields: 64,
  maxCost: 100_000,
  // Room for an article of 100,000 characters (ingestArticle) and its JSON escaping.
  maxBodyBytes: 1_000_000,
  requestTimeoutMs: 30_000,
  rateLimitPerMinute: 600,
  maxConcurrent: 64,
  maxQueued: 256,
  trustProxy: false,
};

export interface SubscriptionSettings {
  /** Accept WebSocket connections for subscriptions at all. */
  enabled: boolean;
  /** WebSocket connections open at once, over all clients; more are refused at the upgrade (HTTP 503). */
  maxConnections: number;
  /** Subscriptions running at once on one connection; one more is refused with SUBSCRIPTION_LIMIT. */
  maxPerConnection: number;
  /**
   * WebSocket connections open at once from one client address (as the rate limit counts addresses);
   * more are refused at the upgrade (HTTP 429), so one client cannot take every connection. Default
   * DEFAULT_MAX_CONNECTIONS_PER_CLIENT.
   */
  maxPerClient?: number;
}

/** A connection per open workbench tab and a few per service; each workbench tab runs two subscriptions. */
export const DEFAULT_SUBSCRIPTIONS: SubscriptionSettings = { enabled: true, maxConnections: 1_000, maxPerConnection: 10 };

/** An office behind one address with a few dozen workbench tabs open, not a tenth of all connections. */
export const DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 100;

/** Thrown with every problem found, one per line. */
export class ConfigError extends Error {}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (text: string) => T): T => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    try {
      return parse(text);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return fallback;
    }
  };

  const production = env.NODE_ENV === 'production';
  const config: Config = {
    port: read('PORT', 4000, parsePort),
    host: read('HOST', '127.0.0.1', (t) => t),
    neo4jUri: read<string | null>('NEO4J_URI', null, parseNeo4jUri),
    neo4jUser: read('NEO4J_USER', 'neo4j', (t) => t),
    neo4jPassword: read<string | null>('NEO4J_PASSWORD', null, (t) => t),
    neo4jDatabase: read<string | undefined>('NEO4J_DATABASE', undefined, (t) => t),
    embedded: {
      home: read('NEO4J_EMBEDDED_HOME', path.join(projectRoot, '.neo4j-data'), (t) => path.resolve(t)),
      port: read('NEO4J_EMBEDDED_PORT', 7687, parsePort),
      heap: read('NEO4J_EMBEDDED_HEAP', '1g', parseSize),
    },
    transactionTimeoutMs: read('NEO4J_TX_TIMEOUT_MS', 30_000, (t) => parseInteger(t, 100, 3_600_000)),
    seedOnEmpty: read('SEED_ON_EMPTY', true, parseBoolean),
    healthStallMs: read('HEALTH_STALL_MS', 30_000, (t) => parseInteger(t, 1_000, 3_600_000)),
    apiHeapMb: read('API_HEAP_MB', 512, (t) => parseInteger(t, 128, 65_536)),
    singleStatementReads: read('SINGLE_STATEMENT_READS', true, parseBoolean),
    production,
    enableIde: false,
    enableIntrospection: false,
    corsOrigins: read('CORS_ORIGINS', [], parseOrigins),
    enableMetrics: read('ENABLE_METRICS', true, parseBoolean),
    logLevel: read('LOG_LEVEL', 'info', parseLogLevel),
    limits: {
      maxDepth: read('LIMIT_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, (t) => parseInteger(t, 1, 100)),
      maxAliases: read('LIMIT_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, (t) => parseInteger(t, 0, 1000)),
      maxDirectives: read('LIMIT_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, (t) => parseInteger(t, 0, 1000)),
      maxTokens: read('LIMIT_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, (t) => parseInteger(t, 10, 1_000_000)),
      maxSelectionFields: read('LIMIT_MAX_SELECTION_FIELDS', DEFAULT_LIMITS.maxSelectionFields, (t) => parseInteger(t, 1, 10_000)),
      maxCost: read('LIMIT_MAX_COST', DEFAULT_LIMITS.maxCost, (t) => parseInteger(t, 1, 10_000_000)),
      maxBodyBytes: read('LIMIT_MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, (t) => parseInteger(t, 1024, 100_000_000)),
      requestTimeoutMs: read('LIMIT_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs, (t) => parseInteger(t, 100, 3_600_000)),
      rateLimitPerMinute: read('RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.rateLimitPerMinute, (t) => parseInteger(t, 0, 1_000_000)),
      maxConcurrent: read('LIMIT_MAX_CONCURRENT', DEFAULT_LIMITS.maxConcurrent, (t) => parseInteger(t, 1, 10_000)),
      maxQueued: read('LIMIT_MAX_QUEUED', DEFAULT_LIMITS.maxQueued, (t) => parseInteger(t, 0, 100_000)),
      trustProxy: read('TRUST_PROXY', DEFAULT_LIMITS.trustProxy, parseTrustProxy),
    },
    subscriptions: {
      enabled: read('SUBSCRIPTIONS', DEFAULT_SUBSCRIPTIONS.enabled, parseBoolean),
      maxConnections: read('SUBSCRIPTION_MAX_CONNECTIONS', DEFAULT_SUBSCRIPTIONS.maxConnections, (t) => parseInteger(t, 1, 1_000_000)),
      maxPerConnection: read('SUBSCRIPTION_MAX_PER_CONNECTION', DEFAULT_SUBSCRIPTIONS.maxPerConnection, (t) => parseInteger(t, 1, 1_000)),
      maxPerClient: read('SUBSCRIPTION_MAX_PER_CLIENT', DEFAULT_MAX_CONNECTIONS_PER_CLIENT, (t) => parseInteger(t, 1, 1_000_000)),
    },
    federation: read<'off' | 'subgraph'>('FEDERATION', 'off', parseFederation),
    auth: {
      jwtSecret: read<string | null>('AUTH_JWT_SECRET', null, parseSecret),
      jwksUrl: read<string | null>('AUTH_JWKS_URL', null, parseHttpUrl),
      issuer: read<string | null>('AUTH_ISSUER', null, (t) => t),
      audience: read<string | null>('AUTH_AUDIENCE', null, (t) => t),
      anonymousRead: read('AUTH_ANONYMOUS_READ', true, parseBoolean),
      maxTokenAgeSeconds: read<number | null>('AUTH_MAX_TOKEN_AGE', null, parseDuration),
    },
  };
  // Read again where claims are written (reviewManualClaims); checked here so a bad value stops the start.
  read('REVIEW_MANUAL_CLAIMS', 'accepted', parseReviewManualClaims);
  // Both off in production unless enabled; an IDE enabled on purpose brings introspection with it.
  config.enableIde = read('ENABLE_IDE', !production, parseBoolean);
  config.enableIntrospection = read('ENABLE_INTROSPECTION', config.enableIde || !production, parseBoolean);
  // An identity provider signs tokens for every application it serves: without an audience, a token
  // meant for another of them would be accepted here. Its keys must come over TLS, or from this machine.
  if (config.auth.jwksUrl !== null) {
    if (config.auth.audience === null) problems.push("AUTH_JWKS_URL: tokens of an identity provider need AUTH_AUDIENCE (this API's audience), else a token it issued for another application would be accepted");
    if (!/^https:\/\//i.test(config.auth.jwksUrl) && !isLoopbackUrl(config.auth.jwksUrl)) {
      problems.push(`AUTH_JWKS_URL: expected an https URL (or http on this machine: localhost, 127.0.0.1, [::1]), but got ${JSON.stringify(config.auth.jwksUrl)}: keys fetched over plain HTTP can be swapped on the way`);
    }
  }
  if (config.enableIde && !config.enableIntrospection) {
    problems.push('ENABLE_IDE: the IDE needs introspection; set ENABLE_INTROSPECTION=true as well, or ENABLE_IDE=false');
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}

/**
 * REVIEW_MANUAL_CLAIMS: the review status claims entered through the API or imported start with,
 * `accepted` (the default) or `pending` (docs/trust.md). Extracted claims always start pending.
 */
export function reviewManualClaims(env: NodeJS.ProcessEnv = process.env): 'accepted' | 'pending' {
  const text = env.REVIEW_MANUAL_CLAIMS;
  return text === undefined || text === '' ? 'accepted' : parseReviewManualClaims(text);
}

function parseReviewManualClaims(text: string): 'accepted' | 'pending' {
  if (text === 'accepted' || text === 'pending') return text;
  throw new Error(`expected accepted or pending, but got ${JSON.stringify(text)}`);
}

function parsePort(text: string): number {
  return parseInteger(text, 1, 65_535);
}

function parseInteger(text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`expected a whole number from ${min} to ${max}, but got ${JSON.stringify(text)}`);
  }
  return value;
}

function parseBoolean(text: string): boolean {
  if (/^(true|1|yes)$/i.test(text)) return true;
  if (/^(false|0|no)$/i.test(text)) return false;
  throw new Error(`expected true or false, but got ${JSON.stringify(text)}`);
}

function parseSize(text: string): string {
  if (!/^\d+[kmg]$/i.test(text)) {
    throw new Error(`expected a size such as 512m or 1g, but got ${JSON.stringify(text)}`);
  }
  return text.toLowerCase();
}

function parseNeo4jUri(text: string): string {
  const scheme = text.split('://')[0] ?? '';
  if (!text.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
    throw new Error(`expected a URI with a scheme of ${NEO4J_SCHEMES.join(', ')}, e.g. neo4j://localhost:7687, but got ${JSON.stringify(text)}`);
  }
  return text;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseLogLevel(text: string): string {
  if (!LOG_LEVELS.includes(text)) throw new Error(`expected one of ${LOG_LEVELS.join(', ')}, but got ${JSON.stringify(text)}`);
  return text;
}

/** A comma-separated list of origins such as https://app.example.org, or `*`. */
function parseOrigins(text: string): string[] {
  const origins = text.split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`expected origins such as https://app.example.org (scheme and host, no path), comma-separated, or *, but got ${JSON.stringify(origin)}`);
    }
  }
  return origins;
}

function parseSecret(text: string): string {
  if (text.length < 32) throw new Error(`expected a secret of at least 32 characters, but got ${text.length}`);
  return text;
}

function isLoopbackUrl(text: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(text).hostname);
  } catch {
    return false;
  }
}

function parseHttpUrl(text: string): string {
  if (!/^https?:\/\/\S+$/.test(text)) throw new Error(`expected an http(s) URL, but got ${JSON.stringify(text)}`);
  return text;
}

/**
 * TRUST_PROXY: `false` (the default: the socket's address is the client), a number of proxy hops,
 * or comma-separated addresses or CIDR ranges of the proxies (`10.0.0.0/8,192.168.1.5`).
 */
function parseTrustProxy(text: string): boolean | number | string[] {
  if (/^(false|0|no)$/i.test(text)) return false;
  if (/^\d+$/.test(text)) return parseInteger(text, 1, 100);
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  for (const entry of entries) {
    if (!/^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/.test(entry)) {
      throw new Error(`expected false, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges (10.0.0.0/8), but got ${JSON.stringify(entry)}`);
    }
  }
  if (entries.length === 0) throw new Error(`expected false, a number of hops or proxy addresses, but got ${JSON.stringify(text)}`);
  return entries;
}

/** A duration such as 3600, 90s, 30m, 8h or 7d, in seconds. */
function parseDuration(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text);
  const unit = { '': 1, s: 1, m: 60, h: 3_600, d: 86_400 }[match?.[2] ?? ''] ?? 1;
  const seconds = match ? Number(match[1]) * unit : NaN;
  if (!match || seconds < 1 || seconds > 365 * 86_400) {
    throw new Error(`expected a duration from 1 s to 365 d such as 3600, 90s, 30m, 8h or 7d, but got ${JSON.stringify(text)}`);
  }
  return seconds;
}

/** FEDERATION: `off` (a plain GraphQL server) or `subgraph` (an Apollo Federation 2 subgraph). */
function parseFederation(text: string): 'off' | 'subgraph' {
  if (text === 'off' || text === 'subgraph') return text;
  throw new Error(`expected off or subgraph, but got ${JSON.stringify(text)}`);
}
