/**
 * Everything derived from one snapshot, computed once when it is loaded: the layout, the graph
 * sigma draws, the timeline (per-year presence and stages) and the search index. Pure.
 * prepareDatasetOffThread gives the same dataset, with the layout's ForceAtlas2 in a web worker
 * while the timeline and the search index are built here (what the explorer does when it loads).
 */

import { parseSnapshot, type PolicyGraph, type ViewMode } from "@policy-kg/graph";
import { displayGraph, type DisplayGraph } from "../graph/display";
import { finishLayout, layoutPlan, type LayoutOptions } from "../layout/layout";
import { placeDocuments, type Positions } from "../layout/documents";
import { placeDocumentsOffThread } from "../layout/off-thread";
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

type Parts = Pick<Dataset, "timeline" | "search">;

function timelineAndSearch(graph: PolicyGraph): Parts {
  const timeline = buildTimeline(graph);
  perfMark("timeline");
  const search = buildSearchIndex(searchEntries(graph));
  perfMark("search-index");
  return { timeline, search };
}

function assemble(graph: PolicyGraph, { timeline, search }: Parts, positions: Positions): Dataset {
  perfMark("layout");
  const display = displayGraph(graph, positions);
  perfMark("display");
  return { graph, display, timeline, view: viewCache(timeline), search };
}

export function prepareDataset(graph: PolicyGraph, options: { layout?: LayoutOptions } = {}): Dataset {
  const { plan, forces } = layoutPlan(graph, options.layout);
  return assemble(graph, timelineAndSearch(graph), finishLayout(plan, placeDocuments(forces)));
}

export async function prepareDatasetOffThread(graph: PolicyGraph, options: { layout?: LayoutOptions } = {}): Promise<Dataset> {
  const { plan, forces } = layoutPlan(graph, options.layout);
  const documents = placeDocumentsOffThread(forces);
  const parts = timelineAndSearch(graph);
  return assemble(graph, parts, finishLayout(plan, await documents));
}

export function datasetFromText(text: string, file = "graph.json"): Promise<Dataset> {
  const graph = parseSnapshot(text, { file });
  perfMark("parsed");
  return prepareDatasetOffThread(graph);
}
