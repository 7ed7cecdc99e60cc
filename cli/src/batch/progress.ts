import type { Locale } from '../../../core/src';

/** A one-line progress report on a terminal (stderr), redrawn at most ten times a second. */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(private readonly total: number, private readonly locale: Locale, private readonly stream: NodeJS.WriteStream | undefined) {}

  update(done: number): void {
    if (!this.stream) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const percent = Math.floor((done * 100) / this.total);
    const width = 24;
    const filled = Math.round((done * width) / this.total);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const label = this.locale === 'zh-cn' ? `检查中 ${bar} ${done}/${this.total} 个文件（${percent}%）` : `checking ${bar} ${done}/${this.total} files (${percent}%)`;
    this.stream.write(`\r\x1b[K${label}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream?.write('\r\x1b[K');
  }
}
