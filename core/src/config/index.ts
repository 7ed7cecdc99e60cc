export { CONFIG_FILE, EMPTY_CONFIG, parseConfig, severitiesFor, type ConfigOverride, type ZfxxgkConfig } from './config';
export { compileGlob, globToRegExp, matchesGlob, type GlobMatcher } from './glob';
export { atLeast, countBySeverity, isSeverity, isSeverityLevel, SEVERITY_ORDER, type DiagnosticCounts, type SeverityLevel } from './severity';
