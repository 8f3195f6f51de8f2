// GEXF export of the seed graph: well-formed XML that graphology-gexf parses back into the same
// nodes, edges and typed attributes; spells and the stage by year read from the XML itself;
// a year view; provenance; hostile text.
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { TOOL_VERSION, eventYear, filterGraph, isEntityNode, writeGexf, type ExportMeta, type PolicyGraph } from "../src/index";
import { edgeWeight } from "../src/export/columns";
import { EXPORTED_AT, HOSTILE_ALIAS, HOSTILE_LABEL_XML, NEW_IN_2025, PARK, PHASE_2025, hostileGraph } from "./export-fixtures";
import { seedGraph } from "./seeds";
import { children, parseXml, wellFormedProblem } from "./xml-check";

let graph: PolicyGraph;
let gexf: string;
let dom: Document;
let back: MultiDirectedGraph;

/** graphology-gexf reads the last <attributes> block of a class only, so stage (dynamic) is read as an undeclared string. */
const readBack = (text: string) => parseGexf(MultiDirectedGraph, text, { respectInputGraphType: true, allowUndeclaredAttributes: true }) as MultiDirectedGraph;

beforeAll(async () => {
  graph = await seedGraph();
  gexf = writeGexf(graph, { exportedAt: EXPORTED_AT });
  dom = parseXml(gexf);
  back = readBack(gexf);
});

function element(doc: Document, tag: "node" | "edge", id: string): Element {
  const found = Array.from(doc.getElementsByTagName(tag)).find((e) => e.getAttribute("id") === id);
  if (!found) throw new Error(`no <${tag} id="${id}">`);
  return found;
}
const spellsOf = (e: Element) => children(e, "spells").flatMap((s) => children(s, "spell").map((x) => [x.getAttribute("start"), x.getAttribute("end")]));
const stagesOf = (e: Element) =>
  children(e, "attvalues")
    .flatMap((a) => children(a, "attvalue"))
    .filter((v) => v.getAttribute("for") === "stage")
    .map((v) => [v.getAttribute("value"), v.getAttribute("start"), v.getAttribute("end")]);

describe("writeGexf", () => {
  it("writes well-formed GEXF 1.3, dynamic, with dates", () => {
    expect(wellFormedProblem(gexf)).toBeNull();
    const root = dom.documentElement;
    expect(root.getAttribute("xmlns")).toBe("http://gexf.net/1.3");
    expect(root.getAttribute("version")).toBe("1.3");
    const g = children(root, "graph")[0]!;
    expect([g.getAttribute("mode"), g.getAttribute("timeformat"), g.getAttribute("defaultedgetype")]).toEqual(["dynamic", "date", "directed"]);
    const blocks = children(g, "attributes").map((a) => [a.getAttribute("class"), a.getAttribute("mode")]);
    expect(blocks).toEqual([["node", "dynamic"], ["node", "static"], ["edge", "static"]]);
  });

  it("parses back with graphology-gexf into the same nodes, edges and typed attributes", () => {
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      expect([b.label, b.kind], key).toEqual([a.label, a.kind]);
      if (isEntityNode(a)) {
        expect(b.years, key).toEqual(a.years.length > 0 ? a.years : undefined);
        expect(b.mentions, key).toBe(a.events.length);
        expect(b.aliases, key).toEqual(a.aliases.length > 0 ? a.aliases : undefined);
        expect(b.stage, key).toBe(a.years.length > 0 ? a.stage : undefined); // the last value by year is the stage reached
      }
      if (a.kind === "Document") expect([b.title, b.year, b.genre], key).toEqual([a.title ?? undefined, a.year ?? undefined, a.genre]);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(back.extremities(key), key).toEqual([source, target]);
      const b = back.getEdgeAttributes(key);
      expect([b.kind, b.relation, b.weight], key).toEqual([a.relation, a.relation, edgeWeight(a)]);
    });
  });

  it("gives a node reported only in 2025 a spell of 2025, and the park its years and stage year by year", () => {
    expect(spellsOf(element(dom, "node", NEW_IN_2025))).toEqual([["2025-01-01", "2025-12-31"]]);
    const park = element(dom, "node", PARK);
    expect(spellsOf(park)).toEqual([["2022-01-01", "2025-12-31"]]);
    expect(stagesOf(park)).toEqual([
      ["started", "2022-01-01", "2023-12-31"],
      ["recognized", "2024-01-01", "2025-12-31"],
    ]);
  });

  it("gives edges the years of the statements behind them", () => {
    const mentioned = graph.filterOutEdges(PARK, (_k, a) => a.relation === "MENTIONED_IN");
    expect(mentioned.length).toBeGreaterThan(0);
    const park = graph.getNodeAttributes(PARK);
    for (const key of mentioned) {
      const document = graph.target(key).slice("Document:".length);
      const years = [...new Set(isEntityNode(park) ? park.events.filter((e) => e.document === document).map(eventYear) : [])].sort();
      const spellYears = spellsOf(element(dom, "edge", key)).flatMap(([start, end]) => {
        const out: number[] = [];
        for (let y = Number(start!.slice(0, 4)); y <= Number(end!.slice(0, 4)); y++) out.push(y);
        return out;
      });
      expect(spellYears, key).toEqual(years);
    }
    expect(spellsOf(element(dom, "edge", PHASE_2025))).toEqual([["2025-01-01", "2025-12-31"]]);
  });

  it("records its provenance in <meta>", () => {
    const meta = JSON.parse(back.getAttribute("description") as string) as ExportMeta;
    const a = graph.getAttributes();
    expect(meta).toMatchObject({ format: "policy-kg/export", exportFormat: "gexf", toolVersion: TOOL_VERSION, exportedAt: EXPORTED_AT, filters: {} });
    expect([meta.corpusHash, meta.schemaVersion, meta.extractorVersion, meta.builtAt]).toEqual([a.corpusHash, a.schemaVersion, a.extractorVersion, a.builtAt]);
    expect(meta.counts).toEqual(a.counts);
    expect(back.getAttribute("creator")).toBe(`@policy-kg/graph ${TOOL_VERSION}`);
    expect(back.getAttribute("lastModifiedDate")).toBe("2026-02-03");
  });

  it("exports a year view: only that year's nodes, every spell inside the year, the filters recorded", () => {
    const text = writeGexf(filterGraph(graph, { year: 2022, mode: "year" }), { filters: { year: 2022, mode: "year" } });
    expect(wellFormedProblem(text)).toBeNull();
    const doc = parseXml(text);
    const ids = Array.from(doc.getElementsByTagName("node")).map((n) => n.getAttribute("id"));
    expect(ids).not.toContain(NEW_IN_2025);
    expect(ids).toContain(PARK);
    const spells = Array.from(doc.getElementsByTagName("spell")).map((s) => [s.getAttribute("start"), s.getAttribute("end")]);
    expect(spells.length).toBeGreaterThan(0);
    expect(new Set(spells.map((s) => s.join()))).toEqual(new Set(["2022-01-01,2022-12-31"]));
    expect(JSON.parse(readBack(text).getAttribute("description") as string).filters).toEqual({ year: 2022, mode: "year" });
  });

  it("escapes markup, quotes and line breaks so that labels and lists read back exactly", () => {
    const text = writeGexf(filterGraph(hostileGraph(graph), { types: ["Park"] }));
    expect(wellFormedProblem(text)).toBeNull();
    const park = readBack(text).getNodeAttributes(PARK);
    expect(park.label).toBe(HOSTILE_LABEL_XML);
    expect((park.aliases as string[])[0]).toBe(HOSTILE_ALIAS);
  });

  it("is deterministic", () => {
    expect(writeGexf(graph, { exportedAt: EXPORTED_AT })).toBe(gexf);
  });
});
