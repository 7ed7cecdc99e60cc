import type { Rule } from './context';
import { syntaxRule } from './syntax';
import { headerRule } from './header';
import { sectionsRule } from './sections';
import { tablesRule } from './tables';
import { cellsRule } from './cells';
import { arithmeticRule } from './arithmetic';
import { contentRule } from './content';
import { textTableRule } from './text/tableMismatch';
import { importMarksRule } from './importMarks';
import { carryOverRule } from './crossYear/carryOver';
import { inForceRule } from './crossYear/inForce';
import { repetitionRule } from './crossYear/repetition';

export * from './context';
export { applySuppressions } from './suppressions';
export { extractClaims } from './text/claims';
export { findRepeats, proseSentences, sectionSentences } from './crossYear/sentences';
export { isBoilerplate } from './crossYear/boilerplate';
export { evaluate, lookupCell } from './arithmetic';

/** Every single-report rule, in the order their diagnostics are listed. */
export const RULE_UNITS: Rule[] = [syntaxRule, headerRule, sectionsRule, tablesRule, cellsRule, arithmeticRule, contentRule, textTableRule, importMarksRule];

/** Rules that read last year's report too; they do nothing without one. */
export const CROSS_YEAR_UNITS: Rule[] = [carryOverRule, inForceRule, repetitionRule];
