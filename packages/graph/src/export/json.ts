/**
 * JSON: graphology's serialisation of the graph (options, nodes, edges with every attribute, as
 * in a snapshot), its graph attributes replaced by the provenance record. Load it with
 * graphology's `Graph.from` or `graph.import`; it is not a snapshot (`format` says so), because a
 * filtered view may leave out the documents its statements cite.
 */

import type { PolicyGraph } from "../model/attributes";
import { exportMeta, type ExportOptions } from "./meta";

export function writeJson(graph: PolicyGraph, options: ExportOptions = {}): string {
  const { options: graphOptions, nodes, edges } = graph.export();
  return `${JSON.stringify({ options: graphOptions, attributes: exportMeta(graph, "json", options), nodes, edges })}\n`;
}
