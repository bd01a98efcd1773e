import path from 'node:path';
import { ConfigError, DEFAULT_LIMITS, loadConfig } from '../../src/config';
import { projectRoot } from '../../src/support';

/** Runs loadConfig on `env`, expecting a ConfigError, and returns it. */
const configErrorFor = (env: Record<string, string>): ConfigError => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected loadConfig to reject ${JSON.stringify(env)}`);
};

describe('loadConfig', () => {
  it('uses the defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      neo4jUri: null,
      neo4jUser: 'neo4j',
      neo4jPassword: null,
      neo4jDatabase: undefined,
      embedded: { home: path.join(projectRoot, '.neo4j-data'), port: 7687, heap: '1g' },
      transactionTimeoutMs: 30_000,
      seedOnEmpty: true,
      healthStallMs: 30_000,
      apiHeapMb: 512,
      singleStatementReads: true,
      production: false,
      enableIde: true,
      enableIntrospection: true,
      corsOrigins: [],
      enableMetrics: true,
      logLevel: 'info',
      auth: { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, anonymousRead: true, maxTokenAgeSeconds: null },
      subscriptions: { enabled: true, maxConnections: 1000, maxPerConnection: 10, maxPerClient: 100 },
      federation: 'off',
      limits: DEFAULT_LIMITS,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({ port: 4000, neo4jUri: null });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j+s://db.example.com:7687',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'conflicts',
      NEO4J_EMBEDDED_HOME: 'relative/neo4j',
      NEO4J_EMBEDDED_PORT: '17687',
      NEO4J_EMBEDDED_HEAP: '512M',
      NEO4J_TX_TIMEOUT_MS: '5000',
      SEED_ON_EMPTY: 'false',
      HEALTH_STALL_MS: '5000',
      API_HEAP_MB: '1024',
      SINGLE_STATEMENT_READS: 'false',
      ENABLE_IDE: 'no',
      ENABLE_INTROSPECTION: 'false',
      CORS_ORIGINS: 'https://app.example.org, http://localhost:5173',
      ENABLE_METRICS: 'false',
      LOG_LEVEL: 'warn',
      LIMIT_REQUEST_TIMEOUT_MS: '5000',
      AUTH_JWT_SECRET: 'x'.repeat(32),
      AUTH_ISSUER: 'https://issuer.example',
      AUTH_AUDIENCE: 'conflict-kg',
      AUTH_ANONYMOUS_READ: 'false',
      SUBSCRIPTIONS: 'no',
      SUBSCRIPTION_MAX_CONNECTIONS: '50',
      SUBSCRIPTION_MAX_PER_CONNECTION: '3',
      SUBSCRIPTION_MAX_PER_CLIENT: '7',
      FEDERATION: 'subgraph',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      neo4jUri: 'neo4j+s://db.example.com:7687',
      neo4jUser: 'analyst',
      neo4jPassword: 'secret',
      neo4jDatabase: 'conflicts',
      embedded: { home: path.resolve('relative/neo4j'), port: 17687, heap: '512m' },
      transactionTimeoutMs: 5000,
      seedOnEmpty: false,
      healthStallMs: 5_000,
      apiHeapMb: 1024,
      singleStatementReads: false,
      production: false,
      enableIde: false,
      enableIntrospection: false,
      corsOrigins: ['https://app.example.org', 'http://localhost:5173'],
      enableMetrics: false,
      logLevel: 'warn',
      auth: { jwtSecret: 'x'.repeat(32), jwksUrl: null, issuer: 'https://issuer.example', audience: 'conflict-kg', anonymousRead: false, maxTokenAgeSeconds: null },
      subscriptions: { enabled: false, maxConnections: 50, maxPerConnection: 3, maxPerClient: 7 },
      federation: 'subgraph',
      limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 5000 },
    });
  });

  it('turns the IDE and introspection off in production unless enabled', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, enableIde: false, enableIntrospection: false });
    expect(loadConfig({ NODE_ENV: 'production', ENABLE_INTROSPECTION: 'true' })).toMatchObject({ enableIde: false, enableIntrospection: true });
    // An IDE enabled on purpose needs introspection, so it brings it along.
    expect(loadConfig({ NODE_ENV: 'production', ENABLE_IDE: 'true' })).toMatchObject({ enableIde: true, enableIntrospection: true });
    expect(() => loadConfig({ ENABLE_IDE: 'true', ENABLE_INTROSPECTION: 'false' })).toThrow(/ENABLE_IDE: the IDE needs introspection/);
  });

  it('refuses subscription limits out of range and an unknown federation mode', () => {
    expect(() => loadConfig({ SUBSCRIPTION_MAX_CONNECTIONS: '0', SUBSCRIPTION_MAX_PER_CONNECTION: 'many', FEDERATION: 'supergraph' })).toThrow(
      /SUBSCRIPTION_MAX_CONNECTIONS: expected .*\n  SUBSCRIPTION_MAX_PER_CONNECTION: expected .*\n  FEDERATION: expected off or subgraph, but got "supergraph"/,
    );
  });

  it('refuses an API heap too small to hold the API, or not a whole number', () => {
    expect(() => loadConfig({ API_HEAP_MB: '64' })).toThrow(/API_HEAP_MB: expected .*128.*but got/);
    expect(() => loadConfig({ API_HEAP_MB: '0.5g' })).toThrow(/API_HEAP_MB: expected/);
  });

  it('refuses origins with a path and unknown log levels', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/ui', LOG_LEVEL: 'loud' })).toThrow(
      /CORS_ORIGINS: expected origins .* but got "https:\/\/app.example.org\/ui"\n  LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, but got "loud"/,
    );
  });

  it('refuses a short secret and a JWKS address that is not a URL, naming each', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short', AUTH_JWKS_URL: 'keys.json' })).toThrow(
      /AUTH_JWT_SECRET: expected a secret of at least 32 characters, but got 5\n  AUTH_JWKS_URL: expected an http\(s\) URL, but got "keys.json"/,
    );
  });

  it("asks an identity provider's tokens for this API's audience, and its keys over https unless they are on this machine", () => {
    expect(() => loadConfig({ AUTH_JWKS_URL: 'https://idp.example.org/keys' })).toThrow(/AUTH_JWKS_URL: tokens of an identity provider need AUTH_AUDIENCE/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'http://idp.example.org/keys', AUTH_AUDIENCE: 'kg-api' })).toThrow(/AUTH_JWKS_URL: expected an https URL .* but got "http:\/\/idp.example.org\/keys"/);
    expect(loadConfig({ AUTH_JWKS_URL: 'https://idp.example.org/keys', AUTH_AUDIENCE: 'kg-api' }).auth).toMatchObject({ jwksUrl: 'https://idp.example.org/keys', audience: 'kg-api' });
    expect(loadConfig({ AUTH_JWKS_URL: 'http://127.0.0.1:8080/keys', AUTH_AUDIENCE: 'kg-api' }).auth.jwksUrl).toBe('http://127.0.0.1:8080/keys');
    // A shared secret is this API's own: no audience is needed.
    expect(loadConfig({ AUTH_JWT_SECRET: 'a'.repeat(32) }).auth.audience).toBeNull();
  });

  it.each(['bolt://localhost:7687', 'neo4j://localhost', 'bolt+ssc://h:1'])('accepts the Neo4j URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
  });

  it.each([
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['False', false],
    ['0', false],
    ['NO', false],
  ])('reads the boolean %s as %p', (text, value) => {
    expect(loadConfig({ SEED_ON_EMPTY: text }).seedOnEmpty).toBe(value);
  });

  it('accepts the port range ends', () => {
    expect(loadConfig({ PORT: '1' }).port).toBe(1);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it.each([
    ['PORT', 'abc', 'a whole number from 1 to 65535'],
    ['PORT', '70000', 'a whole number from 1 to 65535'],
    ['PORT', '0', 'a whole number from 1 to 65535'],
    ['PORT', '-1', 'a whole number from 1 to 65535'],
    ['PORT', '80.5', 'a whole number from 1 to 65535'],
    ['NEO4J_EMBEDDED_PORT', '99999', 'a whole number from 1 to 65535'],
    ['NEO4J_URI', 'http://x', 'a URI with a scheme of neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc'],
    ['NEO4J_URI', 'localhost:7687', 'a URI with a scheme of'],
    ['SEED_ON_EMPTY', 'maybe', 'true or false'],
    ['HEALTH_STALL_MS', '10', 'a whole number from 1000 to 3600000'],
    ['ENABLE_IDE', 'on', 'true or false'],
    ['NEO4J_EMBEDDED_HEAP', 'lots', 'a size such as 512m or 1g'],
    ['NEO4J_EMBEDDED_HEAP', '1.5g', 'a size such as 512m or 1g'],
    ['NEO4J_TX_TIMEOUT_MS', '50', 'a whole number from 100 to 3600000'],
  ])('rejects %s=%s, naming the variable, what it expected and what it got', (name, value, expected) => {
    const error = configErrorFor({ [name]: value });
    expect(error.message).toContain(`${name}: expected ${expected}`);
    expect(error.message).toContain(`but got ${JSON.stringify(value)}`);
  });

  it('reports every problem in one error, one per line', () => {
    const error = configErrorFor({
      PORT: 'abc',
      NEO4J_URI: 'http://x',
      SEED_ON_EMPTY: 'maybe',
      NEO4J_EMBEDDED_HEAP: 'lots',
    });
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('invalid configuration:');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0])).toEqual(['PORT', 'NEO4J_URI', 'NEO4J_EMBEDDED_HEAP', 'SEED_ON_EMPTY']);
    for (const value of ['abc', 'http://x', 'maybe', 'lots']) {
      expect(error.message).toContain(`but got ${JSON.stringify(value)}`);
    }
  });

  it('reads the admission settings and the maximum token age (issue 16)', () => {
    const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '0', LIMIT_MAX_CONCURRENT: '8', LIMIT_MAX_QUEUED: '0', LIMIT_MAX_SELECTION_FIELDS: '100', AUTH_MAX_TOKEN_AGE: '8h' });
    expect(config.limits).toMatchObject({ rateLimitPerMinute: 0, maxConcurrent: 8, maxQueued: 0, maxSelectionFields: 100 });
    expect(config.auth.maxTokenAgeSeconds).toBe(8 * 3_600);
    expect(loadConfig({ AUTH_MAX_TOKEN_AGE: '3600' }).auth.maxTokenAgeSeconds).toBe(3_600);
  });

  it.each([
    ['false', false],
    ['0', false],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['loopback', ['loopback']],
  ])('reads TRUST_PROXY=%s as which proxies to believe', (text, expected) => {
    expect(loadConfig({ TRUST_PROXY: text }).limits.trustProxy).toEqual(expected);
  });

  it('refuses a TRUST_PROXY that names no proxy, and a token age that is not a duration', () => {
    expect(configErrorFor({ TRUST_PROXY: 'example.org' }).message).toContain('TRUST_PROXY: expected false, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges (10.0.0.0/8), but got "example.org"');
    expect(configErrorFor({ AUTH_MAX_TOKEN_AGE: 'a week' }).message).toContain('AUTH_MAX_TOKEN_AGE: expected a duration from 1 s to 365 d such as 3600, 90s, 30m, 8h or 7d, but got "a week"');
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ SOMETHING_ELSE: 'whatever' }).port).toBe(4000);
  });
});
