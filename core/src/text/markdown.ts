/**
 * Author text inside markdown (hover, anything else the server shows as markdown): every ASCII
 * punctuation character is backslash-escaped, which CommonMark (§2.4) defines as the literal
 * character. So a label `![t](https://example.invalid/px.png)` shows as typed: no image is
 * fetched, no link, emphasis, heading, list, table, HTML tag or autolink (`https\://`) forms.
 * Line breaks become spaces, so author text cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
