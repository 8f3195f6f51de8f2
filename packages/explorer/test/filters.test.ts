// Filters of the explorer view (kind, place, strategy part, stage, modality, document), checked
// against the graph package's own answers (graphAsOf, filterGraph, stageInYear, the strategy-parts
// query) on the real seed graph.
import { beforeAll, describe, expect, it } from "vitest";
import { documentKey, filterGraph, graphAsOf, isEntityNode, runEmbeddedQuery, stageInYear } from "@policy-kg/graph";
import type { Dataset } from "../src/core/data/dataset";
import { MultiDirectedGraph } from "graphology";
import type { DisplayEdge, DisplayNode } from "../src/core/graph/display";
import { INSIDE_PLACE, inwardClosure, NO_FILTERS, UNDER_PART, type Filters } from "../src/core/filters/filters";
import { computeView } from "../src/core/view/visible";
import { filterOptions } from "../src/core/filters/options";
import { filtersAtom, resetFilters, toggleType } from "../src/core/filters";
import { DISPLAY_KINDS } from "../src/core/appearance/palette";
import { kindOf, lastYear, reachesForward, seedDataset, stateAt } from "./view-fixture";

let d: Dataset;
beforeAll(async () => {
  d = await seedDataset();
});

const shown = (filters: Partial<Filters>, year?: number, mode: "year" | "cumulative" = "cumulative") =>
  computeView(d, stateAt(d, { year: year ?? lastYear(d), mode, filters: { ...NO_FILTERS, ...filters } }));
const entities = (keys: Iterable<string>) => [...keys].filter((k) => kindOf(d, k) !== "Document").sort();
const documents = (keys: Iterable<string>) => [...keys].filter((k) => kindOf(d, k) === "Document").sort();

function expectEdgesBetweenShown(view: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }) {
  for (const e of view.edges) {
    expect(view.nodes.has(d.display.source(e)) && view.nodes.has(d.display.target(e)), e).toBe(true);
  }
}

describe("filters", () => {
  it("no filter: the year's view itself", () => {
    const view = shown({});
    const base = d.view(lastYear(d), "cumulative");
    expect(view.nodes).toBe(base.nodes);
    expect(view.edges).toBe(base.edges);
  });

  it("kind: only the chosen kinds, all of them, and the edges between them", () => {
    const view = shown({ types: ["Park", "Place"] });
    const base = d.view(lastYear(d), "cumulative");
    const expected = [...base.nodes].filter((k) => ["Park", "Place"].includes(kindOf(d, k))).sort();
    expect([...view.nodes].sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    expectEdgesBetweenShown(view);
    const between = [...base.edges].filter((e) => view.nodes.has(d.display.source(e)) && view.nodes.has(d.display.target(e)));
    expect([...view.edges].sort()).toEqual(between.sort());
    expect(between.length).toBeGreaterThan(0);
    expect(shown({ types: [] }).nodes.size).toBe(0);
  });

  it("place: the entities filterGraph's --district keeps, each inside the place by a chain of edges", () => {
    for (const [year, mode] of [[lastYear(d), "cumulative"], [2023, "year"]] as const) {
      const view = shown({ place: "place:龙岗区" }, year, mode);
      const oracle = filterGraph(d.graph, { year, mode, district: "place:龙岗区" }).filterNodes((_k, a) => isEntityNode(a));
      expect(entities(view.nodes), `${mode} ${year}`).toEqual(oracle.sort());
      for (const k of entities(view.nodes)) expect(reachesForward(d, k, "place:龙岗区", INSIDE_PLACE), k).toBe(true);
      expectEdgesBetweenShown(view);
    }
    const view = shown({ place: "place:龙岗区" });
    expect(entities(view.nodes).length).toBeGreaterThan(10);
    expect(view.nodes.has("place:龙岗区")).toBe(true);
    expect(view.nodes.has("place:南山区")).toBe(false);
    // documents: those with a shown mention of a shown entity, and no others
    expect(documents(view.nodes).length).toBeGreaterThan(0);
    for (const doc of documents(view.nodes)) {
      expect(d.display.someInEdge(doc, (e, _a, s) => view.edges.has(e) && view.nodes.has(s)), doc).toBe(true);
    }
  });

  it("strategy part: the part, its sub-parts, and what hangs under them", () => {
    const view = shown({ strategy: "strategy:一芯两核多支点" });
    const answer = runEmbeddedQuery(d.graph, "strategy-parts", { strategy: "一芯两核多支点" });
    const base = d.view(lastYear(d), "cumulative").nodes;
    const expected = [answer.strategy.id, ...answer.parts.flatMap((p) => [p.id, ...p.under.map((u) => u.id)]), ...answer.direct.map((m) => m.id)];
    expect(expected.length).toBeGreaterThan(10);
    for (const k of expected.filter((k) => base.has(k))) expect(view.nodes.has(k), k).toBe(true);
    for (const k of entities(view.nodes)) expect(reachesForward(d, k, "strategy:一芯两核多支点", UNDER_PART), k).toBe(true);
    // what is located in a member of a part hangs under the strategy too (the seeds have none of
    // these since the glossary's definitions no longer put places under a part; the synthetic
    // graph of "follows the chosen relations backwards" covers it)
    const located = entities(view.nodes).filter((k) => !expected.includes(k));
    for (const k of located) expect(d.display.someOutEdge(k, (_e, a, _s, t) => INSIDE_PLACE.includes(a.relation) && view.nodes.has(t)), k).toBe(true);
    expect(view.nodes.has("strategy:五个中心")).toBe(false);
    const part = shown({ strategy: "strategy:东核" });
    expect(part.nodes.has("park:宝龙科技城")).toBe(true);
    expect(part.nodes.has("park:大运深港国际科教城")).toBe(false);
    expect(part.nodes.has("strategy:一芯两核多支点")).toBe(false);
  });

  it("stage: the entities whose stage in the chosen year (stageInYear) is one of those chosen", () => {
    for (const [year, mode] of [[2024, "year"], [lastYear(d), "cumulative"]] as const) {
      const view = shown({ stages: ["operating", "completed"] }, year, mode);
      const base = d.view(year, mode).nodes;
      const expected = [...base].filter((k) => kindOf(d, k) !== "Document" && ["operating", "completed"].includes(stageInYear(d.graph, { entity: k, year, mode }).stage ?? ""));
      expect(entities(view.nodes), `${mode} ${year}`).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(5);
    }
  });

  it("modality: entities with a statement of that modality placed in the shown years", () => {
    const view = shown({ modalities: ["plan"] }, 2025, "year");
    const asOf = graphAsOf(d.graph, { year: 2025, mode: "year" });
    const expected = asOf.filterNodes((_k, a) => isEntityNode(a) && a.events.some((e) => e.modality === "plan"));
    expect(entities(view.nodes)).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(20);
    const done = shown({ modalities: ["done"] }, 2025, "year");
    expect(entities(done.nodes)).not.toEqual(entities(view.nodes));
  });

  it("document: that document and the entities it mentions in the shown years", () => {
    const id = "002_78575848d0c7b811";
    for (const [year, mode] of [[lastYear(d), "cumulative"], [2022, "year"], [2023, "year"]] as const) {
      const view = shown({ document: documentKey(id) }, year, mode);
      const asOf = graphAsOf(d.graph, { year, mode });
      const expected = asOf.filterNodes((_k, a) => isEntityNode(a) && a.events.some((e) => e.document === id));
      expect(entities(view.nodes), `${mode} ${year}`).toEqual(expected.sort());
      expect(documents(view.nodes)).toEqual(expected.length > 0 ? [documentKey(id)] : []);
    }
    expect(entities(shown({ document: documentKey(id) }, 2022, "year").nodes).length).toBeGreaterThan(20);
  });

  it("filters combine (and), and documents follow the kind filter", () => {
    const both = shown({ place: "place:龙岗区", types: ["Project"] });
    const place = shown({ place: "place:龙岗区" });
    expect(entities(both.nodes)).toEqual(entities(place.nodes).filter((k) => kindOf(d, k) === "Project"));
    expect(documents(both.nodes)).toEqual([]);
    const withDocs = shown({ place: "place:龙岗区", types: ["Project", "Document"] });
    expect(documents(withDocs.nodes).length).toBeGreaterThan(0);
    expect(documents(withDocs.nodes).length).toBeLessThanOrEqual(documents(place.nodes).length);
  });
});

describe("inwardClosure", () => {
  it("follows the chosen relations backwards through chains, and nothing else", () => {
    const g = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
    const add = (key: string) => g.addNode(key, { x: 0, y: 0, size: 1, color: "#000", label: key, kind: "Project", statements: 0 });
    for (const k of ["strategy", "part", "park", "project", "phase", "other", "doc"]) add(k);
    const link = (s: string, relation: string, t: string) => g.addEdgeWithKey(`${s}-[${relation}]->${t}`, s, t, { relation, size: 1, color: "#000" });
    link("part", "PART_OF", "strategy");
    link("park", "PART_OF", "part");
    link("project", "LOCATED_IN", "park");
    link("phase", "PHASE_OF", "project");
    link("part", "MEASURES", "other");
    link("other", "MENTIONED_IN", "doc");
    link("strategy", "LOCATED_IN", "other");
    expect([...inwardClosure(g, "strategy", UNDER_PART)].sort()).toEqual(["park", "part", "phase", "project", "strategy"]);
    expect([...inwardClosure(g, "park", INSIDE_PLACE)].sort()).toEqual(["park", "phase", "project"]);
    expect([...inwardClosure(g, "part", INSIDE_PLACE)]).toEqual(["part"]);
    expect(inwardClosure(g, "missing", UNDER_PART).size).toBe(0);
  });
});

describe("filter panel choices and toggles", () => {
  it("offers every place, the strategies with something under them, and every document", () => {
    const options = filterOptions(d.display);
    expect(options.places.length).toBe(d.display.filterNodes((_k, a) => a.kind === "Place").length);
    const longgang = options.places.find((o) => o.key === "place:龙岗区")!;
    const inside = d.display.filterNodes((k) => k !== "place:龙岗区" && reachesForward(d, k, "place:龙岗区", INSIDE_PLACE));
    expect(longgang.count).toBe(inside.length);
    expect(longgang.count).toBeGreaterThan(10);
    for (let i = 1; i < options.places.length; i++) expect(options.places[i - 1]!.count).toBeGreaterThanOrEqual(options.places[i]!.count);
    expect(options.strategies.map((o) => o.key)).toContain("strategy:一芯两核多支点");
    expect(options.strategies.every((o) => o.count > 0)).toBe(true);
    expect(options.documents.length).toBe(d.display.filterNodes((_k, a) => a.kind === "Document").length);
  });

  it("a type toggled off from 'all' keeps the others; toggled back, the filter is off again", () => {
    resetFilters();
    toggleType("Park", DISPLAY_KINDS);
    expect(filtersAtom.get().types).toEqual(DISPLAY_KINDS.filter((k) => k !== "Park"));
    toggleType("Park", DISPLAY_KINDS);
    expect(filtersAtom.get().types).toBeNull();
    resetFilters();
  });
});
