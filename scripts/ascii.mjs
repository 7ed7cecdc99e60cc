// Makes a bundle pure ASCII. esbuild escapes non-ASCII characters in strings and templates but leaves regular
// expression literals verbatim, and one Chinese character in a regex (the core's punctuation classes) makes V8
// keep the whole bundle's source as a two-byte string: twice its size in the heap for as long as the process
// lives (dist/server.js: ≈ 1 MB instead of ≈ 0.5 MB; docs/benchmarks.md). Inside a regex literal `\uXXXX` means
// the same character, with or without the `u` flag (an astral character as its two surrogates, which a `u`
// regex reads as one code point again), so the rewrite changes no behaviour.
import ts from 'typescript';

/** `source` with every non-ASCII character of its regex literals escaped; `left` counts what stays (other contexts). */
export function escapeRegexLiterals(source) {
  if (!/[^\x00-\x7f]/.test(source)) return { text: source, escaped: 0, left: 0 };
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && /[^\x00-\x7f]/.test(node.text)) ranges.push([node.getStart(file), node.end]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = '';
  let at = 0;
  let escaped = 0;
  for (const [start, end] of ranges) {
    // An odd run of backslashes before the character is an identity escape (`\（` in a regex without `u`): it becomes the `\u` escape.
    text += source.slice(at, start) + source.slice(start, end).replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
      escaped++;
      return `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    at = end;
  }
  text += source.slice(at);
  const left = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
  return { text, escaped, left };
}
