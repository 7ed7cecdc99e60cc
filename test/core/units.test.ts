import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, declaredUnitOf, interpretCell, readCell } from '../../core/src';
import { FORMATS } from '../../core/src/formats';
import { decimalToString } from '../../core/src/model/decimal';
import { example, QINGSHI, SEED } from '../helpers/examples';

/**
 * Units per the report's own header (issue 11 item 6, docs/rules.md `cell.unit`): the 2019 national template prints no
 * unit for 采购总金额, some provinces' copies print 万元, and real reports under a unit-less header write 元.
 */
const HEADER = '采购总金额（单位：万元，保留4位小数）';
function procurement(header: string, ...rows: string[]): string {
  const seed = example(SEED);
  assert.ok(seed.includes(HEADER) && seed.includes('政府集中采购 | 2 | 576.76'));
  return seed.replace(HEADER, header).replace('政府集中采购 | 2 | 576.76', rows.join('\n'));
}
const units = (text: string, locale: 'zh-cn' | 'en' = 'zh-cn') => analyze(text, { locale }).diagnostics.filter((d) => d.code === 'cell.unit' || d.code === 'cell.decimals');
const amount = (text: string) => {
  const cell = analyze(text).model.tables.table2.rows.get('procurement')!.cells[1];
  return { value: decimalToString(cell.decimal!), unit: cell.money?.unit, basis: cell.money?.basis, problem: cell.problem };
};

describe('money units as the report\'s own header declares them', () => {
  it('reads the unit a header declares, and none where it declares none', () => {
    assert.strictEqual(declaredUnitOf('采购总金额（单位：万元，保留4位小数）'), '万元');
    assert.strictEqual(declaredUnitOf('本年收费金额(单位:万元)'), '万元');
    assert.strictEqual(declaredUnitOf('采购总金额（元）'), '元');
    assert.strictEqual(declaredUnitOf('采购总金额(单位：元)'), '元');
    assert.strictEqual(declaredUnitOf('采购总金额'), undefined);
    assert.strictEqual(declaredUnitOf('采购项目数量'), undefined);
  });

  it('header declares 万元: a 元 value is a warning with the converted amount', () => {
    const [d] = units(procurement(HEADER, '政府集中采购 | 2 | 251000元'));
    assert.match(d.message, /“采购总金额”单位为万元，“251000元”按元填写，应为 25\.1。/);
    assert.strictEqual(d.data.fixes[0].edits[0].newText, '25.1');
  });

  it('header declares none: an amount with 元 or 万元 is correct as written, normalised to 万元', () => {
    for (const [written, value] of [['251000元', '25.1'], ['75394432.52元', '7539.443252'], ['73802895.90元', '7380.28959'], ['25.1万元', '25.1']]) {
      const text = procurement('采购总金额', `政府集中采购 | 2 | ${written}`);
      assert.deepStrictEqual(units(text).map((d) => d.message), [], written);
      assert.deepStrictEqual(amount(text), { value, unit: written.endsWith('万元') ? '万元' : '元', basis: 'suffix', problem: undefined });
    }
    // No header line at all: the same.
    const noHeader = example(SEED).replace(/^信息内容 +\| 采购项目数量.*\n/m, '').replace('政府集中采购 | 2 | 576.76', '政府集中采购 | 2 | 251000元');
    assert.deepStrictEqual(units(noHeader), []);
    assert.strictEqual(amount(noHeader).value, '25.1');
  });

  it('header declares none: a bare number is read as 万元, still checked for magnitude, ambiguous only when the report mixes units', () => {
    const bare = procurement('采购总金额', '政府集中采购 | 2 | 576.76');
    assert.deepStrictEqual(units(bare), []);
    assert.deepStrictEqual(amount(bare), { value: '576.76', unit: '万元', basis: 'assumed', problem: undefined });
    assert.match(units(procurement('采购总金额', '政府集中采购 | 2 | 75394432.52'))[0].message, /为 75394432\.52 万元，数额异常，请确认是否误按元填写/);
    // Two amounts, one with 元 and one bare (the row written twice): the bare one is ambiguous.
    const mixed = units(procurement('采购总金额', '政府集中采购 | 2 | 251000元', '政府集中采购 | 1 | 25.1'));
    assert.deepStrictEqual(mixed.map((d) => d.message), ['“采购总金额”表头未注明单位，本报告另有金额写作“251000元”（元），“25.1”未注明单位，按万元读取：请写明“元”或“万元”。']);
    assert.strictEqual(mixed[0].related[0].message, '“251000元”按元填写');
    // Declared 万元, the same two amounts: no ambiguity, the 元 one is the slip.
    assert.deepStrictEqual(units(procurement(HEADER, '政府集中采购 | 2 | 251000元', '政府集中采购 | 1 | 25.1000')).map((d) => d.message), ['“采购总金额”单位为万元，“251000元”按元填写，应为 25.1。']);
  });

  it('header declares 元: bare amounts are 元 (normalised), a 万元 value is a warning', () => {
    const bare = procurement('采购总金额（单位：元）', '政府集中采购 | 2 | 75394432.52');
    assert.deepStrictEqual(units(bare), []);
    assert.deepStrictEqual(amount(bare), { value: '7539.443252', unit: '元', basis: 'header', problem: undefined });
    const [d] = units(procurement('采购总金额（元）', '政府集中采购 | 2 | 2.51万元'));
    assert.strictEqual(d.message, '“采购总金额”表头单位为元，“2.51万元”按万元填写，应为 25100。');
    assert.strictEqual(d.data.fixes[0].edits[0].newText, '25100');
    assert.strictEqual(units(procurement('采购总金额（元）', '政府集中采购 | 2 | 2.51万元'), 'en')[0].message, 'The header of "采购总金额" declares 元; "2.51万元" is in 万元 and should read 25100.');
  });

  it('declared decimals count in the header\'s unit; an amount with its own 元 suffix is exempt', () => {
    assert.deepStrictEqual(units(procurement('采购总金额（保留4位小数）', '政府集中采购 | 2 | 251000元')), []);
    assert.match(units(procurement('采购总金额（保留4位小数）', '政府集中采购 | 2 | 25.1'))[0].message, /表头要求保留 4 位小数，“25\.1”有 1 位/);
  });

  it('2021 format: the statutory label declares 万元, so 元 is still a warning without a header line', () => {
    const text = example(QINGSHI).replace(/^信息内容 +\| 本年收费金额.*\n/m, '').replace('行政事业性收费 | 78342.5', '行政事业性收费 | 783425000元');
    assert.match(units(text)[0].message, /“本年收费金额（单位：万元）”单位为万元，“783425000元”按元填写，应为 78342\.5/);
  });

  it('property: every amount is held exactly in 万元, whatever unit it is written and declared in', () => {
    const column = FORMATS['2019'].tables.table2.subTables.flatMap((t) => t.columns).find((c) => c.kind === 'money')!;
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 6 }), (scaled, scale) => {
      const digits = scaled.toString().padStart(scale + 1, '0');
      const written = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      const wan = (text: string, unit: '元' | '万元' | 'undeclared') => {
        const cell = interpretCell(readCell(text), column, unit);
        assert.strictEqual(cell.problem, undefined, `${text} under ${unit}`);
        return cell.decimal!.scaled * 10n ** BigInt(12 - cell.decimal!.scale); // compare at a common scale
      };
      const asWan = scaled * 10n ** BigInt(12 - scale);
      const asYuan = scaled * 10n ** BigInt(8 - scale); // ÷ 10^4
      assert.strictEqual(wan(`${written}元`, 'undeclared'), asYuan);
      assert.strictEqual(wan(`${written}万元`, 'undeclared'), asWan);
      assert.strictEqual(wan(written, 'undeclared'), asWan);
      assert.strictEqual(wan(written, '元'), asYuan);
      assert.strictEqual(wan(`${written}元`, '元'), asYuan);
      assert.strictEqual(wan(written, '万元'), asWan);
      assert.strictEqual(wan(`${written}万元`, '万元'), asWan);
      assert.strictEqual(interpretCell(readCell(`${written}元`), column, '万元').problem, 'unitYuan');
      assert.strictEqual(interpretCell(readCell(`${written}万元`), column, '元').problem, 'unitWanYuan');
    }));
  });
});
