/**
 * GraphML (yEd, Cytoscape, networkx, igraph): every attribute a <key> with its attr.type; lists
 * (years, aliases, evidence) as strings with items joined by "|". The provenance record is in
 * <desc> and, field by field, in graph-level data keys (filters and counts as JSON).
 */

import type { PolicyGraph } from "../model/attributes";
import { EDGE_COLUMNS, NODE_COLUMNS, graphRows, isEmpty, joinList, type Column, type ColumnType } from "./columns";
import { exportMeta, timeWindow, type ExportOptions } from "./meta";
import { XmlWriter } from "./xml";

const NAMESPACES = {
  xmlns: "http://graphml.graphdrawing.org/xmlns",
  "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
};

const attrType = (type: ColumnType): "string" | "int" => (type === "integer" ? "int" : "string");
const keyId = (scope: "g" | "n" | "e", name: string) => `${scope}_${name}`;

function keys<Row>(xml: XmlWriter, scope: "n" | "e", columns: readonly Column<Row>[]): void {
  for (const c of columns) xml.empty("key", { id: keyId(scope, c.name), for: scope === "n" ? "node" : "edge", "attr.name": c.name, "attr.type": attrType(c.type) });
}

function element<Row>(xml: XmlWriter, name: "node" | "edge", values: Record<string, string>, columns: readonly Column<Row>[], row: Row): void {
  xml.open(name, values);
  for (const c of columns) {
    const cell = c.value(row);
    if (!isEmpty(cell)) xml.text("data", { key: keyId(name === "node" ? "n" : "e", c.name) }, joinList(cell));
  }
  xml.close(name);
}

export function writeGraphml(graph: PolicyGraph, options: ExportOptions = {}): string {
  const meta = exportMeta(graph, "graphml", options);
  const { nodes, edges } = graphRows(graph, timeWindow(meta.filters));
  // the provenance record field by field: numbers as int, objects (filters, counts) as JSON, null as no data
  const fields = Object.entries(meta).filter(([, v]) => v !== null);
  const xml = new XmlWriter().open("graphml", NAMESPACES);
  xml.text("desc", {}, `policy-kg graph export by ${meta.tool} ${meta.toolVersion} at ${meta.exportedAt}: ${JSON.stringify(meta)}`);
  for (const [name, v] of fields) xml.empty("key", { id: keyId("g", name), for: "graph", "attr.name": name, "attr.type": typeof v === "number" ? "int" : "string" });
  keys(xml, "n", NODE_COLUMNS);
  keys(xml, "e", EDGE_COLUMNS);
  xml.open("graph", { id: "policy-kg", edgedefault: "directed" });
  for (const [name, v] of fields) xml.text("data", { key: keyId("g", name) }, typeof v === "object" ? JSON.stringify(v) : String(v));
  for (const row of nodes) element(xml, "node", { id: row.key }, NODE_COLUMNS, row);
  for (const row of edges) element(xml, "edge", { id: row.key, source: row.source, target: row.target }, EDGE_COLUMNS, row);
  return xml.close("graph").close("graphml").toString();
}
