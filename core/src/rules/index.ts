import type { Rule } from './context';
import { syntaxRule } from './syntax';
import { headerRule } from './header';
import { sectionsRule } from './sections';
import { tablesRule } from './tables';
import { cellsRule } from './cells';
import { arithmeticRule } from './arithmetic';
import { contentRule } from './content';

export * from './context';
export { evaluate, lookupCell, sumText, type CellLookup, type EquationResult } from './arithmetic';

/** Every single-report rule, in the order their diagnostics are listed. */
export const RULE_UNITS: Rule[] = [syntaxRule, headerRule, sectionsRule, tablesRule, cellsRule, arithmeticRule, contentRule];
