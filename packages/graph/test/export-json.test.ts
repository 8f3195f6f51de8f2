// JSON export: graphology's serialisation of the (filtered) graph, importable by graphology, with
// the provenance as its graph attributes; not mistaken for a snapshot.
import { MultiDirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { filterGraph, parseSnapshot, writeJson, type ExportMeta, type GraphError, type PolicyGraph } from "../src/index";
import { EXPORTED_AT, NEW_IN_2025, PARK } from "./export-fixtures";
import { seedGraph } from "./seeds";

let graph: PolicyGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

describe("writeJson", () => {
  it("imports into graphology as the same nodes and edges, with the provenance as graph attributes", () => {
    const text = writeJson(graph, { exportedAt: EXPORTED_AT });
    const back = MultiDirectedGraph.from(JSON.parse(text) as Parameters<typeof MultiDirectedGraph.from>[0]);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => expect(back.getNodeAttributes(key), key).toEqual(a));
    graph.forEachEdge((key, a, source, target) => {
      expect(back.extremities(key)).toEqual([source, target]);
      expect(back.getEdgeAttributes(key), key).toEqual(a);
    });
    const meta = back.getAttributes() as ExportMeta;
    expect(meta).toMatchObject({ format: "policy-kg/export", exportFormat: "json", exportedAt: EXPORTED_AT, corpusHash: graph.getAttribute("corpusHash"), filters: {} });
  });

  it("serialises the filtered view and records its filters", () => {
    const filters = { year: 2022, mode: "year" as const };
    const data = JSON.parse(writeJson(filterGraph(graph, filters), { filters })) as { attributes: ExportMeta; nodes: { key: string }[] };
    const keys = data.nodes.map((n) => n.key);
    expect(keys).toContain(PARK);
    expect(keys).not.toContain(NEW_IN_2025);
    expect(data.attributes.filters).toEqual(filters);
    expect(data.attributes.counts.nodes.Park).toBe(keys.filter((k) => k.startsWith("park:")).length);
  });

  it("is not taken for a snapshot", () => {
    let code: string | undefined;
    try {
      parseSnapshot(writeJson(graph));
    } catch (e) {
      code = (e as GraphError).code;
    }
    expect(code).toBe("SNAPSHOT_INVALID");
  });
});
