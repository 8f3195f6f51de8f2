/**
 * What the indicator chart draws, from indicatorSeries of @policy-kg/graph: one series per
 * district (when the values come from documents of several), measure (level, growth, share) and
 * unit — units of one dimension (亿元, 万亿元 → 元) share a series, drawn in its most used
 * written unit — each with its points by year: actual or target, the value as plotted (a fall,
 * 下降, below zero), the tolerance (左右, 以上, 以下) and the sentence behind it. Pure.
 */

import { MEASURES, type Measure } from "@policy-kg/extractor";
import { indicatorSeries, isEntityNode, isRelationEdge, type PolicyGraph, type SeriesPoint } from "@policy-kg/graph";

export interface ChartPoint {
  year: number;
  kind: "actual" | "target";
  /** the value as plotted, in the series' unit; negative for a fall (direction down) */
  y: number;
  /** tolerance: 左右 (approx), 以上 (at least), 以下 (at most), or "" (exact) */
  tolerance: string;
  /** the sentence of the document the value is in (the indicator's statement there), else the value as written */
  sentence: string;
  point: SeriesPoint;
}

export interface ChartSeries {
  /** `district|measure|unit` */
  id: string;
  district: string | null;
  measure: Measure;
  /** the unit the series is drawn in (as written in the documents) */
  unit: string;
  /** by year, targets before actuals, then in the graph's order of values */
  points: ChartPoint[];
}

export interface IndicatorChart {
  indicator: { id: string; label: string };
  series: ChartSeries[];
  /** values without a year (from an undated document): not drawn */
  undated: number;
  /** first and last year of any point (null when none) */
  years: [number, number] | null;
}

export const TOLERANCE: Readonly<Record<SeriesPoint["qualifier"], string>> = { exact: "", approx: "左右", at_least: "以上", at_most: "以下" };

/** An Indicator with values (the chart has something to draw). */
export function hasIndicatorValues(graph: PolicyGraph, key: string): boolean {
  if (!graph.hasNode(key)) return false;
  const node = graph.getNodeAttributes(key);
  return isEntityNode(node) && node.kind === "Indicator" && node.values.length > 0;
}

/** The indicator whose chart a selected node shows: itself, or the indicators a goal MEASURES (with values); by key. */
export function chartedIndicators(graph: PolicyGraph, key: string | null): string[] {
  if (key === null || !graph.hasNode(key)) return [];
  if (hasIndicatorValues(graph, key)) return [key];
  const measured = new Set<string>();
  graph.forEachOutEdge(key, (_e, a, _s, target) => {
    if (isRelationEdge(a) && a.relation === "MEASURES" && hasIndicatorValues(graph, target)) measured.add(target);
  });
  return [...measured].sort();
}

const baseUnit = (p: SeriesPoint): string => p.normalized?.unit ?? p.unit;

/** The indicator's statement in the value's document at (or nearest before) its span, when its sentence holds the value's text. */
function sentenceOf(graph: PolicyGraph, key: string, p: SeriesPoint): string {
  const node = graph.getNodeAttributes(key);
  if (!isEntityNode(node)) return p.text;
  let best: { distance: number; quote: string } | null = null;
  for (const e of node.events) {
    if (e.document !== p.document || !e.quote.includes(p.text)) continue;
    const distance = Math.abs(p.start - e.start);
    if (best === null || distance < best.distance) best = { distance, quote: e.quote };
  }
  return best?.quote ?? p.text;
}

/** The unit a series is drawn in: its most used written unit (first met on a tie), with its factor to the base unit. */
function displayUnit(points: readonly SeriesPoint[]): { unit: string; factor: number } {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
  const unit = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
  const sample = points.find((p) => p.unit === unit && p.normalized !== null && p.value !== 0);
  return { unit, factor: sample ? sample.normalized!.value / sample.value : 1 };
}

const tidy = (n: number): number => Number(n.toPrecision(12));

/** The chart of an indicator (id, name or alias; the graph's ENTITY_NOT_FOUND otherwise). */
export function indicatorChart(graph: PolicyGraph, options: { indicator: string }): IndicatorChart {
  const { indicator, rows } = indicatorSeries(graph, { indicator: options.indicator });
  const groups = new Map<string, { district: string | null; measure: Measure; points: { year: number; p: SeriesPoint }[] }>();
  let undated = 0;
  for (const row of rows) {
    for (const p of [...row.targets, ...row.actuals]) {
      if (row.year === null) {
        undated++;
        continue;
      }
      const id = `${p.district ?? ""}|${row.measure}|${baseUnit(p)}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { district: p.district, measure: row.measure, points: [] }));
      group.points.push({ year: row.year, p });
    }
  }
  const series = [...groups].map(([id, g]): ChartSeries => {
    const { unit, factor } = displayUnit(g.points.map((x) => x.p));
    const points = g.points.map(({ year, p }): ChartPoint => {
      const value = p.unit === unit || p.normalized === null ? p.value : p.normalized.value / factor;
      return { year, kind: p.kind, y: tidy(p.direction === "down" ? -value : value), tolerance: TOLERANCE[p.qualifier], sentence: sentenceOf(graph, indicator.id, p), point: p };
    });
    return { id, district: g.district, measure: g.measure, unit, points };
  });
  // districts, then measures in the vocabulary's order (rows come sorted by year, then measure)
  series.sort((a, b) => (a.district ?? "").localeCompare(b.district ?? "") || MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) || a.unit.localeCompare(b.unit));
  const all = series.flatMap((s) => s.points.map((p) => p.year));
  return { indicator, series, undated, years: all.length ? [Math.min(...all), Math.max(...all)] : null };
}
