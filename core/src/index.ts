/** The zfxxgk core: no vscode, no transport. Server, CLI and preview all call this. */
export * from './formats';
export * from './service';
export * from './rules';
export { buildModel } from './model/build';
export type * from './model/types';
export { readCell, interpretCell, declaredUnitOf, type ColumnUnit, type MoneyUnit } from './model/cells';
export { LineIndex, type Position, type Range } from './text/positions';
export { labelKey, toHalfWidth, displayWidth } from './text/normalize';
export { RULES, RULE_CODES, isRuleCode, type RuleCode, type Severity, type RuleInfo } from './i18n/catalog';
export { normalizeLocale, pick, ruleMessage } from './i18n/locale';
export { reportSkeleton, type SkeletonCell, type SkeletonOptions } from './skeleton';
export { nextYearReport, type NextYearResult } from './nextYear';
export * as features from './features';
export { ReportIndex, agencyKey, identityOf, scanIdentity, type IndexedReport, type ReportIdentity } from './workspace';
export {
  decodeReport, findReportFiles, inMemoryWorkspace, isReportFileName, nodeWorkspace, ReadError, unreadableMessage, unreadableOf, Workspace,
  type ConfigFile, type FileSystem, type FoundFiles, type ReadReason, type ReportFile, type Unreadable,
} from './workspace';
export * from './config';
export * from './render';
export { productVersion } from './version';
