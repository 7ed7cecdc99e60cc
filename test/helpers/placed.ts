import * as assert from 'assert';
import { detectKind, importText, type InputKind } from '../../core/src/import';
import { generateReport, random } from './generated';
import { errorsOf, numbersOf } from './imported';
import { writeMarkdown, type Shape } from './markdownShapes';

/**
 * A generated report cut into a shape (markdownShapes.ts), written as Markdown or through `convert`
 * (e.g. as a web page), imported: every generated number is in exactly its cell, or its row is
 * reported unplaced with exactly those numbers.
 */
export function assertPlaced(seed: number, version: '2019' | '2021', shape: Shape, convert?: { kind: InputKind; write: (markdown: string) => string }): void {
  const report = generateReport(seed, version);
  const { text: markdown, dropped } = writeMarkdown(report, shape, random(seed + 1));
  const source = convert ? convert.write(markdown) : markdown;
  assert.strictEqual(detectKind(source), convert?.kind ?? 'markdown');
  const { text, summary } = importText(source);
  const numbers = numbersOf(text);
  const context = `seed ${seed} ${version} ${JSON.stringify(shape)}\n${source}\n---\n${text}`;
  for (const [key, expected] of Object.entries(report.cells)) {
    if (dropped?.key === key) {
      assert.strictEqual(numbers[key], undefined, `${key} must not be shifted: ${context}`);
      assert.ok(summary.unplaced.includes([dropped.label, ...dropped.cells].join(' | ')), `${key} reported: ${summary.unplaced} ${context}`);
      continue;
    }
    assert.deepStrictEqual(numbers[key], expected, `${key}: ${context}`);
  }
  if (!dropped) {
    assert.deepStrictEqual(summary.unplaced, [], context);
    assert.deepStrictEqual([summary.rows.found, summary.rows.expected], [summary.rows.expected, summary.rows.expected], context);
    // The numbers add up, so the arithmetic, now running on the import, finds nothing.
    assert.deepStrictEqual(errorsOf(text).filter((e) => /^table\d/.test(e)), [], context);
  } else {
    assert.ok(errorsOf(text).some((e) => e.startsWith('import.unplaced ')), context);
  }
}
