/**
 * The files an export of the current view makes: GEXF, GraphML and CSV (one ZIP of nodes.csv,
 * edges.csv, events.csv, values.csv and export-meta.json) by the browser-safe writers of
 * @policy-kg/graph, over viewGraph (exactly what is drawn); and the provenance record of the PNG
 * and SVG figures. Each carries the caption, the view's filters and the link that reproduces
 * the view. Pure (the time of export and the link are given).
 */

import { exportMeta, writeCsv, writeGexf, writeGraphml, type ExportMeta, type ExportOptions } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { visibleElements, type ViewState, type VisibleElements } from "../view/visible";
import { viewCaption } from "./caption";
import { viewExportFilters, viewGraph } from "./view-graph";
import { zipStored } from "./zip";

export const GRAPH_FORMATS = ["gexf", "graphml", "csv"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export type FigureFormat = "png" | "svg";

export interface ExportFile {
  name: string;
  type: string;
  data: string | Uint8Array;
}

export interface ViewExportOptions {
  /** ISO date-time (default: now) */
  exportedAt?: string;
  /** the link that reproduces the view */
  url?: string | null;
  /** what is drawn (default: visibleElements of the state) */
  visible?: VisibleElements;
}

/** "policy-kg-2024", "policy-kg-2024-year", "policy-kg-diff-2023-2025", "policy-kg-all-years" */
export function fileStem(state: ViewState): string {
  if (state.diff) return `policy-kg-diff-${state.diff.from}-${state.diff.to}`;
  if (state.year === null) return "policy-kg-all-years";
  return state.mode === "year" ? `policy-kg-${state.year}-year` : `policy-kg-${state.year}`;
}

interface Prepared {
  visible: VisibleElements;
  caption: string;
  options: ExportOptions;
}

function prepare(dataset: Dataset, state: ViewState, options: ViewExportOptions): Prepared {
  const visible = options.visible ?? visibleElements(dataset, state);
  const caption = viewCaption(dataset, state);
  const url = options.url ?? null;
  const filters = viewExportFilters(state, { caption, url, visible });
  return {
    visible,
    caption,
    options: { filters, exportedAt: options.exportedAt ?? new Date().toISOString(), command: url === null ? "policy-kg explorer" : `policy-kg explorer ${url}` },
  };
}

const GRAPH_TYPES: Readonly<Record<GraphFormat, string>> = { gexf: "application/gexf+xml", graphml: "application/graphml+xml", csv: "application/zip" };

/** The view as one file of a graph format. */
export function exportViewGraph(dataset: Dataset, state: ViewState, format: GraphFormat, options: ViewExportOptions = {}): ExportFile {
  const p = prepare(dataset, state, options);
  const graph = viewGraph(dataset, state, p.visible);
  const stem = fileStem(state);
  const type = GRAPH_TYPES[format];
  if (format === "gexf") return { name: `${stem}.gexf`, type, data: writeGexf(graph, p.options) };
  if (format === "graphml") return { name: `${stem}.graphml`, type, data: writeGraphml(graph, p.options) };
  const files = writeCsv(graph, p.options);
  const at = new Date(p.options.exportedAt!);
  return { name: `${stem}-csv.zip`, type, data: zipStored(Object.entries(files).map(([name, data]) => ({ name: `${stem}/${name}`, data })), at) };
}

/** Provenance of a figure: the record the graph exports carry (of the view's graph), for PNG or SVG. */
export type FigureMeta = Omit<ExportMeta, "exportFormat"> & { exportFormat: FigureFormat };

export function figureMeta(dataset: Dataset, state: ViewState, format: FigureFormat, options: ViewExportOptions = {}): { caption: string; meta: FigureMeta } {
  const p = prepare(dataset, state, options);
  const meta = exportMeta(viewGraph(dataset, state, p.visible), "json", p.options);
  return { caption: p.caption, meta: { ...meta, exportFormat: format } };
}
