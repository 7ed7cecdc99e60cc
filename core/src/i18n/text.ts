import type { Locale, Localized } from '../formats';

/** The one way to write a text in both languages: Chinese first, English second. */
export function localized(zh: string, en: string): Localized {
  return { 'zh-cn': zh, en };
}

/** The one way to read a text in the user's language. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-cn'];
}

/** Inline form of `pick(localized(zh, en), locale)`, for texts built on the spot. */
export function say(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}
