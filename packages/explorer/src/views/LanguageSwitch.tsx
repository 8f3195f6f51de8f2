/**
 * The language switch in the header: one button per UI language (aria-pressed on the current
 * one), each named in its own language. The choice goes to the URL (?lang=) and <html lang>
 * (core/i18n).
 */

import { LANGUAGE_NAMES, LOCALES, setLocale, useT } from "../core/i18n";

export function LanguageSwitch() {
  const t = useT();
  return (
    <div className="language" role="group" aria-label={t("app.language")} data-testid="language">
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l === "zh" ? "zh-CN" : "en"} aria-pressed={t.locale === l} onClick={() => setLocale(l)} data-testid={`lang-${l}`}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
