import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { ROOT } from '../helpers/examples';
import { REPORTS_DIR } from '../helpers/imported';

/** scripts/check-third-party.mjs: only our own text in the repository (issue #13). */
const check = (...paths: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-third-party.mjs'), ...paths], { cwd: ROOT, encoding: 'utf8' });

describe('no text of a published report in the repository', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zfxxgk-third-party-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the examples, test fixtures, docs and README share no run of 14 characters with ../shared/domain/reports', () => {
    const run = check();
    assert.strictEqual(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /，0 处与已发布报告相同/);
  });

  it('finds a copied passage however it is spaced or piped, and names the file, line and report', () => {
    // A line of the published 2024 report, copied as a reader would (spaces of the PDF layout dropped).
    const published = fs.readFileSync(path.join(REPORTS_DIR, '2024-huaian-shi.txt'), 'utf8').split('\n');
    const line = published.find((l) => /[\u4e00-\u9fff]{20}/.test(l.replace(/\s/g, '')))!.replace(/\s+/g, '');
    const copied = path.join(dir, 'copied.zfxxgk');
    fs.writeFileSync(copied, `标题：某某县审计局2024年政府信息公开工作年度报告\n\n# 一、总体情况\n${line.slice(0, 10)} ${line.slice(10, 30)}\n`);
    const run = check(copied);
    assert.strictEqual(run.status, 1, run.stdout);
    assert.match(run.stdout, /copied\.zfxxgk:4: “2024年,[^”]*” 见于 \/ found in [\w.-]+\.txt\n/);
  });

  it('statutory labels, the fixed phrases of the allow list and zeros do not count', () => {
    const ours = path.join(dir, 'ours.zfxxgk');
    fs.writeFileSync(ours, [
      '某某县审计局依照《中华人民共和国政府信息公开条例》（以下简称《条例》）写出本报告，统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 0 | 0 | 0',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0',
    ].join('\n'));
    const run = check(ours);
    assert.strictEqual(run.status, 0, run.stdout);
  });
});
