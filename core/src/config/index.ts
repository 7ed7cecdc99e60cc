export { CONFIG_FILE, EMPTY_CONFIG, parseConfig, severitiesFor, type ConfigOverride, type ZfxxgkConfig } from './config';
export { globToRegExp, matchesGlob } from './glob';
