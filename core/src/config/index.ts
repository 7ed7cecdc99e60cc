export { CONFIG_FILE, EMPTY_CONFIG, parseConfig, severitiesFor, type ZfxxgkConfig } from './config';
export { compileGlob, globToRegExp, matchesGlob } from './glob';
export { atLeast, countBySeverity, isSeverity, isSeverityLevel, SEVERITY_ORDER, type DiagnosticCounts, type SeverityLevel } from './severity';
