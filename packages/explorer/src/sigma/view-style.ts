/**
 * Reducer styling of diff mode and of a shortest path, applied after the year's visibility:
 * in diff mode an entity takes its status's colour; with a path found, its nodes are labelled and
 * drawn on top, its edges thick and coloured, and everything else faded (instead of the hover and
 * selection highlight).
 */

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { FADED_COLOR } from "../core/appearance/palette";
import { DIFF_COLORS, OFF_PATH_EDGE_COLOR, PATH_COLOR } from "../core/appearance/view-marks";
import type { DiffStatus } from "../core/diff/diff";
import type { DisplayEdge } from "../core/graph/display";
import type { ViewResult } from "../core/view/visible";

export interface ViewMarks {
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  diff: ReadonlyMap<string, DiffStatus> | null;
}

export function marksOf(view: ViewResult): ViewMarks {
  const path = view.path?.status === "found" ? { nodes: new Set(view.path.nodes), edges: new Set(view.path.edges) } : null;
  return { path, diff: view.diff };
}

/**
 * Restyle a drawn node (`out` is the reducer's copy of its data). True when a path is highlighted:
 * the path is then the focus, and hover and selection do not fade anything else.
 */
export function styleNode(marks: ViewMarks | undefined, key: string, out: Partial<NodeDisplayData>): boolean {
  const status = marks?.diff?.get(key);
  if (status) out.color = DIFF_COLORS[status];
  if (!marks?.path) return false;
  if (marks.path.nodes.has(key)) {
    out.forceLabel = true;
    out.highlighted = true;
    out.zIndex = 2;
  } else {
    out.color = FADED_COLOR;
    out.label = "";
    out.zIndex = 0;
  }
  return true;
}

/** Style of a drawn edge when a path is highlighted, else null (the usual style). */
export function styleEdge(marks: ViewMarks | undefined, key: string, data: DisplayEdge): Partial<EdgeDisplayData> | null {
  if (!marks?.path) return null;
  if (marks.path.edges.has(key)) return { ...data, color: PATH_COLOR, size: 4, zIndex: 2, type: "line" };
  return { ...data, color: OFF_PATH_EDGE_COLOR, zIndex: 0 };
}
