/**
 * Appearance of diff mode and of a shortest path: a colour per diff status (new, advanced in
 * stage, unchanged, dropped), its name in the UI language, and the colours of a highlighted path.
 */

import type { DiffStatus } from "../diff/diff";
import { localeAtom, translate, type Locale } from "../i18n";

export const DIFF_COLORS: Readonly<Record<DiffStatus, string>> = {
  new: "#2f9e44",
  advanced: "#1971c2",
  unchanged: "#adb5bd",
  dropped: "#e03131",
};

/** A diff status's name in a UI language (the current one unless given). */
export function diffName(status: DiffStatus, locale: Locale = localeAtom.get()): string {
  return translate(locale, `diff.${status}`);
}

export const PATH_COLOR = "#d9480f";
/** Edges off the highlighted path. */
export const OFF_PATH_EDGE_COLOR = "#eceef1";
