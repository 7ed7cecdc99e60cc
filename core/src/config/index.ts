export { CONFIG_FILE, EMPTY_CONFIG, parseConfig, severitiesFor, type ConfigOverride, type ZfxxgkConfig } from './config';
export { compileGlob, globToRegExp, matchesGlob, type GlobMatcher } from './glob';
