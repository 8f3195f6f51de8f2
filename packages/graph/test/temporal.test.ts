// Temporal queries on the graph of the seeds: as of a year, diff between years, lineage, stage
// in a year, targets against actuals. Facts are read off the seed documents.
import { beforeAll, describe, expect, it } from "vitest";
import {
  diffYears,
  eventYear,
  graphAsOf,
  indicatorSeries,
  isEntityNode,
  lineage,
  parseSnapshot,
  serialiseSnapshot,
  stageInYear,
  yearKey,
  type GraphError,
  type PolicyGraph,
  type YearDiff,
} from "../src/index";
import { D000, D001, D002, seedGraph } from "./seeds";

let graph: PolicyGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

const PARK = "park:深圳工业软件园"; // started 2022, recognized 2024, opened 2025
const NEW_IN_2025 = "park:湾区未来科技园"; // only in 000: "深圳工业软件园、湾区未来科技园等一批专业园区开园" (2025)
const HOSPITAL = "project:区耳鼻咽喉医院迁址重建工程"; // topped out 2022, completed 2024, in use 2025

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as GraphError).code;
  }
  return undefined;
}

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("graphAsOf", () => {
  it("year only: keeps the statements placed in that year, and the entities, documents and year they involve", () => {
    const view = graphAsOf(graph, { year: 2022, mode: "year" });
    expect(view.hasNode(NEW_IN_2025)).toBe(false);
    const park = view.getNodeAttributes(PARK);
    expect(isEntityNode(park) && park.events.map((e) => [e.year, e.stage])).toEqual([[2022, "started"]]);
    expect(isEntityNode(park) && park.stage).toBe("started");
    view.forEachNode((key, a) => {
      if (isEntityNode(a)) for (const e of [...a.events, ...a.values]) expect(eventYear(e), key).toBe(2022);
      if (a.kind === "Year") expect(key).toBe(yearKey(2022));
    });
    expect(view.nodes().filter((k) => k.startsWith("Document:"))).toEqual([`Document:${D002}`]);
    expect(view.getAttribute("view")).toEqual({ year: 2022, mode: "year" });
  });

  it("cumulative: keeps everything placed up to the year, and contains the year-only view", () => {
    const view = graphAsOf(graph, { year: 2024 });
    const park = view.getNodeAttributes(PARK);
    expect(isEntityNode(park) && park.events.map((e) => e.year)).toEqual([2022, 2023, 2024]);
    expect(view.hasNode(NEW_IN_2025)).toBe(false);
    for (const key of graphAsOf(graph, { year: 2023, mode: "year" }).nodes()) expect(view.hasNode(key), key).toBe(true);
    view.forEachEdge((key, _a, source, target) => expect(graph.hasEdge(key) && graph.source(key) === source && graph.target(key) === target).toBe(true));
  });

  it("keeps the whole graph as of the last year, and leaves the input graph as it was", () => {
    const before = serialiseSnapshot(graph);
    const view = graphAsOf(graph, { year: 2027 });
    expect(view.hasNode(NEW_IN_2025)).toBe(true);
    let dated = 0;
    graph.forEachNode((key, a) => {
      if (isEntityNode(a) && a.years.length > 0) {
        dated++;
        expect(view.hasNode(key)).toBe(true);
      }
    });
    expect(view.order).toBeGreaterThanOrEqual(dated);
    expect(serialiseSnapshot(graph)).toBe(before);
  });

  it("gives views that pass every snapshot check (counts, derived years and stages, cited documents)", () => {
    for (const mode of ["year", "cumulative"] as const) {
      for (const year of [2022, 2023, 2024, 2025]) {
        const view = graphAsOf(graph, { year, mode });
        expect(parseSnapshot(serialiseSnapshot(view)).getAttribute("view")).toEqual({ year, mode });
      }
    }
  });

  it("rejects a year that is not a whole number with INVALID_OPTIONS", () => {
    expect(codeOf(() => graphAsOf(graph, { year: 2024.5 }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => graphAsOf(graph, { year: 2024, mode: "decade" as "year" }))).toBe("INVALID_OPTIONS");
  });
});

describe("diffYears", () => {
  let diff: YearDiff;
  beforeAll(() => {
    diff = diffYears(graph, { from: 2023, to: 2024 });
  });

  it("classifies an entity whose reported stage moved on as advanced", () => {
    expect(diff.advanced).toContainEqual({ id: PARK, label: "深圳工业软件园", kind: "Park", from: "started", to: "recognized" });
    expect(diff.advanced).toContainEqual(expect.objectContaining({ id: HOSPITAL, from: "topped_out", to: "completed" }));
  });

  it("puts each entity in at most one list, sorted, each by its definition", () => {
    const all = [...diff.new, ...diff.continued, ...diff.advanced, ...diff.dropped].map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    for (const list of [diff.new, diff.continued, diff.advanced, diff.dropped]) expect(ids(list)).toEqual([...ids(list)].sort());
    const years = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return isEntityNode(a) ? a.years : [];
    };
    for (const e of diff.new) expect(years(e.id)[0]).toBe(2024);
    for (const e of diff.dropped) expect(years(e.id).includes(2023) && !years(e.id).includes(2024)).toBe(true);
    for (const e of diff.continued) expect(years(e.id)[0]! <= 2023 && years(e.id).includes(2024)).toBe(true);
    expect(diff.new.length + diff.continued.length + diff.dropped.length).toBeGreaterThan(0);
  });

  it("finds what is new in 2025", () => {
    const next = diffYears(graph, { from: 2024, to: 2025 });
    expect(next.new).toContainEqual(expect.objectContaining({ id: NEW_IN_2025, from: null, to: "operating" }));
    expect(ids(diff.new)).not.toContain(NEW_IN_2025);
  });

  it("rejects from ≥ to with INVALID_OPTIONS", () => {
    expect(codeOf(() => diffYears(graph, { from: 2024, to: 2024 }))).toBe("INVALID_OPTIONS");
    expect(codeOf(() => diffYears(graph, { from: 2025, to: 2023 }))).toBe("INVALID_OPTIONS");
  });
});

describe("lineage", () => {
  it("lists the staged statements about an entity across documents and years, in time order", () => {
    const l = lineage(graph, { entity: "深圳工业软件园" });
    expect(l.entity).toMatchObject({ id: PARK, kind: "Park", label: "深圳工业软件园" });
    expect(new Set(l.events.map((e) => e.year))).toEqual(new Set([2022, 2023, 2024, 2025]));
    expect(new Set(l.events.map((e) => e.document))).toEqual(new Set([D000, D001, D002]));
    const years = l.events.map((e) => eventYear(e)!);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("finds the entity by id as well as by name, and adds unstaged statements on request", () => {
    const byId = lineage(graph, { entity: HOSPITAL });
    expect(byId.events.map((e) => e.stage)).toEqual(expect.arrayContaining(["topped_out", "completed"]));
    const all = lineage(graph, { entity: "轨道16号线二期", includeMentions: true });
    expect(all.events.length).toBeGreaterThan(lineage(graph, { entity: "轨道16号线二期" }).events.length);
  });

  it("says ENTITY_NOT_FOUND for a name no entity has", () => {
    expect(codeOf(() => lineage(graph, { entity: "不存在的产业园" }))).toBe("ENTITY_NOT_FOUND");
  });
});

describe("stageInYear", () => {
  it("gives the stage reached by a year, and the stage planned for it", () => {
    expect(stageInYear(graph, { entity: PARK, year: 2023 })).toMatchObject({ stage: "started", planned: "building" });
    expect(stageInYear(graph, { entity: PARK, year: 2025, mode: "year" })).toMatchObject({ stage: "operating", planned: "operating" });
    expect(stageInYear(graph, { entity: HOSPITAL, year: 2024, mode: "year" }).stage).toBe("completed");
  });

  it("gives null before the first statement", () => {
    expect(stageInYear(graph, { entity: PARK, year: 2021 })).toMatchObject({ stage: null, planned: null, events: [] });
  });
});

describe("indicatorSeries", () => {
  it("sets targets against actuals year by year for one district", () => {
    const s = indicatorSeries(graph, { indicator: "地区生产总值", district: "龙岗区" });
    const rows = s.rows.map((r) => [r.year, r.measure, r.targets.map((p) => p.value), r.actuals.map((p) => p.value)]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [2022, "growth", [], [3]], // 002: 地区生产总值同比增长 3%
        [2023, "growth", [7], []], // 002: 地区生产总值同比增长 7%左右 (target)
        [2024, "level", [], [5901]], // 001: 地区生产总值5901亿元
        [2025, "growth", [6], []], // 001: 地区生产总值增长6%左右 (target)
      ]),
    );
    for (const r of s.rows) for (const p of [...r.targets, ...r.actuals]) expect(p.district).toBe("龙岗区");
    expect(s.rows.map((r) => r.year)).toEqual([...s.rows.map((r) => r.year)].sort());
  });

  it("computes the gap when a year has one target and one actual", () => {
    // 001 plans 新增国家高新技术企业400家 for 2025; 003 reports 新增国家高新技术企业468家 in 2025
    const row = indicatorSeries(graph, { indicator: "新增国家高新技术企业" }).rows.find((r) => r.year === 2025 && r.measure === "level")!;
    expect(row.targets.map((p) => p.value)).toEqual([400]);
    expect(row.actuals.map((p) => p.value)).toEqual([468]);
    expect(row.gap).toBe(68);
  });

  it("never sets one district's actual against another district's target", () => {
    // 2025 地区生产总值 growth: 001 targets 6% for 龙岗区, 004 reports 南山区's actual growth
    const rows = indicatorSeries(graph, { indicator: "地区生产总值" }).rows;
    const mixed = rows.filter((r) => new Set([...r.targets, ...r.actuals].map((p) => p.district)).size > 1 && r.targets.length > 0 && r.actuals.length > 0);
    expect(mixed.length).toBeGreaterThan(0);
    for (const r of mixed) expect(r.gap).toBeNull();
    const longgang = indicatorSeries(graph, { indicator: "地区生产总值", district: "龙岗区" }).rows;
    for (const r of longgang) if (r.targets.length === 1 && r.actuals.length === 1) expect(r.gap).not.toBeNull();
  });

  it("only looks at Indicator nodes", () => {
    expect(codeOf(() => indicatorSeries(graph, { indicator: "深圳工业软件园" }))).toBe("ENTITY_NOT_FOUND");
  });
});

describe("finding an entity by name", () => {
  it("finds by name or alias through an index that follows changes to the graph", async () => {
    const g = await seedGraph();
    expect(lineage(g, { entity: "区耳鼻喉医院新院区" }).entity.id).toBe(HOSPITAL);
    const park = g.getNodeAttributes(PARK);
    if (!isEntityNode(park)) throw new Error("the park is an entity node");
    g.addNode("park:测试园", { ...park, label: "测试园", aliases: ["测试别名园"] });
    expect(lineage(g, { entity: "测试别名园" }).entity.id).toBe("park:测试园");
    g.mergeNodeAttributes("park:测试园", { aliases: ["另一个别名"] });
    expect(lineage(g, { entity: "另一个别名" }).entity.id).toBe("park:测试园");
    g.dropNode("park:测试园");
    expect(() => lineage(g, { entity: "另一个别名" })).toThrow();
  });
});
