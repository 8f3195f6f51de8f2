// The explorer's precomputed timeline must show exactly what graphAsOf and stageInYear of
// @policy-kg/graph say, for every year of the snapshot and both modes.
import { beforeAll, describe, expect, it } from "vitest";
import { graphAsOf, isEntityNode, stageInYear, VIEW_MODES, type PolicyGraph } from "@policy-kg/graph";
import { buildTimeline, nearestYear, stageAt, viewAt, viewCache, type Timeline } from "../src/core/time/timeline";
import { seedGraph } from "./fixture";

let graph: PolicyGraph;
let timeline: Timeline;

beforeAll(async () => {
  graph = await seedGraph();
  timeline = buildTimeline(graph);
});

describe("buildTimeline", () => {
  it("has the snapshot's years and counts every dated statement", () => {
    const years = graph.filterNodes((_k, a) => a.kind === "Year").map((k) => Number(k.slice(5)));
    expect(timeline.years).toEqual(years.sort((a, b) => a - b));
    let dated = 0;
    graph.forEachNode((_k, a) => {
      if (isEntityNode(a)) dated += [...a.events, ...a.values].filter((e) => (e.year ?? e.said) !== null).length;
    });
    expect([...timeline.statements.values()].reduce((n, v) => n + v, 0)).toBe(dated);
    expect(dated).toBeGreaterThan(1000);
  });

  for (const mode of VIEW_MODES) {
    it(`shows the nodes and edges graphAsOf keeps, every year, mode ${mode}`, () => {
      for (const year of timeline.years) {
        const asOf = graphAsOf(graph, { year, mode });
        const view = viewAt(timeline, year, mode);
        const nodes = asOf.filterNodes((_k, a) => a.kind !== "Year");
        const edges = asOf.filterEdges((_k, a) => a.relation === "MENTIONED_IN" || "evidence" in a);
        expect([...view.nodes].sort(), `${mode} ${year}`).toEqual(nodes.sort());
        expect([...view.edges].sort(), `${mode} ${year}`).toEqual(edges.sort());
      }
    });
  }

  it("changes what is shown from year to year", () => {
    const [first, last] = [timeline.years[0]!, timeline.years.at(-1)!];
    expect(viewAt(timeline, first, "cumulative").nodes.size).toBeLessThan(viewAt(timeline, last, "cumulative").nodes.size);
    const [a, b] = timeline.years.slice(-3);
    expect(viewAt(timeline, a!, "year").nodes).not.toEqual(viewAt(timeline, b!, "year").nodes);
  });

  it("gives each entity the stage stageInYear gives, every year and mode", () => {
    let staged = 0;
    graph.forEachNode((key, a) => {
      if (!isEntityNode(a)) return;
      for (const year of timeline.years) {
        for (const mode of VIEW_MODES) {
          const expected = stageInYear(graph, { entity: key, year, mode }).stage;
          expect(stageAt(timeline, key, year, mode), `${key} ${mode} ${year}`).toBe(expected);
          if (expected !== null && expected !== "mentioned") staged++;
        }
      }
    });
    expect(staged).toBeGreaterThan(100);
    const park = graph.getNodeAttributes("park:深圳工业软件园");
    const stages = timeline.years.map((y) => stageAt(timeline, "park:深圳工业软件园", y, "cumulative"));
    expect(stages.at(-1)).toBe(park.kind === "Park" && park.stage);
    expect(new Set(stages.filter((s) => s !== null)).size).toBeGreaterThanOrEqual(2);
    expect(stageAt(timeline, "Document:001_6bbf6b6bd295e350", 2024, "cumulative")).toBeNull();
  });

  it("caches views and picks the nearest year", () => {
    const view = viewCache(timeline);
    expect(view(2024, "year")).toBe(view(2024, "year"));
    const small = viewCache(timeline, 2);
    const first = small(2023, "year");
    small(2024, "year");
    expect(small(2023, "year")).toBe(first);
    small(2024, "cumulative");
    small(2025, "cumulative");
    expect(small(2023, "year")).not.toBe(first);
    expect(small(2023, "year").nodes).toEqual(first.nodes);
    expect(nearestYear(timeline, null)).toBe(timeline.years.at(-1));
    expect(nearestYear(timeline, 1990)).toBe(timeline.years[0]);
    expect(nearestYear(timeline, timeline.years[1]!)).toBe(timeline.years[1]);
  });
});
