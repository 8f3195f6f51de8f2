/**
 * CSV for R, pandas and spreadsheets: nodes.csv, edges.csv, events.csv (every statement about an
 * entity with its evidence: document, start, end, quote), values.csv (indicator values), and
 * export-meta.json (the provenance record and the rows of each file). RFC 4180: a field with a
 * double quote, comma or line break is quoted and its quotes doubled; lines end in CRLF. UTF-8
 * with a byte order mark, so that Excel reads the Chinese text as UTF-8. Lists are joined by "|".
 */

import { isEntityNode, type PolicyGraph } from "../model/attributes";
import { EDGE_COLUMNS, NODE_COLUMNS, graphRows, joinList, type Cell } from "./columns";
import { exportMeta, timeWindow, type ExportMeta, type ExportOptions } from "./meta";

export const CSV_FILES = ["nodes.csv", "edges.csv", "events.csv", "values.csv", "export-meta.json"] as const;
export type CsvFile = (typeof CSV_FILES)[number];
type Table = Exclude<CsvFile, "export-meta.json">;

/** export-meta.json: the provenance record and the data rows (header excluded) of each table. */
export type CsvManifest = ExportMeta & { files: Record<Table, { rows: number }> };

const BOM = "\uFEFF";

export const EVENT_HEADER = ["entity", "label", "kind", "year", "said", "modality", "stage", "document", "start", "end", "quote"] as const;
export const VALUE_HEADER = ["indicator", "label", "year", "said", "kind", "measure", "value", "unit", "normalized_value", "normalized_unit", "qualifier", "direction", "text", "document", "start", "end"] as const;

/** One RFC 4180 field. */
export function csvField(cell: Cell): string {
  const s = joinList(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvTable = (header: readonly string[], rows: readonly (readonly Cell[])[]): string => `${BOM}${[header, ...rows].map((r) => `${r.map(csvField).join(",")}\r\n`).join("")}`;

/** The files of a CSV export, by name. */
export function writeCsv(graph: PolicyGraph, options: ExportOptions = {}): Record<CsvFile, string> {
  const meta = exportMeta(graph, "csv", options);
  const { nodes, edges } = graphRows(graph, timeWindow(meta.filters));
  const events: Cell[][] = [];
  const values: Cell[][] = [];
  graph.forEachNode((key, a) => {
    if (!isEntityNode(a)) return;
    for (const e of a.events) events.push([key, a.label, a.kind, e.year, e.said, e.modality, e.stage, e.document, e.start, e.end, e.quote]);
    for (const v of a.values) {
      values.push([key, a.label, v.year, v.said, v.kind, v.measure, v.value, v.unit, v.normalized?.value ?? null, v.normalized?.unit ?? null, v.qualifier, v.direction, v.text, v.document, v.start, v.end]);
    }
  });
  const tables: Record<Table, string> = {
    "nodes.csv": csvTable(["id", ...NODE_COLUMNS.map((c) => c.name)], nodes.map((r) => [r.key, ...NODE_COLUMNS.map((c) => c.value(r))])),
    "edges.csv": csvTable(["id", "source", "target", ...EDGE_COLUMNS.map((c) => c.name)], edges.map((r) => [r.key, r.source, r.target, ...EDGE_COLUMNS.map((c) => c.value(r))])),
    "events.csv": csvTable(EVENT_HEADER, events),
    "values.csv": csvTable(VALUE_HEADER, values),
  };
  const rows: Record<Table, number> = { "nodes.csv": nodes.length, "edges.csv": edges.length, "events.csv": events.length, "values.csv": values.length };
  const manifest: CsvManifest = { ...meta, files: Object.fromEntries(Object.entries(rows).map(([file, n]) => [file, { rows: n }])) as CsvManifest["files"] };
  return { ...tables, "export-meta.json": `${JSON.stringify(manifest, null, 2)}\n` };
}
