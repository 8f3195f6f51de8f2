/**
 * The attributes every export writes for nodes and edges, declared once as typed columns: GEXF
 * declares them in <attributes>, GraphML as <key>s, CSV as the header of nodes.csv and edges.csv.
 * A null or empty list means "no value" (no attvalue / data element, an empty CSV cell).
 */

import { isEntityNode, isRelationEdge, type DocumentNode, type EdgeAttributes, type EntityNode, type NodeAttributes, type PolicyGraph } from "../model/attributes";
import { timeline, type Window } from "./time";

export type ColumnType = "string" | "integer" | "liststring" | "listinteger";
export type Cell = string | number | readonly string[] | readonly number[] | null;

export interface Column<Row> {
  name: string;
  type: ColumnType;
  value(row: Row): Cell;
}

export interface NodeRow {
  key: string;
  attributes: NodeAttributes;
  /** years the node is present in (see timeline) */
  years: number[];
}

export interface EdgeRow {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** years the edge is present in (see timeline) */
  years: number[];
}

const ofEntity =
  <T extends Cell>(f: (a: EntityNode) => T) =>
  (r: NodeRow): T | null =>
    isEntityNode(r.attributes) ? f(r.attributes) : null;
const ofDocument =
  <T extends Cell>(f: (a: DocumentNode) => T) =>
  (r: NodeRow): T | null =>
    r.attributes.kind === "Document" ? f(r.attributes) : null;

/** Node columns. `stage` is the furthest stage reported; GEXF also gives it year by year. */
export const NODE_COLUMNS: readonly Column<NodeRow>[] = [
  { name: "label", type: "string", value: (r) => r.attributes.label },
  { name: "kind", type: "string", value: (r) => r.attributes.kind },
  { name: "stage", type: "string", value: ofEntity((a) => a.stage) },
  { name: "years", type: "listinteger", value: (r) => r.years },
  { name: "first_year", type: "integer", value: (r) => r.years[0] ?? null },
  { name: "last_year", type: "integer", value: (r) => r.years[r.years.length - 1] ?? null },
  /** statements about the entity (events) */
  { name: "mentions", type: "integer", value: ofEntity((a) => a.events.length) },
  /** indicator values (Indicator nodes) */
  { name: "values", type: "integer", value: ofEntity((a) => a.values.length) },
  { name: "aliases", type: "liststring", value: ofEntity((a) => a.aliases) },
  { name: "definition", type: "string", value: ofEntity((a) => a.definition) },
  /** a Year node's year; the year a Document was delivered */
  { name: "year", type: "integer", value: (r) => (r.attributes.kind === "Year" || r.attributes.kind === "Document" ? r.attributes.year : null) },
  { name: "title", type: "string", value: ofDocument((a) => a.title) },
  { name: "issuer", type: "string", value: ofDocument((a) => a.issuer) },
  { name: "district", type: "string", value: ofDocument((a) => a.district) },
  { name: "genre", type: "string", value: ofDocument((a) => a.genre) },
  { name: "delivered", type: "string", value: ofDocument((a) => a.delivered) },
  { name: "file", type: "string", value: ofDocument((a) => a.file) },
];

/** Weight of an edge: statements counted (MENTIONED_IN), spans of evidence (relations), 1 (document → year). */
export function edgeWeight(a: EdgeAttributes): number {
  if (isRelationEdge(a)) return a.evidence.length;
  return a.relation === "MENTIONED_IN" ? a.count : 1;
}

/** Edge columns (besides id, source and target). */
export const EDGE_COLUMNS: readonly Column<EdgeRow>[] = [
  { name: "relation", type: "string", value: (r) => r.attributes.relation },
  { name: "weight", type: "integer", value: (r) => edgeWeight(r.attributes) },
  { name: "years", type: "listinteger", value: (r) => r.years },
  /** a relation's evidence spans, `document:start-end` */
  { name: "evidence", type: "liststring", value: (r) => (isRelationEdge(r.attributes) ? r.attributes.evidence.map((e) => `${e.document}:${e.start}-${e.end}`) : null) },
];

/** A cell without a value: null or an empty list. */
export const isEmpty = (cell: Cell): cell is null | readonly [] => cell === null || (Array.isArray(cell) && cell.length === 0);

/** Lists as one string for formats without list types (GraphML, CSV): items joined with "|". */
export const joinList = (cell: Cell): string => (Array.isArray(cell) ? cell.join("|") : String(cell ?? ""));

/** One row per node and per edge of the graph, in graph order, with the years each is present in. */
export function graphRows(graph: PolicyGraph, window: Window): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const time = timeline(graph, window);
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes, years: time.nodeYears(key) })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes, years: time.edgeYears(key) })),
  };
}
