import type { FromWebview, ToWebview } from '../protocol';

/**
 * Numbers typed into the rendered tables. A value cell (`td[data-cell]`, focusable) opens an
 * input on click, Enter, F2, Delete or a typed digit; Enter/Tab commit and open the next cell
 * (Shift: the previous one), Esc cancels, leaving the cell commits. Arrow keys move between
 * cells without editing. The value goes to the extension as `editCell`; the source edit and the
 * new marks come back as an ordinary update of the page.
 */

export interface EditorHost {
  post(message: FromWebview): void;
  /** The document version the page shows. */
  version(): number;
  /** A short note in the status line (a refused value). */
  note(text: string): void;
  label: string;
}

const EDITABLE = 'td[data-cell]';
const TYPED = /^[0-9０-９.．/／\-－]$/;

interface Editing { cell: HTMLElement; input: HTMLInputElement; original: string; saved: Node[] }

/** The cell's own value: its text nodes (last year's value and the change are in spans). */
function valueOf(cell: HTMLElement): string {
  return Array.from(cell.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue ?? '').join('');
}

function setValue(cell: HTMLElement, value: string): void {
  for (const node of Array.from(cell.childNodes)) if (node.nodeType === Node.TEXT_NODE) cell.removeChild(node);
  cell.insertBefore(document.createTextNode(value), cell.firstChild);
}

export class CellEditor {
  private editing: Editing | undefined;
  /** Values sent and not yet confirmed, by cell: put back if the extension refuses them. */
  private readonly pending = new Map<string, string>();

  constructor(private readonly root: HTMLElement, private readonly host: EditorHost) {
    root.addEventListener('keydown', (event) => this.onKey(event));
    root.addEventListener('focusout', (event) => {
      if (this.editing && event.target === this.editing.input) this.finish(true);
    });
  }

  /** Is this element (a click target) an editable cell or inside one? */
  cellAt(target: Element | null): HTMLElement | undefined {
    return target?.closest<HTMLElement>(EDITABLE) ?? undefined;
  }

  isEditing(target: Element | null): boolean {
    return !!this.editing && !!target && this.editing.cell.contains(target);
  }

  start(cell: HTMLElement, typed?: string): void {
    if (this.editing?.cell === cell) return;
    if (this.editing) this.finish(true);
    const original = valueOf(cell);
    const input = document.createElement('input');
    input.className = 'cell-input';
    input.value = typed ?? original;
    input.setAttribute('inputmode', 'decimal');
    input.setAttribute('aria-label', this.host.label);
    input.setAttribute('autocomplete', 'off');
    input.spellcheck = false;
    const saved = Array.from(cell.childNodes);
    // Marked so that an update arriving meanwhile leaves the input alone (morph skips it).
    cell.setAttribute('data-editing', '');
    cell.replaceChildren(input);
    this.editing = { cell, input, original, saved };
    input.focus();
    if (typed === undefined) input.select(); else input.setSelectionRange(input.value.length, input.value.length);
  }

  /** Close the input; commit sends the value when it changed. Returns the cell. */
  finish(commit: boolean): HTMLElement | undefined {
    const editing = this.editing;
    if (!editing) return undefined;
    this.editing = undefined;
    const { cell, input, original, saved } = editing;
    const value = input.value.trim();
    cell.removeAttribute('data-editing');
    cell.replaceChildren(...saved);
    if (commit && value !== original.trim() && cell.dataset.cell) {
      this.pending.set(cell.dataset.cell, original);
      setValue(cell, value);
      cell.classList.add('pending');
      this.host.post({ type: 'editCell', cell: cell.dataset.cell, value, version: this.host.version() });
    }
    return cell;
  }

  /** The extension's answer: a refused value is put back. */
  result(message: Extract<ToWebview, { type: 'editResult' }>): void {
    const cell = this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(message.cell)}"]`);
    const original = this.pending.get(message.cell);
    this.pending.delete(message.cell);
    if (!cell) return;
    cell.classList.remove('pending');
    if (!message.ok) {
      if (original !== undefined && !cell.hasAttribute('data-editing')) setValue(cell, original);
      if (message.message) this.host.note(message.message);
    }
  }

  /** After an update: the cells whose edits landed show the new text; nothing is pending any more. */
  updated(): void {
    this.pending.clear();
    for (const cell of Array.from(this.root.querySelectorAll('.pending'))) cell.classList.remove('pending');
  }

  private cells(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>(EDITABLE));
  }

  private move(from: HTMLElement, step: number, edit: boolean): void {
    const cells = this.cells();
    const next = cells[cells.indexOf(from) + step];
    if (!next) { from.focus(); return; }
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (edit) this.start(next); else next.focus();
  }

  /** The nearest cell straight above or below, in the same table. */
  private vertical(from: HTMLElement, direction: 1 | -1): void {
    const table = from.closest('table');
    const box = from.getBoundingClientRect();
    const centre = box.left + box.width / 2;
    let best: { cell: HTMLElement; distance: number } | undefined;
    for (const cell of Array.from(table?.querySelectorAll<HTMLElement>(EDITABLE) ?? [])) {
      const r = cell.getBoundingClientRect();
      const dy = direction > 0 ? r.top - box.bottom : box.top - r.bottom;
      if (dy < -1 || centre < r.left || centre > r.right) continue;
      if (!best || dy < best.distance) best = { cell, distance: dy };
    }
    if (best) { best.cell.scrollIntoView({ block: 'nearest', inline: 'nearest' }); best.cell.focus(); }
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (this.editing && target === this.editing.input) {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const cell = this.finish(true);
        if (cell) this.move(cell, event.shiftKey ? -1 : 1, true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.finish(false)?.focus();
      }
      return;
    }
    if (!target.matches?.(EDITABLE) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === 'F2') { event.preventDefault(); this.start(target); }
    else if (event.key === 'Delete' || event.key === 'Backspace') { event.preventDefault(); this.start(target, ''); }
    else if (TYPED.test(event.key)) { event.preventDefault(); this.start(target, event.key); }
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') { event.preventDefault(); this.move(target, event.key === 'ArrowRight' ? 1 : -1, false); }
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') { event.preventDefault(); this.vertical(target, event.key === 'ArrowDown' ? 1 : -1); }
  }
}
