import type { HeaderKey, ReportModel } from './types';

/** The value of the report's first `key` field (标题：…), trimmed; undefined when not written or empty. */
export function headerValue(model: ReportModel, key: HeaderKey): string | undefined {
  const value = model.header.find((f) => f.key === key)?.value.text.trim();
  return value || undefined;
}
