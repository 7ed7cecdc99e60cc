import type { RuleCode } from '../../../core/src';

/**
 * Examples for docs/rules.md of codes whose behaviour needs more than one changed report (cross-year rules,
 * suppressions, …). Each entry names the test file that exercises it. Codes with a case in cases.ts need none.
 */
export interface DocExample { before?: string; example: string; message: string; testedIn: string }

const ACROSS = 'Needs last year\'s report of the same 机关 in the workspace (VS Code: any *.zfxxgk of the workspace folders; CLI: the files given to `zfxxgk check`). '
  + 'Without exactly one such report the rule is silent. See docs/batch.md.';

export const EXTRA_EXAMPLES: Partial<Record<RuleCode, DocExample>> = {
  'crossYear.carryOver': {
    before: `${ACROSS} Example — 白鹭市 2024 (examples/bailu) with 上年结转 written as 98 while the 2023 report carried 99 over:`,
    example: '%% examples/bailu/2023-bailu-shi.zfxxgk\n四、结转下年度继续办理 | 96 | 2 | 0 | 0 | 1 | 0 | 99\n%% examples/bailu/2024-bailu-shi.zfxxgk\n二、上年结转政府信息公开申请数量 | 96 | 2 | 0 | 0 | 1 | 0 | 98',
    message: '35:45 “总计”列：上年结转为 98，2023 年度报告的“结转下年度继续办理”为 99（99 ≠ 98）。机构改革等口径调整可用忽略注释说明。\n>\n> Column "总计": carried in is 98, but the 2023 report carried 99 over (99 ≠ 98). A change of scope (e.g. a reorganisation) can be explained with a suppression comment.\n\nRelated information: the cell in last year\'s file. Quick fix: 改为上年结转下年度的 99.',
    testedIn: 'test/core/crossYear.test.ts, test/protocol/workspace.test.ts',
  },
  'crossYear.inForce': {
    before: `${ACROSS} 2021 format in both years only. Example — 白鹭市 2024 with 规章 现行有效 written as 14:`,
    example: '%% 2023: 规章 | 3 | 0 | 13\n规章           | 1 | 2 | 14',
    message: '20:24 “规章”现行有效件数应为 上年现行有效 + 本年制发 − 本年废止 = 13 + 1 − 2 = 12，实为 14（上年见 2023 年度报告）。\n>\n> "规章": in force should be last year\'s in force + issued − repealed = 13 + 1 − 2 = 12; found 14 (last year: the 2023 report).\n\nQuick fix: 改为 13 + 1 − 2 = 12.',
    testedIn: 'test/core/crossYear.test.ts',
  },
  'repeat.lastYear': {
    before: `${ACROSS} Each prose section's sentences are compared with all of last year's prose (numbers masked, so 2023年 = 2024年; `
      + 'near-identical sentences count: character-bigram similarity ≥ 0.85; numbered sub-headings do not count). Reported on the section heading when more than half '
      + 'of its characters repeat. What counts is substance: the standard statements that belong in a report every year are set aside — '
      + '“无其他需要报告的事项” and the processing-fee statement when none was collected (“2024年，无收取信息处理费情况。”, “本机关未收取任何费用。”, '
      + 'with its year or subject changed) — and a section left with fewer than two sentences is not judged (one sentence, even copied, '
      + 'is the author\'s call). Example — 白鹭市 2024 with section 五 copied from 2023:',
    example: '# 五、存在的主要问题及改进情况\n2023年，白鹭市政务公开工作仍有不足。……',
    message: '70:3 本部分 100% 的文字与 2023 年度报告相同或几乎相同（8/8 句）；超过一半时评估会扣分。重复的句子见“相关信息”。\n>\n> 100% of this section repeats the 2023 report (8 of 8 sentences); evaluators deduct above half. The repeated sentences are listed under related information.',
    testedIn: 'test/core/repetition.test.ts (also: seven years of a made-up agency with the same one-line section 六 get no note)',
  },
};
