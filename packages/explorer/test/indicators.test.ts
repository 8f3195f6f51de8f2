// The indicator chart's data and geometry on the real seed graph: every dated value of an
// indicator drawn once, split by district, measure and unit (units of one dimension converted),
// tolerance and falls shown, the sentence behind each point; axis ticks and point positions.
import { beforeAll, describe, expect, it } from "vitest";
import { indicatorSeries, isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import { chartedIndicators, hasIndicatorValues, indicatorChart, type ChartPoint } from "../src/core/indicators/series";
import { chartGeometry, MARGIN, niceTicks } from "../src/core/indicators/layout";
import { seedGraph } from "./fixture";

let graph: PolicyGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

const identity = (p: { document: string; start: number; end: number; kind: string; measure: string }) => `${p.document}:${p.start}-${p.end}:${p.kind}:${p.measure}`;
const points = (indicator: string): ChartPoint[] => indicatorChart(graph, { indicator }).series.flatMap((s) => s.points);

describe("indicatorChart", () => {
  it("draws every dated value of 地区生产总值 once, one series per district, measure and unit", () => {
    const chart = indicatorChart(graph, { indicator: "地区生产总值" });
    const rows = indicatorSeries(graph, { indicator: "地区生产总值" }).rows;
    const dated = rows.filter((r) => r.year !== null).flatMap((r) => [...r.targets, ...r.actuals]);
    const drawn = chart.series.flatMap((s) => s.points);
    expect(drawn.map((p) => identity(p.point)).sort()).toEqual(dated.map(identity).sort());
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    expect(new Set(chart.series.map((s) => s.district))).toEqual(new Set(["龙岗区", "南山区"]));
    for (const s of chart.series) {
      for (const p of s.points) {
        expect(p.point.district, s.id).toBe(s.district);
        expect(p.point.measure, s.id).toBe(s.measure);
        expect(p.year, s.id).toBe(p.point.year ?? p.point.said);
      }
      const years = s.points.map((p) => p.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
    }
    const growth = chart.series.find((s) => s.district === "龙岗区" && s.measure === "growth")!;
    expect(growth.unit).toBe("%");
    expect(growth.points.map((p) => [p.year, p.kind, p.y, p.tolerance])).toEqual(
      growth.points.map((p) => [p.point.year, p.point.kind, p.point.value, { exact: "", approx: "左右", at_least: "以上", at_most: "以下" }[p.point.qualifier]]),
    );
    expect(growth.points.some((p) => p.kind === "target" && p.tolerance === "左右")).toBe(true);
    expect(growth.points.some((p) => p.kind === "actual")).toBe(true);
    expect(chart.years![0]).toBeLessThanOrEqual(Math.min(...drawn.map((p) => p.year)));
  });

  it("gives each point the sentence it is in", () => {
    for (const p of points("地区生产总值")) {
      const node = graph.getNodeAttributes("indicator:地区生产总值");
      const quotes = isEntityNode(node) ? node.events.filter((e) => e.document === p.point.document).map((e) => e.quote) : [];
      expect(quotes, p.point.text).toContain(p.sentence);
      expect(p.sentence).toContain(p.point.text);
      expect(p.sentence.length).toBeGreaterThan(p.point.text.length);
    }
  });

  it("converts units of one dimension to the series' most used unit, and keeps the written value", () => {
    const land = indicatorChart(graph, { indicator: "土地整备入库" }).series.find((s) => new Set(s.points.map((p) => p.point.unit)).size > 1);
    expect(land, "a series with two written units").toBeDefined();
    for (const p of land!.points) {
      if (p.point.unit === land!.unit) expect(p.y).toBe(p.point.value);
      else expect(p.y * (land!.points.find((q) => q.point.unit === land!.unit)!.point.normalized!.value / land!.points.find((q) => q.point.unit === land!.unit)!.point.value)).toBeCloseTo(p.point.normalized!.value, 3);
    }
  });

  it("plots a fall (下降) below zero", () => {
    const falls = graph
      .filterNodes((_k, a) => isEntityNode(a) && a.kind === "Indicator" && a.values.some((v) => v.direction === "down"))
      .flatMap((k) => points(k).filter((p) => p.point.direction === "down"));
    expect(falls.length).toBeGreaterThan(0);
    for (const p of falls) expect(p.y).toBe(-p.point.value);
  });

  it("finds what to chart for a selection: an indicator itself, the indicators a goal measures", () => {
    expect(hasIndicatorValues(graph, "indicator:地区生产总值")).toBe(true);
    expect(chartedIndicators(graph, "indicator:地区生产总值")).toEqual(["indicator:地区生产总值"]);
    const goal = graph.findNode((k, a) => a.kind === "Goal" && graph.someOutEdge(k, (_e, e, _s, t) => e.relation === "MEASURES" && t === "indicator:地区生产总值"));
    expect(goal).toBeDefined();
    expect(chartedIndicators(graph, goal!)).toEqual(["indicator:地区生产总值"]);
    expect(chartedIndicators(graph, "park:深圳工业软件园")).toEqual([]);
    expect(chartedIndicators(graph, null)).toEqual([]);
  });
});

describe("chart geometry", () => {
  it("makes round ticks that cover the range", () => {
    expect(niceTicks(0, 7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 6000)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(-4.5, 3)).toEqual([-6, -4, -2, 0, 2, 4]);
    for (const [lo, hi] of [[0, 1.01], [0, 10100], [-11.8, 0], [3, 3.45]] as const) {
      const t = niceTicks(lo, hi);
      expect(t[0]).toBeLessThanOrEqual(lo);
      expect(t.at(-1)).toBeGreaterThanOrEqual(hi);
      const steps = new Set(t.slice(1).map((v, i) => (v - t[i]!).toPrecision(6)));
      expect(steps.size, String(t)).toBe(1);
    }
    expect(niceTicks(5, 5)).toEqual([5]);
  });

  it("places points inside the plot, higher values higher, points of a year apart", () => {
    const chart = indicatorChart(graph, { indicator: "地区生产总值" });
    const size = { width: 380, height: 140 };
    for (const s of chart.series) {
      const g = chartGeometry(s, chart.years!, size);
      expect(g.yTicks).toContain(0);
      expect(g.years).toEqual(Array.from({ length: chart.years![1] - chart.years![0] + 1 }, (_v, i) => chart.years![0] + i));
      for (const p of g.points) {
        expect(p.cx).toBeGreaterThanOrEqual(MARGIN.left);
        expect(p.cx).toBeLessThanOrEqual(size.width - MARGIN.right);
        expect(p.cy).toBeGreaterThanOrEqual(MARGIN.top - 0.001);
        expect(p.cy).toBeLessThanOrEqual(size.height - MARGIN.bottom + 0.001);
      }
      for (const a of g.points) for (const b of g.points) if (a.y > b.y) expect(a.cy).toBeLessThan(b.cy);
      const spots = new Set(g.points.map((p) => `${p.cx.toFixed(2)},${p.cy.toFixed(2)}`));
      expect(spots.size).toBe(g.points.length);
    }
  });
});
