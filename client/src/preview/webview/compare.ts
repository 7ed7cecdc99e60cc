import type { Comparison } from '../protocol';

/**
 * The comparison toggle in the preview's status line: last year's value, or the change since,
 * under each number (when the workspace holds last year's report of the same agency). The
 * values are in the HTML already (span.previous, span.change); the toggle only shows them.
 */

const MODES: Comparison[] = ['off', 'previous', 'change'];

export interface CompareLabels { off: string; previous: string; change: string; title: string }

export class CompareToggle {
  readonly button: HTMLButtonElement;
  private year: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private mode: Comparison,
    private readonly labels: CompareLabels,
    private readonly changed: (mode: Comparison) => void,
  ) {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.id = 'zfxxgk-compare';
    this.button.className = 'zfxxgk-compare';
    this.button.addEventListener('click', () => this.set(MODES[(MODES.indexOf(this.mode) + 1) % MODES.length]));
  }

  /** A render arrived: is last year's report known, and of which year? */
  available(year: number | undefined): void {
    this.year = year;
    this.button.hidden = year === undefined;
    this.apply();
  }

  set(mode: Comparison): void {
    this.mode = mode;
    this.apply();
    this.changed(mode);
  }

  private apply(): void {
    const shown = this.year === undefined ? 'off' : this.mode;
    this.root.classList.toggle('compare-previous', shown === 'previous');
    this.root.classList.toggle('compare-change', shown === 'change');
    const label = this.labels[this.mode];
    this.button.textContent = `${this.labels.title.replace('{0}', String(this.year ?? ''))}：${label}`;
    this.button.setAttribute('aria-pressed', String(this.mode !== 'off'));
  }
}
