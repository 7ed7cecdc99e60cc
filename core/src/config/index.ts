export { CONFIG_FILE, EMPTY_CONFIG, parseConfig, severitiesFor, type ConfigOverride, type ZfxxgkConfig } from './config';
export { compileGlob, globToRegExp, matchesGlob, type GlobMatcher } from './glob';
export { atLeast, isSeverity, isSeverityLevel, SEVERITY_ORDER, type SeverityLevel } from './severity';
