// Configuration from the environment.
export { loadConfig, ConfigError, DEFAULT_LIMITS, DEFAULT_SUBSCRIPTIONS, DEFAULT_MAX_CONNECTIONS_PER_CLIENT } from './config';
export type { Config, SubscriptionSettings } from './config';
