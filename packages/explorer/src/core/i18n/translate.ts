/**
 * The explorer's UI languages and the pure part of translation: the locale from a `lang` URL
 * parameter or the browser's language, and a message looked up in a catalogue with `{name}`
 * placeholders filled in. Document text and entity names are data and never pass through here.
 */

import { en, type MessageKey, type Messages } from "./messages.en";
import { zh } from "./messages.zh";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { zh, en };

/** Each language's name in that language (the switch shows them the same in either locale). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { zh: "中文", en: "English" };

/** The value of `<html lang>` for a locale. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { zh: "zh-CN", en: "en" };

export type MessageParams = Readonly<Record<string, string | number>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale to start in: the `lang` parameter when it names one ("zh" or "en", any case), else
 * Chinese when the browser's language starts with "zh", else English.
 */
export function pickLocale(param: string | null | undefined, browserLanguage: string | null | undefined): Locale {
  const p = param?.trim().toLowerCase();
  if (isLocale(p)) return p;
  return browserLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** `{name}` placeholders replaced by params[name]; a placeholder without a param stays as written. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(CATALOGUES[locale][key], params);
}

/** The message of `<prefix><value>` when the catalogue has one (a vocabulary name), else the value as it is. */
export function nameOf(locale: Locale, prefix: string, value: string): string {
  const key = `${prefix}${value}`;
  return Object.hasOwn(CATALOGUES[locale], key) ? CATALOGUES[locale][key as MessageKey] : value;
}

/** The `{name}` placeholders of a message, in order of appearance (for the catalogue test). */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

export type { MessageKey, Messages };
