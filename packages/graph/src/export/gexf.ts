/**
 * GEXF 1.3 for Gephi, dynamic: every node and edge carries spells (the years it is present in,
 * as whole-year date intervals), so Gephi's timeline plays the graph's evolution; an entity's
 * stage is a dynamic attribute, the stage reached by each year. Attributes are declared, typed, in
 * <attributes>; the provenance record is the JSON in <meta><description>. Written by hand:
 * graphology-gexf's writer has no spells or dynamic attribute values.
 */

import { isEntityNode, type PolicyGraph } from "../model/attributes";
import { EDGE_COLUMNS, NODE_COLUMNS, edgeWeight, graphRows, isEmpty, type Cell, type Column, type ColumnType } from "./columns";
import { exportMeta, timeWindow, type ExportOptions } from "./meta";
import { spells, stageRuns, type Spell } from "./time";
import { XmlWriter } from "./xml";

const NAMESPACES = {
  xmlns: "http://gexf.net/1.3",
  "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
  version: "1.3",
};

/** Interval of whole years as GEXF dates: 2022–2024 → 2022-01-01 … 2024-12-31. */
const interval = (s: Spell) => ({ start: `${s.from}-01-01`, end: `${s.to}-12-31` });

/** GEXF 1.3 value: lists as [a, b] with strings quoted (JSON escapes). */
function gexfValue(type: ColumnType, cell: Exclude<Cell, null>): string {
  if (!Array.isArray(cell)) return String(cell);
  return `[${cell.map((v) => (type === "liststring" ? JSON.stringify(v) : String(v))).join(", ")}]`;
}

function declare(xml: XmlWriter, cls: "node" | "edge", mode: "static" | "dynamic", columns: readonly { name: string; type: ColumnType }[]): void {
  xml.open("attributes", { class: cls, mode });
  for (const c of columns) xml.empty("attribute", { id: c.name, title: c.name, type: c.type });
  xml.close("attributes");
}

/** <attvalues> of a row's non-empty cells and the dynamic values given, then <spells>. */
function attvaluesAndSpells<Row>(xml: XmlWriter, columns: readonly Column<Row>[], row: Row, years: readonly number[], dynamic: readonly { value: string; spell: Spell }[] = []): void {
  xml.open("attvalues");
  for (const c of columns) {
    const cell = c.value(row);
    if (!isEmpty(cell)) xml.empty("attvalue", { for: c.name, value: gexfValue(c.type, cell) });
  }
  for (const d of dynamic) xml.empty("attvalue", { for: "stage", value: d.value, ...interval(d.spell) });
  xml.close("attvalues");
  if (years.length === 0) return;
  xml.open("spells");
  for (const s of spells(years)) xml.empty("spell", interval(s));
  xml.close("spells");
}

// A node's label and an edge's weight are attributes of the element, and stage is dynamic: not static columns here.
// Every node has a kind and every edge a relation, so <attvalues> is never empty.
const NODE_STATIC = NODE_COLUMNS.filter((c) => c.name !== "label" && c.name !== "stage");
const EDGE_STATIC = EDGE_COLUMNS.filter((c) => c.name !== "weight");

export function writeGexf(graph: PolicyGraph, options: ExportOptions = {}): string {
  const meta = exportMeta(graph, "gexf", options);
  const { nodes, edges } = graphRows(graph, timeWindow(meta.filters));
  const xml = new XmlWriter().open("gexf", NAMESPACES);
  xml
    .open("meta", { lastmodifieddate: meta.exportedAt.slice(0, 10) })
    .text("creator", {}, `${meta.tool} ${meta.toolVersion}`)
    .text("keywords", {}, "policy-kg, Chinese policy documents, temporal knowledge graph")
    .text("description", {}, JSON.stringify(meta))
    .close("meta");
  xml.open("graph", { mode: "dynamic", defaultedgetype: "directed", timeformat: "date", timerepresentation: "interval" });
  // graphology-gexf's parser reads the types of the last block of a class only: the static one goes last
  declare(xml, "node", "dynamic", [{ name: "stage", type: "string" }]);
  declare(xml, "node", "static", NODE_STATIC);
  declare(xml, "edge", "static", EDGE_STATIC);
  xml.open("nodes", { count: nodes.length });
  for (const row of nodes) {
    const a = row.attributes;
    const stages = isEntityNode(a) ? stageRuns(a, row.years).map((r) => ({ value: r.stage, spell: r })) : [];
    xml.open("node", { id: row.key, label: a.label });
    attvaluesAndSpells(xml, NODE_STATIC, row, row.years, stages);
    xml.close("node");
  }
  xml.close("nodes").open("edges", { count: edges.length });
  for (const row of edges) {
    const relation = row.attributes.relation;
    xml.open("edge", { id: row.key, source: row.source, target: row.target, label: relation, kind: relation, weight: edgeWeight(row.attributes) });
    attvaluesAndSpells(xml, EDGE_STATIC, row, row.years);
    xml.close("edge");
  }
  return xml.close("edges").close("graph").close("gexf").toString();
}
