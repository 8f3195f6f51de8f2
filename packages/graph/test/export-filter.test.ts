// The views exports are made of: graphBetween (a range of years) and filterGraph (time, district,
// types), on the graph of the real seed extraction.
import { beforeAll, describe, expect, it } from "vitest";
import { eventYear, filterGraph, graphAsOf, graphBetween, isEntityNode, parseSnapshot, serialiseSnapshot, type GraphErrorCode, type PolicyGraph } from "../src/index";
import { seedGraph } from "./seeds";

let graph: PolicyGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

const PARK = "park:深圳工业软件园"; // started 2022, recognized 2024, in use 2025
const NEW_IN_2025 = "park:湾区未来科技园"; // only in 2025
const LONGGANG = "place:龙岗区";

/** Throws a GraphError with this code. */
const failsWith = (code: GraphErrorCode) => expect.objectContaining({ name: "GraphError", code });

/** Nodes and edges with their attributes, graph attributes but the view marker: to compare two views. */
const contents = (g: PolicyGraph) => ({ nodes: g.mapNodes((k, a) => [k, a]), edges: g.mapEdges((k, a, s, t) => [k, s, t, a]) });

describe("graphBetween", () => {
  it("one year is the same graph as graphAsOf in year mode", () => {
    expect(contents(graphBetween(graph, { from: 2022, to: 2022 }))).toEqual(contents(graphAsOf(graph, { year: 2022, mode: "year" })));
  });

  it("from the earliest year is the same graph as graphAsOf cumulative", () => {
    expect(contents(graphBetween(graph, { from: 1900, to: 2024 }))).toEqual(contents(graphAsOf(graph, { year: 2024 })));
  });

  it("keeps only statements placed in the range, and passes every snapshot check (counts, MENTIONED_IN, years, stage)", () => {
    const view = graphBetween(graph, { from: 2023, to: 2024 });
    expect(view.hasNode(NEW_IN_2025)).toBe(false);
    const park = view.getNodeAttributes(PARK);
    expect(isEntityNode(park) && park.years).toEqual([2023, 2024]);
    expect(isEntityNode(park) && park.stage).toBe("recognized");
    view.forEachNode((key, a) => {
      if (isEntityNode(a)) for (const x of [...a.events, ...a.values]) expect(eventYear(x), key).toBeGreaterThanOrEqual(2023);
      if (a.kind === "Year") expect([2023, 2024]).toContain(a.year);
    });
    expect(view.getAttribute("view")).toBeUndefined();
    expect(() => parseSnapshot(serialiseSnapshot(view))).not.toThrow();
    expect(graph.hasNode(NEW_IN_2025)).toBe(true); // the input is not changed
  });

  it("rejects a range that ends before it starts", () => {
    expect(() => graphBetween(graph, { from: 2025, to: 2022 })).toThrow(failsWith("INVALID_OPTIONS"));
  });
});

describe("filterGraph", () => {
  it("with no filters is the graph itself", () => {
    expect(filterGraph(graph)).toBe(graph);
  });

  it("--year 2022 --mode year leaves out what appears only in 2025", () => {
    const view = filterGraph(graph, { year: 2022, mode: "year" });
    expect(view.hasNode(NEW_IN_2025)).toBe(false);
    expect(view.hasNode(PARK)).toBe(true);
    expect(view.getAttribute("view")).toEqual({ year: 2022, mode: "year" });
  });

  it("types keep only nodes of those kinds, and the edges between them", () => {
    const view = filterGraph(graph, { types: ["Park", "Document"] });
    const kinds = new Set(view.mapNodes((_k, a) => a.kind));
    expect(kinds).toEqual(new Set(["Park", "Document"]));
    expect(view.order).toBe(graph.filterNodes((_k, a) => a.kind === "Park" || a.kind === "Document").length);
    expect(new Set(view.mapEdges((_k, a) => a.relation))).toEqual(new Set(["MENTIONED_IN"]));
    expect(view.getAttribute("counts").nodes.Park).toBe(graph.getAttribute("counts").nodes.Park);
    expect(view.getAttribute("counts").nodes.Project).toBe(0);
  });

  it("a district keeps the Place, what is located in it (and phases of it), and their documents and years", () => {
    const view = filterGraph(graph, { district: "龙岗区" });
    expect(view.hasNode(LONGGANG)).toBe(true);
    // 龙岗中心医院 LOCATED_IN 龙岗区; its 门急诊大楼 LOCATED_IN 龙岗区 too; nothing of 南山区
    for (const key of ["institution:龙岗中心医院", "project:龙岗中心医院门急诊大楼", "park:龙岗中心城"]) expect(view.hasNode(key), key).toBe(true);
    expect(view.hasNode("place:南山区")).toBe(false);
    expect(view.hasNode("institution:南山医院")).toBe(false);
    // every entity kept reaches 龙岗区 by LOCATED_IN / PHASE_OF edges of the whole graph
    const reaches = (key: string, seen = new Set<string>()): boolean =>
      key === LONGGANG || (!seen.has(key) && graph.outEdges(key).some((e) => ["LOCATED_IN", "PHASE_OF"].includes(graph.getEdgeAttribute(e, "relation")) && reaches(graph.target(e), seen.add(key))));
    view.forEachNode((key, a) => {
      if (isEntityNode(a)) expect(reaches(key), key).toBe(true);
      if (a.kind === "Year") expect(view.inDegree(key), key).toBeGreaterThan(0);
    });
    expect(view.filterNodes((_k, a) => isEntityNode(a)).length).toBe(graph.filterNodes((k, a) => isEntityNode(a) && reaches(k)).length);
    expect(view.filterNodes((_k, a) => a.kind === "Document").length).toBeGreaterThan(0);
  });

  it("combines time, district and types", () => {
    const view = filterGraph(graph, { year: 2024, district: "龙岗区", types: ["Project"] });
    expect(view.order).toBeGreaterThan(0);
    view.forEachNode((key, a) => {
      expect(a.kind, key).toBe("Project");
      if (isEntityNode(a)) expect(Math.max(...a.years)).toBeLessThanOrEqual(2024);
    });
  });

  it("names bad filters: INVALID_OPTIONS, and ENTITY_NOT_FOUND for a place that is not in the graph", () => {
    expect(() => filterGraph(graph, { year: 2022, from: 2020 })).toThrow(failsWith("INVALID_OPTIONS"));
    expect(() => filterGraph(graph, { mode: "year" })).toThrow(failsWith("INVALID_OPTIONS"));
    expect(() => filterGraph(graph, { types: [] })).toThrow(failsWith("INVALID_OPTIONS"));
    expect(() => filterGraph(graph, { district: "亚特兰蒂斯" })).toThrow(failsWith("ENTITY_NOT_FOUND"));
    expect(() => filterGraph(graph, { district: "深圳工业软件园" })).toThrow(failsWith("ENTITY_NOT_FOUND")); // a Park, not a Place
    let message = "";
    try {
      filterGraph(graph, { types: ["Park", "Parks" as "Park"] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('"Parks"');
    expect(message).toContain("Project, Park, Institution");
  });
});
