// GraphML export of the seed graph: well-formed XML; read back with a small GraphML reader that
// checks every <data> against its declared, typed <key>; same nodes, edges and attributes; the
// provenance as graph data; hostile text.
import { beforeAll, describe, expect, it } from "vitest";
import { TOOL_VERSION, filterGraph, isEntityNode, isRelationEdge, writeGraphml, type PolicyGraph } from "../src/index";
import { edgeWeight } from "../src/export/columns";
import { EXPORTED_AT, HOSTILE_ALIAS, HOSTILE_LABEL_XML, NEW_IN_2025, PARK, hostileGraph } from "./export-fixtures";
import { seedGraph } from "./seeds";
import { children, parseXml, wellFormedProblem } from "./xml-check";

type Value = string | number;
interface GraphmlGraph {
  graph: Record<string, Value>;
  nodes: Map<string, Record<string, Value>>;
  edges: Map<string, { source: string; target: string; data: Record<string, Value> }>;
}

const ATTR_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);

/** Read GraphML: keys must declare a known attr.type; every <data> must use a key declared for its element; ints must be whole numbers. */
function readGraphml(text: string): GraphmlGraph {
  const root = parseXml(text).documentElement;
  expect(root.tagName).toBe("graphml");
  const keys = new Map<string, { for: string; name: string; type: string }>();
  for (const k of children(root, "key")) {
    const type = k.getAttribute("attr.type")!;
    if (!ATTR_TYPES.has(type)) throw new Error(`key ${k.getAttribute("id")} has attr.type ${type}`);
    keys.set(k.getAttribute("id")!, { for: k.getAttribute("for")!, name: k.getAttribute("attr.name")!, type });
  }
  const dataOf = (e: Element, scope: string): Record<string, Value> => {
    const out: Record<string, Value> = {};
    for (const d of children(e, "data")) {
      const key = keys.get(d.getAttribute("key")!);
      if (!key || key.for !== scope) throw new Error(`<data key="${d.getAttribute("key")}"> on a ${scope} is not declared for it`);
      const raw = d.textContent ?? "";
      if (key.type === "int" && !/^-?\d+$/.test(raw)) throw new Error(`int data ${key.name} = ${JSON.stringify(raw)}`);
      out[key.name] = key.type === "int" ? Number(raw) : raw;
    }
    return out;
  };
  const graphs = children(root, "graph");
  expect(graphs).toHaveLength(1);
  const g = graphs[0]!;
  expect(g.getAttribute("edgedefault")).toBe("directed");
  return {
    graph: dataOf(g, "graph"),
    nodes: new Map(children(g, "node").map((n) => [n.getAttribute("id")!, dataOf(n, "node")])),
    edges: new Map(children(g, "edge").map((e) => [e.getAttribute("id")!, { source: e.getAttribute("source")!, target: e.getAttribute("target")!, data: dataOf(e, "edge") }])),
  };
}

const list = (v: Value | undefined) => (v === undefined ? [] : String(v).split("|"));

let graph: PolicyGraph;
let text: string;
let back: GraphmlGraph;
beforeAll(async () => {
  graph = await seedGraph();
  text = writeGraphml(graph, { exportedAt: EXPORTED_AT, command: "pnpm kg export --format graphml" });
  back = readGraphml(text);
});

describe("writeGraphml", () => {
  it("writes well-formed XML with every key typed", () => {
    expect(wellFormedProblem(text)).toBeNull();
    expect(text).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('<key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>');
  });

  it("reads back into the same nodes, edges and attributes", () => {
    expect(back.nodes.size).toBe(graph.order);
    expect(back.edges.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const d = back.nodes.get(key)!;
      expect([d.label, d.kind], key).toEqual([a.label, a.kind]);
      if (isEntityNode(a)) {
        expect(list(d.years).map(Number), key).toEqual(a.years);
        expect([d.mentions, d.values, d.stage], key).toEqual([a.events.length, a.values.length, a.stage]);
        expect(list(d.aliases), key).toEqual(a.aliases);
      }
      if (a.kind === "Year") expect(d.year).toBe(a.year);
    });
    graph.forEachEdge((key, a, source, target) => {
      const e = back.edges.get(key)!;
      expect([e.source, e.target, e.data.relation, e.data.weight], key).toEqual([source, target, a.relation, edgeWeight(a)]);
      if (isRelationEdge(a)) expect(list(e.data.evidence), key).toEqual(a.evidence.map((x) => `${x.document}:${x.start}-${x.end}`));
    });
    expect(list(back.nodes.get(NEW_IN_2025)!.years)).toEqual(["2025"]);
    expect(back.nodes.get(PARK)!.first_year).toBe(2022);
  });

  it("records its provenance as graph data and in <desc>", () => {
    const a = graph.getAttributes();
    expect(back.graph).toMatchObject({
      format: "policy-kg/export",
      exportFormat: "graphml",
      toolVersion: TOOL_VERSION,
      exportedAt: EXPORTED_AT,
      corpusHash: a.corpusHash,
      schemaVersion: a.schemaVersion,
      extractorVersion: a.extractorVersion,
      builtAt: a.builtAt,
      command: "pnpm kg export --format graphml",
    });
    expect(JSON.parse(back.graph.filters as string)).toEqual({});
    expect(JSON.parse(back.graph.counts as string)).toEqual(a.counts);
    const desc = children(parseXml(text).documentElement, "desc")[0]!.textContent!;
    expect(desc).toContain(a.corpusHash);
  });

  it("escapes markup, quotes and line breaks so that text reads back exactly", () => {
    const hostile = writeGraphml(filterGraph(hostileGraph(graph), { types: ["Park"] }));
    expect(wellFormedProblem(hostile)).toBeNull();
    const park = readGraphml(hostile).nodes.get(PARK)!;
    expect(park.label).toBe(HOSTILE_LABEL_XML);
    expect(list(park.aliases)[0]).toBe(HOSTILE_ALIAS);
  });
});
