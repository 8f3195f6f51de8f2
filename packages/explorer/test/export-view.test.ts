// Exports of the current view on the real seed graph: the caption line, the graph an export is
// made of (exactly visibleElements, cut in time as graphAsOf / graphBetween do), and the GEXF,
// GraphML and CSV files the writers of @policy-kg/graph make of it, with the caption and the view
// in their provenance.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 as zlibCrc32 } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { eventYear, graphAsOf, graphBetween, isEntityNode, TOOL_VERSION } from "@policy-kg/graph";
import type { Dataset } from "../src/core/data/dataset";
import { NO_FILTERS } from "../src/core/filters/filters";
import { visibleElements, type ViewState } from "../src/core/view/visible";
import { captionParts, shortHash, viewCaption } from "../src/core/export/caption";
import { viewGraph } from "../src/core/export/view-graph";
import { exportViewGraph, figureMeta } from "../src/core/export/files";
import { children, parseXml, wellFormedProblem } from "../../graph/test/xml-check";
import { seedDataset, stateAt } from "./view-fixture";

const PLACE = "place:龙岗区";
const PARK = "park:深圳工业软件园";
const AT = "2026-02-03T04:05:06.000Z";

let d: Dataset;
beforeAll(async () => {
  d = await seedDataset();
});

const sorted = (keys: Iterable<string>) => [...keys].sort();

/** A few views: a place filter up to the last year, types in one year, diff mode, an ego network, all years. */
const views = (): [string, ViewState][] => [
  ["place, cumulative", stateAt(d, { filters: { ...NO_FILTERS, place: PLACE } })],
  ["types, that year", stateAt(d, { year: 2024, mode: "year", filters: { ...NO_FILTERS, types: ["Park", "Place", "Document"] } })],
  ["diff", stateAt(d, { diff: { from: 2023, to: 2025 } })],
  ["ego", stateAt(d, { ego: { node: PARK, depth: 2 }, mentions: true })],
  ["all years", stateAt(d, { year: null })],
];

describe("caption", () => {
  it("cites tool, corpus, extractor and build date, and says the year, mode and filters", () => {
    const a = d.graph.getAttributes();
    const caption = viewCaption(d, stateAt(d, { year: 2024, filters: { ...NO_FILTERS, place: PLACE, types: ["Park", "Project"] } }));
    expect(caption).toContain(`policy-kg ${TOOL_VERSION}`);
    const hash = shortHash(a.corpusHash);
    expect(hash).toMatch(/^[0-9a-f]{8}…$/);
    expect(a.corpusHash.replace(/^sha256:/, "").startsWith(hash.slice(0, 8))).toBe(true);
    expect(caption).toContain(`corpus ${hash}`);
    expect(caption).toContain(`extractor ${a.extractorVersion}`);
    expect(caption).toContain(`built ${a.builtAt.slice(0, 10)}`);
    expect(caption).toContain("2024, up to that year");
    expect(caption).toContain("filters: types Park, Project; place 龙岗区");
    expect(viewCaption(d, stateAt(d, { year: 2023, mode: "year" }))).toContain("2023 only · no filters");
    expect(viewCaption(d, stateAt(d, { diff: { from: 2023, to: 2025 } }))).toContain("diff 2023 → 2025");
    const ego = captionParts(d, stateAt(d, { ego: { node: PARK, depth: 2 }, path: { from: PARK, to: PLACE } }));
    expect(ego.slice(-2)).toEqual(["ego network of 深圳工业软件园, depth 2", "path 深圳工业软件园 → 龙岗区"]);
  });
});

describe("the graph of the view", () => {
  it("holds exactly the drawn nodes and edges, cut in time like graphAsOf / graphBetween", () => {
    for (const [name, state] of views()) {
      const visible = visibleElements(d, state);
      expect(visible.nodes.length, name).toBeGreaterThan(0);
      const g = viewGraph(d, state, visible);
      expect(sorted(g.nodes()), name).toEqual(sorted(visible.nodes));
      expect(sorted(g.edges()), name).toEqual(sorted(visible.edges));
      expect(g.filterNodes((_k, a) => a.kind === "Year"), name).toEqual([]);
      const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
      expect(total(g.getAttribute("counts").nodes), name).toBe(visible.nodes.length);
      expect(total(g.getAttribute("counts").edges), name).toBe(visible.edges.length);
      // an entity's statements are those of the view's time
      const timed = state.diff ? graphBetween(d.graph, state.diff) : state.year === null ? d.graph : graphAsOf(d.graph, { year: state.year, mode: state.mode });
      for (const key of g.filterNodes((_k, a) => isEntityNode(a))) expect(g.getNodeAttributes(key), `${name} ${key}`).toEqual(timed.getNodeAttributes(key));
    }
    // the place filter really narrows the graph, and a year cut drops later statements
    const [place, types] = [views()[0]![1], views()[1]![1]];
    expect(viewGraph(d, place).order).toBeLessThan(d.graph.order / 3);
    const g = viewGraph(d, types);
    for (const key of g.filterNodes((_k, a) => isEntityNode(a))) {
      const a = g.getNodeAttributes(key);
      if (isEntityNode(a)) expect(a.events.every((e) => eventYear(e) === 2024), key).toBe(true);
    }
    // the dataset's graph is never changed
    expect(d.graph.order).toBeGreaterThan(viewGraph(d, place).order);
  });
});

describe("graph files of the view", () => {
  const state = () => stateAt(d, { year: 2024, filters: { ...NO_FILTERS, place: PLACE } });
  const url = "http://127.0.0.1:5173/#y=2024&pl=place%3A%E9%BE%99%E5%B2%97%E5%8C%BA";

  it("GEXF: well-formed, the drawn nodes and edges, caption and view in <meta>", () => {
    const visible = visibleElements(d, state());
    const file = exportViewGraph(d, state(), "gexf", { exportedAt: AT, url });
    expect(file.name).toBe("policy-kg-2024.gexf");
    const xml = file.data as string;
    expect(wellFormedProblem(xml)).toBeNull();
    const doc = parseXml(xml);
    const graph = children(doc.documentElement, "graph")[0]!;
    const nodes = children(children(graph, "nodes")[0]!, "node").map((n) => n.getAttribute("id")!);
    expect(sorted(nodes)).toEqual(sorted(visible.nodes));
    expect(children(children(graph, "edges")[0]!, "edge").length).toBe(visible.edges.length);
    const meta = JSON.parse(children(children(doc.documentElement, "meta")[0]!, "description")[0]!.textContent!);
    expect(meta.corpusHash).toBe(d.graph.getAttribute("corpusHash"));
    expect(meta.exportedAt).toBe(AT);
    expect(meta.filters).toMatchObject({ year: 2024, mode: "cumulative", view: { caption: viewCaption(d, state()), url, place: PLACE } });
    expect(meta.filters.view.drawn).toEqual({ nodes: visible.nodes.length, edges: visible.edges.length });
    expect(meta.command).toBe(`policy-kg explorer ${url}`);
  });

  it("GraphML: the drawn nodes, the caption in the graph's data", () => {
    const visible = visibleElements(d, state());
    const xml = exportViewGraph(d, state(), "graphml", { exportedAt: AT }).data as string;
    expect(wellFormedProblem(xml)).toBeNull();
    const graph = children(parseXml(xml).documentElement, "graph")[0]!;
    expect(sorted(children(graph, "node").map((n) => n.getAttribute("id")!))).toEqual(sorted(visible.nodes));
    expect(children(graph, "edge").length).toBe(visible.edges.length);
    const filters = children(graph, "data").find((e) => e.getAttribute("key") === "g_filters")!;
    expect(JSON.parse(filters.textContent!).view.caption).toBe(viewCaption(d, state()));
  });

  it("CSV: one stored ZIP of the five files, CRCs right, nodes.csv has a row per drawn node", () => {
    const visible = visibleElements(d, state());
    const file = exportViewGraph(d, state(), "csv", { exportedAt: AT });
    expect(file.name).toBe("policy-kg-2024-csv.zip");
    const entries = readStoredZip(file.data as Uint8Array);
    expect(entries.map((e) => e.name)).toEqual(["nodes.csv", "edges.csv", "events.csv", "values.csv", "export-meta.json"].map((n) => `policy-kg-2024/${n}`));
    for (const e of entries) expect(e.crc, e.name).toBe(zlibCrc32(e.data));
    const text = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(entries.find((e) => e.name.endsWith(name))!.data);
    const rows = text("nodes.csv").split("\r\n").filter((l) => l !== "");
    expect(rows.length - 1).toBe(visible.nodes.length);
    expect(JSON.parse(text("export-meta.json")).filters.view.caption).toBe(viewCaption(d, state()));
    // and a real unzip agrees, where there is one
    if (hasUnzip()) {
      const dir = mkdtempSync(join(tmpdir(), "policy-kg-zip-"));
      writeFileSync(join(dir, file.name), file.data);
      expect(execFileSync("unzip", ["-t", join(dir, file.name)], { encoding: "utf8" })).toContain("No errors detected");
      expect(execFileSync("unzip", ["-p", join(dir, file.name), "policy-kg-2024/nodes.csv"], { encoding: "utf8" })).toBe(text("nodes.csv"));
      rmSync(dir, { recursive: true });
    }
  });

  it("a figure's provenance is the same record, for PNG or SVG", () => {
    const { caption, meta } = figureMeta(d, state(), "svg", { exportedAt: AT });
    expect(meta.exportFormat).toBe("svg");
    expect(meta.filters).toMatchObject({ year: 2024, view: { caption } });
    expect(meta.counts.nodes.Document).toBeGreaterThan(0);
  });
});

function hasUnzip(): boolean {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The entries of a ZIP, read from its central directory (stored entries only). */
function readStoredZip(zip: Uint8Array): { name: string; crc: number; data: Uint8Array }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: { name: string; crc: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    expect(view.getUint16(at + 10, true)).toBe(0); // stored
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({ name, crc, data: zip.subarray(start, start + size) });
    at += 46 + nameLength;
  }
  return out;
}
