// CSV export of the seed graph, read with a strict RFC 4180 reader: BOM and CRLF, one row per
// node, edge, statement and indicator value, real and hostile quotes read back exactly, and the
// provenance manifest.
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_FILES, csvField, eventYear, isEntityNode, writeCsv, type CsvManifest, type GraphEvent, type PolicyGraph } from "../src/index";
import { EXPORTED_AT, HOSTILE_ALIAS, HOSTILE_LABEL, HOSTILE_QUOTE, NEW_IN_2025, PARK, hostileGraph } from "./export-fixtures";
import { csvRecords } from "./csv-parse";
import { seedGraph } from "./seeds";

let graph: PolicyGraph;
let files: ReturnType<typeof writeCsv>;
let events: { key: string; event: GraphEvent }[];
beforeAll(async () => {
  graph = await seedGraph();
  files = writeCsv(graph, { exportedAt: EXPORTED_AT });
  events = graph.mapNodes((key, a) => (isEntityNode(a) ? a.events.map((event) => ({ key, event })) : [])).flat();
});

const table = (name: "nodes.csv" | "edges.csv" | "events.csv" | "values.csv") => csvRecords(files[name].slice(1));

describe("writeCsv", () => {
  it("writes four tables and a manifest; tables start with a byte order mark and end lines in CRLF", () => {
    expect(Object.keys(files).sort()).toEqual([...CSV_FILES].sort());
    for (const name of ["nodes.csv", "edges.csv", "events.csv", "values.csv"] as const) {
      expect(files[name].startsWith("\uFEFF"), name).toBe(true);
      expect(files[name].endsWith("\r\n"), name).toBe(true);
    }
    expect(files["nodes.csv"].slice(1).split("\r\n")[0]).toBe("id,label,kind,stage,years,first_year,last_year,mentions,values,aliases,definition,year,title,issuer,district,genre,delivered,file");
  });

  it("has one row per node and per edge, with their attributes", () => {
    const nodes = table("nodes.csv");
    expect(nodes.map((r) => r.id)).toEqual(graph.nodes());
    const park = nodes.find((r) => r.id === PARK)!;
    expect([park.kind, park.stage, park.years, park.first_year, park.last_year]).toEqual(["Park", "recognized", "2022|2023|2024|2025", "2022", "2025"]);
    expect(nodes.find((r) => r.id === NEW_IN_2025)!.years).toBe("2025");
    const edges = table("edges.csv");
    expect(edges.map((r) => [r.id, r.source, r.target, r.relation])).toEqual(graph.mapEdges((k, a, s, t) => [k, s, t, a.relation]));
  });

  it("has one row per statement with its evidence, quotes read back exactly (commas, line breaks)", () => {
    const rows = table("events.csv");
    expect(rows).toHaveLength(events.length);
    rows.forEach((r, i) => {
      const { key, event } = events[i]!;
      expect([r.entity, r.document, Number(r.start), Number(r.end), r.stage, r.quote], `${key} row ${i}`).toEqual([key, event.document, event.start, event.end, event.stage, event.quote]);
      expect(r.year === "" ? null : Number(r.year)).toBe(event.year);
    });
    // the seed quotes include ASCII commas and line breaks
    expect(rows.some((r) => r.quote.includes(","))).toBe(true);
    expect(rows.some((r) => r.quote.includes("\n"))).toBe(true);
    expect(rows.filter((r) => r.entity === NEW_IN_2025).every((r) => eventYear({ year: r.year ? Number(r.year) : null, said: Number(r.said) }) === 2025)).toBe(true);
  });

  it("has one row per indicator value", () => {
    const rows = table("values.csv");
    const total = graph.reduceNodes((n, _k, a) => n + (isEntityNode(a) ? a.values.length : 0), 0);
    expect(rows).toHaveLength(total);
    expect(total).toBeGreaterThan(0);
    for (const r of rows) expect(Number.isFinite(Number(r.value)), r.text).toBe(true);
  });

  it("round-trips a quote with double quotes, a comma and line breaks, and a label and an alias like it", () => {
    const hostile = writeCsv(hostileGraph(graph));
    const park = csvRecords(hostile["nodes.csv"].slice(1)).find((r) => r.id === PARK)!;
    expect(park.label).toBe(HOSTILE_LABEL);
    expect(park.aliases.split("|")[0]).toBe(HOSTILE_ALIAS);
    const quotes = csvRecords(hostile["events.csv"].slice(1)).filter((r) => r.entity === PARK).map((r) => r.quote);
    expect(quotes[0]).toBe(HOSTILE_QUOTE);
  });

  it("quotes exactly the fields that need it", () => {
    expect(["plain", "中文，全角逗号", 'a "b"', "a,b", "a\nb", "a\r\nb", 42, null, ["x", "y"]].map(csvField)).toEqual(["plain", "中文，全角逗号", '"a ""b"""', '"a,b"', '"a\nb"', '"a\r\nb"', "42", "", "x|y"]);
  });

  it("writes the provenance and the rows of each table to export-meta.json", () => {
    const manifest = JSON.parse(files["export-meta.json"]) as CsvManifest;
    const a = graph.getAttributes();
    expect(manifest).toMatchObject({ format: "policy-kg/export", exportFormat: "csv", exportedAt: EXPORTED_AT, corpusHash: a.corpusHash, schemaVersion: a.schemaVersion, extractorVersion: a.extractorVersion });
    expect(manifest.files).toEqual({
      "nodes.csv": { rows: graph.order },
      "edges.csv": { rows: graph.size },
      "events.csv": { rows: events.length },
      "values.csv": { rows: table("values.csv").length },
    });
  });
});
