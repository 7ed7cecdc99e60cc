/**
 * Patch `from` in place until it matches `to`: attributes, text and children, position by
 * position. Unchanged nodes stay (so do scroll position, selection and focus); only what
 * differs is touched. Rows and blocks keep their order, so position is a good enough key.
 */
export function morph(from: Element, to: Element): void {
  syncAttributes(from, to);
  const target = Array.from(to.childNodes);
  for (let i = 0; i < target.length; i++) {
    const want = target[i];
    const have = from.childNodes[i];
    if (!have) { from.appendChild(want.cloneNode(true)); continue; }
    if (have.nodeType !== want.nodeType || have.nodeName !== want.nodeName) { from.replaceChild(want.cloneNode(true), have); continue; }
    // A cell being edited keeps its input (and focus) until the author leaves it.
    if (have.nodeType === Node.ELEMENT_NODE && (have as Element).hasAttribute('data-editing')) { syncAttributes(have as Element, want as Element); continue; }
    if (have.nodeType === Node.ELEMENT_NODE) morph(have as Element, want as Element);
    else if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
  }
  while (from.childNodes.length > target.length) from.removeChild(from.lastChild!);
}

function syncAttributes(from: Element, to: Element): void {
  for (const name of from.getAttributeNames()) if (!to.hasAttribute(name) && name !== 'style' && name !== 'data-editing') from.removeAttribute(name);
  for (const name of to.getAttributeNames()) {
    const value = to.getAttribute(name)!;
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
}
