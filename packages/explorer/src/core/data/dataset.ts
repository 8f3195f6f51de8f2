/**
 * Everything derived from one snapshot, computed once when it is loaded: the layout, the graph
 * sigma draws, the timeline (per-year presence and stages) and the search index. Pure.
 */

import { parseSnapshot, type PolicyGraph, type ViewMode } from "@policy-kg/graph";
import { displayGraph, type DisplayGraph } from "../graph/display";
import { layoutGraph, type LayoutOptions } from "../layout/layout";
import { buildTimeline, viewCache, type Timeline, type View } from "../time/timeline";
import { buildSearchIndex, type SearchIndex } from "../search/search";
import { searchEntries } from "../search/entries";
import { perfMark } from "../perf";

export interface Dataset {
  graph: PolicyGraph;
  display: DisplayGraph;
  timeline: Timeline;
  view: (year: number, mode: ViewMode) => View;
  search: SearchIndex;
}

export function prepareDataset(graph: PolicyGraph, options: { layout?: LayoutOptions } = {}): Dataset {
  const timeline = buildTimeline(graph);
  perfMark("timeline");
  const positions = layoutGraph(graph, options.layout);
  perfMark("layout");
  const display = displayGraph(graph, positions);
  perfMark("display");
  const search = buildSearchIndex(searchEntries(graph));
  perfMark("search-index");
  return { graph, display, timeline, view: viewCache(timeline), search };
}

export function datasetFromText(text: string, file = "graph.json"): Dataset {
  const graph = parseSnapshot(text, { file });
  perfMark("parsed");
  return prepareDataset(graph);
}
