// buildTimeline on a generated graph (test/generated-graph.ts: statements in no particular year
// order, entities stated several times in one document in one or several years, indicator
// values, relations stated in one or two documents) against the straightforward computation from
// the definitions (timeline.ts's header), key by key, and its views against graphAsOf.
import { beforeAll, describe, expect, it } from "vitest";
import { stageRank } from "@policy-kg/extractor";
import { documentKey, eventYear, graphAsOf, isEntityNode, isRelationEdge, isReported, VIEW_MODES, type PolicyGraph } from "@policy-kg/graph";
import { buildTimeline, viewAt, type Presence, type Timeline } from "../src/core/time/timeline";
import { generatedGraph } from "./generated-graph";

let graph: PolicyGraph;
let timeline: Timeline;

beforeAll(() => {
  graph = generatedGraph({ entities: 1_500, mentionsPerEntity: 4, relations: 800, seed: 7 });
  timeline = buildTimeline(graph);
});

const presenceOf = (years: number[]): Presence => ({ first: years.length === 0 ? null : Math.min(...years), years: new Set(years) });

/** Each node's and edge's years, each entity's stage steps and the statements per year, one statement at a time. */
function straightforward(g: PolicyGraph) {
  const years = new Map<string, number[]>();
  const put = (key: string, y: number) => years.set(key, [...(years.get(key) ?? []), y]);
  const statements = new Map<number, number>();
  const stages = new Map<string, { year: number; reported: number }[]>();
  g.forEachNode((key, node) => {
    if (node.kind !== "Year") years.set(key, years.get(key) ?? []);
    if (!isEntityNode(node)) return;
    const best = new Map<number, number>();
    for (const s of [...node.events, ...node.values]) {
      const y = eventYear(s);
      if (y === null) continue;
      put(key, y);
      put(documentKey(s.document), y);
      statements.set(y, (statements.get(y) ?? 0) + 1);
      if ("stage" in s) best.set(y, Math.max(best.get(y) ?? -1, isReported(s) ? stageRank(s.stage) : -1));
    }
    stages.set(key, [...best.keys()].sort((a, b) => a - b).map((year) => ({ year, reported: best.get(year)! })));
  });
  const nodes = new Map([...years].map(([key, ys]) => [key, presenceOf(ys)]));
  const edges = new Map<string, Presence>();
  g.forEachEdge((key, a, source, target) => {
    if (a.relation === "MENTIONED_IN") {
      const node = g.getNodeAttributes(source);
      const ys = isEntityNode(node) ? node.events.filter((e) => documentKey(e.document) === target).map(eventYear) : [];
      edges.set(key, presenceOf(ys.filter((y): y is number => y !== null)));
    } else if (isRelationEdge(a)) {
      const [s, t] = [nodes.get(source)!, nodes.get(target)!];
      const stated = a.evidence.map((e) => nodes.get(documentKey(e.document))).filter((p) => p !== undefined);
      const both = [...s.years].filter((y) => t.years.has(y) && stated.some((d) => d.years.has(y)));
      const firsts = stated.map((d) => d.first).filter((y) => y !== null);
      const first = s.first === null || t.first === null || firsts.length === 0 ? null : Math.max(s.first, t.first, Math.min(...firsts));
      edges.set(key, { first, years: new Set(both) });
    }
  });
  return { nodes, edges, stages, statements };
}

describe("buildTimeline on a generated graph", () => {
  it("gives every node and edge the years, every entity the stage steps, every year the statements of the straightforward computation", () => {
    const expected = straightforward(graph);
    expect(timeline.nodes).toEqual(expected.nodes);
    expect(timeline.edges).toEqual(expected.edges);
    expect(timeline.stages).toEqual(expected.stages);
    expect(timeline.statements).toEqual(expected.statements);
    // the graph has the cases a quicker grouping could get wrong: one document stating an entity
    // in several years and in one, statements out of year order, relations with a first year
    const several = [...timeline.edges.values()].filter((p) => p.years.size > 1).length;
    expect(several).toBeGreaterThan(100);
    expect([...timeline.edges.values()].filter((p) => p.years.size === 1).length).toBeGreaterThan(100);
    const unordered = graph.filterNodes((_k, a) => isEntityNode(a) && a.events.some((e, i) => i > 0 && (eventYear(e) ?? Infinity) < (eventYear(a.events[i - 1]!) ?? Infinity)));
    expect(unordered.length).toBeGreaterThan(100);
    expect(graph.filterEdges((k, a) => isRelationEdge(a) && timeline.edges.get(k)!.first !== null).length).toBeGreaterThan(100);
  });

  for (const mode of VIEW_MODES) {
    it(`shows the nodes and edges graphAsOf keeps, every year, mode ${mode}`, () => {
      for (const year of timeline.years) {
        const asOf = graphAsOf(graph, { year, mode });
        const view = viewAt(timeline, year, mode);
        expect([...view.nodes].sort(), `${mode} ${year}`).toEqual(asOf.filterNodes((_k, a) => a.kind !== "Year").sort());
        expect([...view.edges].sort(), `${mode} ${year}`).toEqual(asOf.filterEdges((_k, a) => a.relation === "MENTIONED_IN" || "evidence" in a).sort());
      }
    });
  }
});
