// Diff mode (statuses from diffYears, what it shows) and visibleElements, the one function that
// says what is drawn, on the real seed graph.
import { beforeAll, describe, expect, it } from "vitest";
import { diffYears, isEntityNode } from "@policy-kg/graph";
import type { Dataset } from "../src/core/data/dataset";
import { countStatuses, diffPair, diffStatuses } from "../src/core/diff/diff";
import { NO_FILTERS } from "../src/core/filters/filters";
import { computeView, visibleElements } from "../src/core/view/visible";
import { kindOf, lastYear, seedDataset, stateAt } from "./view-fixture";

let d: Dataset;
beforeAll(async () => {
  d = await seedDataset();
});

const PARK = "park:深圳工业软件园";

describe("diff mode", () => {
  it("gives every entity of diffYears its status, 深圳工业软件园 advanced from 2023 to 2025", () => {
    const years = { from: 2023, to: 2025 };
    const statuses = diffStatuses(d.graph, years);
    const diff = diffYears(d.graph, years);
    for (const [list, status] of [[diff.new, "new"], [diff.advanced, "advanced"], [diff.continued, "unchanged"], [diff.dropped, "dropped"]] as const) {
      expect(list.length, status).toBeGreaterThan(0);
      for (const e of list) expect(statuses.get(e.id), e.id).toBe(status);
    }
    expect(statuses.size).toBe(diff.new.length + diff.advanced.length + diff.continued.length + diff.dropped.length);
    expect(statuses.get(PARK)).toBe("advanced");
    expect(diffStatuses(d.graph, years)).toBe(statuses);
  });

  it("shows the entities of the two years with their documents, coloured by status", () => {
    const view = computeView(d, stateAt(d, { diff: { from: 2023, to: 2025 } }));
    const statuses = view.diff!;
    const shownEntities = [...view.nodes].filter((k) => kindOf(d, k) !== "Document");
    expect(shownEntities.sort()).toEqual([...statuses.keys()].sort());
    // a node present in neither year is not shown: one of 2022 only
    const only2022 = [...d.view(2022, "year").nodes].find((k) => !d.view(2023, "year").nodes.has(k) && !d.view(2025, "year").nodes.has(k));
    expect(only2022).toBeDefined();
    expect(view.nodes.has(only2022!)).toBe(false);
    const counts = countStatuses(statuses, view.nodes);
    expect(counts.new + counts.advanced + counts.unchanged + counts.dropped).toBe(statuses.size);
  });

  it("filters apply in diff mode, the stage read in the later year", () => {
    const view = computeView(d, stateAt(d, { year: 2022, diff: { from: 2023, to: 2025 }, filters: { ...NO_FILTERS, stages: ["recognized"], types: ["Park"] } }));
    expect(view.nodes.has(PARK)).toBe(true);
    for (const k of view.nodes) expect(kindOf(d, k)).toBe("Park");
    const counts = countStatuses(view.diff!, view.nodes);
    expect(counts.advanced).toBeGreaterThanOrEqual(1);
    expect(counts.advanced + counts.new + counts.unchanged + counts.dropped).toBe(view.nodes.size);
  });

  it("accepts only from < to", () => {
    expect(diffPair(2023, 2025)).toEqual({ from: 2023, to: 2025 });
    expect(diffPair(2025, 2023)).toBeNull();
    expect(diffPair(2024, 2024)).toBeNull();
    expect(diffPair(2024.5, 2025)).toBeNull();
  });
});

describe("visibleElements", () => {
  it("without filters: the year's view, in the display graph's order", () => {
    const year = lastYear(d);
    const v = visibleElements(d, stateAt(d, { year, mode: "year" }));
    const base = d.view(year, "year");
    expect(new Set(v.nodes)).toEqual(base.nodes);
    expect(new Set(v.edges)).toEqual(base.edges);
    expect(v.nodes).toEqual(d.display.nodes().filter((k) => base.nodes.has(k)));
    expect(v.path).toBeNull();
  });

  it("with no year (a snapshot without dates): everything", () => {
    const v = visibleElements(d, stateAt(d, { year: null }));
    expect(v.nodes.length).toBe(d.display.order);
    expect(v.edges.length).toBe(d.display.size);
  });

  it("year + filters + ego + path: the same sets computeView draws, edges only between drawn nodes", () => {
    const state = stateAt(d, {
      filters: { ...NO_FILTERS, types: ["Strategy", "Park", "Place", "Institution"] },
      ego: { node: "strategy:一芯两核多支点", depth: 2 },
      path: { from: "park:大运深港国际科教城", to: "park:东部高铁新城" },
    });
    const v = visibleElements(d, state);
    const view = computeView(d, state);
    expect(new Set(v.nodes)).toEqual(view.nodes);
    expect(new Set(v.edges)).toEqual(view.edges);
    expect(v.nodes.length).toBeGreaterThan(5);
    expect(v.nodes.length).toBeLessThan(d.view(lastYear(d), "cumulative").nodes.size / 10);
    const nodes = new Set(v.nodes);
    for (const e of v.edges) expect(nodes.has(d.display.source(e)) && nodes.has(d.display.target(e))).toBe(true);
    expect(v.path).not.toBeNull();
    for (const k of v.path!.nodes) expect(nodes.has(k)).toBe(true);
    expect(isEntityNode(d.graph.getNodeAttributes(v.path!.nodes[0]!))).toBe(true);
  });
});
