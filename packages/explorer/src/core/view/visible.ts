/**
 * What the explorer draws, as one pure function of the dataset and the view state: time (the
 * year and mode, or the two years of diff mode), then the filters, then the ego network, and the
 * shortest path (highlighted among what is drawn). The sigma reducers draw exactly computeView's
 * sets, and visibleElements (for exports) lists the same sets, so the two cannot disagree.
 */

import type { Modality, Stage } from "@policy-kg/extractor";
import { eventYear, isEntityNode, type ViewMode } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { applyFilters, NO_FILTERS, type FilterContext, type Filters, type KeySets } from "../filters/filters";
import { egoNetwork, shortestPath, type Ego, type PathEnds, type PathResult } from "../ego/ego";
import { diffBase, diffStatuses, type DiffStatus, type DiffYears } from "../diff/diff";
import { stageAt } from "../time/timeline";

export interface ViewState {
  year: number | null;
  mode: ViewMode;
  filters: Filters;
  ego: Ego | null;
  path: PathEnds | null;
  /** ego and path also follow MENTIONED_IN edges */
  mentions: boolean;
  /** diff mode between two years (replaces year and mode) */
  diff: DiffYears | null;
}

export const DEFAULT_VIEW_STATE: ViewState = { year: null, mode: "cumulative", filters: NO_FILTERS, ego: null, path: null, mentions: false, diff: null };

export interface ViewResult extends KeySets {
  /** the shortest path asked for, among the drawn nodes; null when none is asked for (or both ends are one node) */
  path: PathResult | null;
  /** diff mode: status of each entity of the diff */
  diff: ReadonlyMap<string, DiffStatus> | null;
}

export interface VisibleElements {
  /** drawn nodes, in the display graph's order */
  nodes: string[];
  /** drawn edges, in the display graph's order */
  edges: string[];
  /** the highlighted shortest path, if one is asked for and found */
  path: { nodes: string[]; edges: string[] } | null;
}

/** The year stages are read in, and which years' statements count, for the state's time. */
interface Window {
  stageYear: number | null;
  stageMode: ViewMode;
  placed: (year: number) => boolean;
}

function timeWindow(state: ViewState): Window {
  const { diff, year, mode } = state;
  if (diff) return { stageYear: diff.to, stageMode: "cumulative", placed: (y) => y === diff.from || y === diff.to };
  if (year === null) return { stageYear: null, stageMode: mode, placed: () => true };
  return { stageYear: year, stageMode: mode, placed: mode === "year" ? (y) => y === year : (y) => y <= year };
}

function baseSets(dataset: Dataset, state: ViewState): KeySets {
  if (state.diff) return diffBase(dataset.view(state.diff.from, "year"), dataset.view(state.diff.to, "year"));
  if (state.year === null) return { nodes: new Set(dataset.display.nodes()), edges: new Set(dataset.display.edges()) };
  return dataset.view(state.year, state.mode);
}

function filterContext(dataset: Dataset, window: Window): FilterContext {
  const modalities = new Map<string, Set<Modality>>();
  return {
    stage: (key): Stage | null => (window.stageYear === null ? null : stageAt(dataset.timeline, key, window.stageYear, window.stageMode)),
    modalities: (key) => {
      let set = modalities.get(key);
      if (set) return set;
      set = new Set();
      const node = dataset.graph.hasNode(key) ? dataset.graph.getNodeAttributes(key) : null;
      if (node && isEntityNode(node)) {
        for (const e of node.events) {
          const y = eventYear(e);
          if (e.modality !== null && y !== null && window.placed(y)) set.add(e.modality);
        }
      }
      modalities.set(key, set);
      return set;
    },
  };
}

export function computeView(dataset: Dataset, state: ViewState): ViewResult {
  const { display } = dataset;
  let shown = applyFilters(display, baseSets(dataset, state), state.filters, filterContext(dataset, timeWindow(state)));
  if (state.ego) shown = egoNetwork(display, shown, state.ego, { mentions: state.mentions });
  // a path from a node to itself is a half-chosen path: nothing to highlight yet
  const path = state.path && state.path.from !== state.path.to ? shortestPath(display, shown, state.path, { mentions: state.mentions }) : null;
  return { ...shown, path, diff: state.diff ? diffStatuses(dataset.graph, state.diff) : null };
}

/** Exactly what is drawn for a state: the nodes and edges, and the highlighted path. */
export function visibleElements(dataset: Dataset, state: ViewState): VisibleElements {
  const view = computeView(dataset, state);
  return {
    nodes: dataset.display.filterNodes((key) => view.nodes.has(key)),
    edges: dataset.display.filterEdges((key) => view.edges.has(key)),
    path: view.path?.status === "found" ? { nodes: view.path.nodes, edges: view.path.edges } : null,
  };
}
