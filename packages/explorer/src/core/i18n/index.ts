/**
 * The UI language: a `locale` atom ("zh" | "en"), started from the URL's `?lang=` or the
 * browser's language, and kept in the URL and in `<html lang>` when it changes. `t(key, params)`
 * reads the current locale; `useT()` gives components a `t` that re-renders them on a switch.
 * Kept in the query string (not the hash with the view state), so it is known before the
 * snapshot loads and the hash sync (core/url) leaves it alone.
 */

import { useMemo } from "react";
import { atom, useAtomValue } from "../utils/atoms";
import { HTML_LANG, pickLocale, translate, type Locale, type MessageKey, type MessageParams } from "./translate";

export { LANGUAGE_NAMES, LOCALES, isLocale, nameOf, pickLocale, translate, type Locale, type MessageKey, type MessageParams } from "./translate";

export const LANG_PARAM = "lang";

function initialLocale(): Locale {
  if (typeof window === "undefined") return "en";
  return pickLocale(new URLSearchParams(window.location.search).get(LANG_PARAM), window.navigator?.language);
}

export const localeAtom = atom<Locale>(initialLocale());

export function setLocale(locale: Locale): void {
  localeAtom.set(locale);
}

/** A message in the current locale. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(localeAtom.get(), key, params);
}

export type Translate = ((key: MessageKey, params?: MessageParams) => string) & { readonly locale: Locale };

/** `t` for a component, bound to the current locale (the component re-renders when it changes). */
export function useT(): Translate {
  const locale = useAtomValue(localeAtom);
  return useMemo(() => Object.assign((key: MessageKey, params?: MessageParams) => translate(locale, key, params), { locale }), [locale]);
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = HTML_LANG[locale];
  document.title = translate(locale, "app.title");
}

/** The URL with `lang=<locale>` in its query string, the rest (path, other parameters, hash) kept. */
export function withLangParam(href: string, locale: Locale): string {
  const url = new URL(href);
  url.searchParams.set(LANG_PARAM, locale);
  return url.href;
}

let started = false;

/** `<html lang>` and the title follow the locale; a switch is written to the URL (replaceState). */
export function startLocaleSync(): void {
  if (started || typeof document === "undefined") return;
  started = true;
  applyToDocument(localeAtom.get());
  localeAtom.subscribe((locale) => {
    applyToDocument(locale);
    const next = withLangParam(window.location.href, locale);
    if (next !== window.location.href) window.history.replaceState(window.history.state, "", next);
  });
}
