/**
 * Appearance of diff mode and of a shortest path: a colour per diff status (new, advanced in
 * stage, unchanged, dropped) and the colours of a highlighted path. Pure, no sigma.
 */

import type { DiffStatus } from "../diff/diff";

export const DIFF_COLORS: Readonly<Record<DiffStatus, string>> = {
  new: "#2f9e44",
  advanced: "#1971c2",
  unchanged: "#adb5bd",
  dropped: "#e03131",
};

export const DIFF_NAMES: Readonly<Record<DiffStatus, string>> = {
  new: "new 新出现",
  advanced: "advanced 阶段推进",
  unchanged: "unchanged 未变",
  dropped: "dropped 未再提及",
};

export const PATH_COLOR = "#d9480f";
/** Edges off the highlighted path. */
export const OFF_PATH_EDGE_COLOR = "#eceef1";
