// Configuration from the environment.
export { loadConfig, ConfigError, DEFAULT_LIMITS, DEFAULT_SUBSCRIPTIONS } from './config';
export type { Config, SubscriptionSettings } from './config';
