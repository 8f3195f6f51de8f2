/**
 * Year and mode changes redraw only what they change. When the reducer state differs from the
 * previous one only in what is drawn and the stages shown (same focus, selection and every other
 * field; no highlighted path or diff statuses), the nodes to reduce again are those that appear,
 * disappear or, drawn in both, change stage; the edges those that appear or disappear. sigma
 * reduces just these again and rewrites them in place in its WebGL buffers (skipIndexation)
 * instead of reducing every node and edge. Only a full indexation rebuilds sigma's label grid
 * (which labels have room to be drawn), so one runs once the view has rested for SETTLE_MS.
 */

import type Sigma from "sigma";
import type { DisplayEdge, DisplayNode } from "../core/graph/display";
import type { ReducerState } from "./reducers";

export const SETTLE_MS = 250;

export interface Changes {
  nodes: string[];
  edges: string[];
}

const added = (from: ReadonlySet<string>, to: ReadonlySet<string>, out: string[]) => {
  for (const key of to) if (!from.has(key)) out.push(key);
};

/** Fields of the state that are made anew each time but follow from the others (neighbourhood from focus) or are compared here. */
const DERIVED = new Set(["view", "stage", "neighbourhood", "marks"]);

/** The nodes and edges whose reduced look differs between two states, or null when that is not only a matter of the view. */
export function viewChanges(previous: ReducerState, next: ReducerState): Changes | null {
  const [a, b] = [previous.view, next.view];
  if (!a || !b || previous.marks?.path || next.marks?.path || previous.marks?.diff || next.marks?.diff) return null;
  // any other difference (focus, selection, and whatever later fields the reducers read) restyles everything
  for (const key of Object.keys(next) as (keyof ReducerState)[]) if (!DERIVED.has(key) && !Object.is(previous[key], next[key])) return null;
  const nodes: string[] = [];
  added(a.nodes, b.nodes, nodes);
  added(b.nodes, a.nodes, nodes);
  for (const key of b.nodes) if (a.nodes.has(key) && previous.stage(key) !== next.stage(key)) nodes.push(key);
  const edges: string[] = [];
  added(a.edges, b.edges, edges);
  added(b.edges, a.edges, edges);
  return { nodes, edges };
}

/** Redraws of one sigma instance: `update` is true when it could redraw only the changes. */
export function partialRefresher(sigma: Sigma<DisplayNode, DisplayEdge>): { update(previous: ReducerState, next: ReducerState): boolean; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const settle = () => {
    timer = null;
    // nothing to reduce again; the indexation (label grid, buffers in draw order) runs at the next frame
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, schedule: true });
  };
  return {
    update(previous, next) {
      const changes = viewChanges(previous, next);
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (!changes) return false;
      sigma.refresh({ partialGraph: changes, skipIndexation: true, schedule: true });
      timer = setTimeout(settle, SETTLE_MS);
      return true;
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}
