/**
 * The graph an export of the current view is made of: the snapshot graph cut in time the way the
 * view is (graphAsOf for a year and mode; graphBetween for the two years of diff mode, which
 * also keeps the statements of the years between them), then restricted to exactly the nodes and
 * edges visibleElements says are drawn (so Year nodes, never drawn, are left out). Also the
 * filters record the export carries: year and mode (or from and to) as @policy-kg/graph reads
 * them, plus the explorer's own filters, ego network, path and caption under `view`. Pure.
 */

import { countGraph, graphAsOf, graphBetween, type ExportFilters, type NodeKind, type PolicyGraph } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { visibleElements, type ViewState, type VisibleElements } from "../view/visible";

/** The explorer's part of an export's filters record (keys are snapshot node keys). */
export interface ExplorerView {
  caption: string;
  /** the link that reproduces the view, when known */
  url: string | null;
  place: string | null;
  strategy: string | null;
  document: string | null;
  stages: string[] | null;
  modalities: string[] | null;
  ego: { node: string; depth: number } | null;
  path: { from: string; to: string } | null;
  mentions: boolean;
  diff: { from: number; to: number } | null;
  /** what was drawn: the export holds exactly these */
  drawn: { nodes: number; edges: number };
}

export type ViewExportFilters = ExportFilters & { view: ExplorerView };

/** The snapshot graph at the view's time (a copy: the dataset's graph is never changed). */
function inTime(graph: PolicyGraph, state: ViewState): PolicyGraph {
  if (state.diff) return graphBetween(graph, { from: state.diff.from, to: state.diff.to });
  if (state.year === null) return graph.copy();
  return graphAsOf(graph, { year: state.year, mode: state.mode });
}

/**
 * The snapshot graph restricted to what the view draws. A drawn node or edge that the time cut
 * does not hold would be a disagreement between the explorer and @policy-kg/graph: it throws.
 */
export function viewGraph(dataset: Dataset, state: ViewState, visible: VisibleElements = visibleElements(dataset, state)): PolicyGraph {
  const out = inTime(dataset.graph, state);
  const nodes = new Set(visible.nodes);
  const edges = new Set(visible.edges);
  for (const key of nodes) if (!out.hasNode(key)) throw new Error(`drawn node ${key} is not in the graph at the view's time`);
  for (const key of edges) if (!out.hasEdge(key)) throw new Error(`drawn edge ${key} is not in the graph at the view's time`);
  for (const key of out.filterNodes((k) => !nodes.has(k))) out.dropNode(key);
  for (const key of out.filterEdges((k) => !edges.has(k))) out.dropEdge(key);
  out.setAttribute("counts", countGraph(out));
  return out;
}

/** The filters record of an export of the view: time as @policy-kg/graph reads it (it sets the GEXF spells' window), the rest under `view`. */
export function viewExportFilters(state: ViewState, options: { caption: string; url?: string | null; visible: VisibleElements }): ViewExportFilters {
  const { filters } = state;
  const time: ExportFilters = state.diff ? { from: state.diff.from, to: state.diff.to } : state.year === null ? {} : { year: state.year, mode: state.mode };
  // the explorer's kinds are node kinds of the snapshot (entity types and Document)
  const types: ExportFilters = filters.types ? { types: [...filters.types] as NodeKind[] } : {};
  return {
    ...time,
    ...types,
    view: {
      caption: options.caption,
      url: options.url ?? null,
      place: filters.place,
      strategy: filters.strategy,
      document: filters.document,
      stages: filters.stages ? [...filters.stages] : null,
      modalities: filters.modalities ? [...filters.modalities] : null,
      ego: state.ego ? { node: state.ego.node, depth: state.ego.depth } : null,
      path: state.path ? { from: state.path.from, to: state.path.to } : null,
      mentions: state.mentions,
      diff: state.diff ? { from: state.diff.from, to: state.diff.to } : null,
      drawn: { nodes: options.visible.nodes.length, edges: options.visible.edges.length },
    },
  };
}
