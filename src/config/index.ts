// Configuration from the environment.
export { loadConfig, ConfigError, DEFAULT_LIMITS } from './config';
export type { Config } from './config';
