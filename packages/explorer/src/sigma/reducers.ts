/**
 * Sigma reducers: what each node and edge looks like for the current state, computed at render
 * time (the graph's data is never changed). Hidden when not present in the year's view; labelled
 * with the entity's stage in that year; coloured by diff status and faded off a highlighted path
 * (view-style.ts); faded when a node is hovered or selected and it is not that node or a
 * neighbour of it. The view's sets come from computeView (core/view), filters and ego included.
 * Stage names are in the UI language (state.locale, else the current one).
 */

import type { Stage } from "@policy-kg/extractor";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { FADED_COLOR, stageName } from "../core/appearance/palette";
import type { Locale } from "../core/i18n";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../core/graph/display";
import type { View } from "../core/time/timeline";
import { styleEdge, styleNode, type ViewMarks } from "./view-style";

export interface ReducerState {
  view: View | null;
  /** hovered node, else the selected one */
  focus: string | null;
  /** focus and its neighbours */
  neighbourhood: ReadonlySet<string>;
  selected: string | null;
  stage: (key: string) => Stage | null;
  /** diff statuses and the highlighted path (see view-style.ts) */
  marks?: ViewMarks;
  /** language of the stage names in labels (default: the current UI language) */
  locale?: Locale;
}

export function neighbourhoodOf(display: DisplayGraph, key: string | null): Set<string> {
  if (key === null || !display.hasNode(key)) return new Set();
  return new Set([key, ...display.neighbors(key)]);
}

export function labelWithStage(label: string, stage: Stage | null, locale?: Locale): string {
  return stage === null || stage === "mentioned" ? label : `${label} · ${stageName(stage, locale)}`;
}

export function nodeReducer(state: ReducerState, key: string, data: DisplayNode): Partial<NodeDisplayData> {
  const out: Partial<NodeDisplayData> & DisplayNode = { ...data };
  if (state.view && !state.view.nodes.has(key)) return { ...out, hidden: true };
  out.label = labelWithStage(data.label, state.stage(key), state.locale);
  if (styleNode(state.marks, key, out)) return out;
  if (state.focus !== null && !state.neighbourhood.has(key)) {
    out.color = FADED_COLOR;
    out.label = "";
    out.zIndex = 0;
  } else if (state.focus !== null) {
    out.zIndex = 1;
    out.forceLabel = key === state.focus || key === state.selected;
  }
  if (key === state.selected) out.highlighted = true;
  return out;
}

export function edgeReducer(state: ReducerState, display: DisplayGraph, key: string, data: DisplayEdge): Partial<EdgeDisplayData> {
  const atFocus = state.focus !== null && display.hasExtremity(key, state.focus);
  // an edge at the focus is in the default program even while hidden: a year change under a hover
  // or selection rewrites edges in place, in the program they were indexed in (partial-refresh.ts)
  if (state.view && !state.view.edges.has(key)) return atFocus ? { ...data, hidden: true, type: "line" } : { ...data, hidden: true };
  const marked = styleEdge(state.marks, key, data);
  if (marked) return marked;
  if (state.focus !== null) {
    if (!atFocus) return { ...data, hidden: true };
    // a thin edge is drawn one pixel wide whatever its size: a highlighted one gets its width back
    return { ...data, color: "#4a5568", size: Math.max(1, data.size), zIndex: 1, type: "line" };
  }
  return { ...data };
}
