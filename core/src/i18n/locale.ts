import type { Locale } from '../formats';
import { RULES, type RuleCode } from './catalog';
import { pick } from './text';

export { pick } from './text';

/** VS Code / LANG locale strings to ours: any Chinese → zh-cn, everything else → en. */
export function normalizeLocale(value: string | undefined | null): Locale {
  if (!value) return 'zh-cn';
  return /^zh/i.test(value.trim()) ? 'zh-cn' : 'en';
}

export type MessageParams = Record<string, string | number>;

export function format(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function ruleMessage(code: RuleCode, variant: string, params: MessageParams, locale: Locale): string {
  const { messages } = RULES[code];
  const template = messages[variant] ?? messages.default;
  if (!template) return code;
  return format(pick(template, locale), params);
}
