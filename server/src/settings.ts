import type { Connection } from 'vscode-languageserver';
import { columnNamesMode, isRuleCode, normalizeLocale, type ColumnNamesMode, type Locale, type SeverityOverrides } from '../../core/src';

export interface ServerSettings {
  locale: Locale;
  severities: SeverityOverrides;
  /** zfxxgk.inlayHints.columnNames: `自然:` (compact) or `自然人:` (full) before each number; `true`/`false` of old settings mapped. */
  inlayColumnNames: ColumnNamesMode;
}

/** Settings come from initializationOptions first, then from workspace/configuration (`zfxxgk`). */
export class SettingsStore {
  current: ServerSettings;
  private displayLanguage: string | undefined;

  constructor(initializationOptions: { locale?: string; settings?: RawSettings } | undefined) {
    this.displayLanguage = initializationOptions?.locale;
    this.current = this.resolve(initializationOptions?.settings);
  }

  async refresh(connection: Connection, supportsConfiguration: boolean): Promise<void> {
    if (!supportsConfiguration) return;
    const raw = (await connection.workspace.getConfiguration('zfxxgk').catch(() => undefined)) as RawSettings | undefined;
    this.current = this.resolve(raw);
  }

  update(raw: RawSettings | undefined): void { this.current = this.resolve(raw); }

  private resolve(raw: RawSettings | undefined): ServerSettings {
    const localeSetting = raw?.locale && raw.locale !== 'auto' ? raw.locale : this.displayLanguage;
    return {
      locale: normalizeLocale(localeSetting),
      severities: Object.fromEntries(Object.entries(raw?.rules ?? {}).filter(([code]) => isRuleCode(code))) as SeverityOverrides,
      inlayColumnNames: columnNamesMode(raw?.inlayHints?.columnNames),
    };
  }
}

export interface RawSettings { locale?: string; rules?: Record<string, string>; inlayHints?: { columnNames?: string | boolean } }
