/**
 * Examples for docs/rules.md of codes whose behaviour needs more than one changed report (cross-year rules,
 * suppressions, …). Each entry names the test file that exercises it. Codes with a case in cases.ts need none.
 */
export interface DocExample { before?: string; example: string; message: string; testedIn: string }

export const EXTRA_EXAMPLES: Record<string, DocExample> = {};
