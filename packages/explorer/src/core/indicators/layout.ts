/**
 * Geometry of a small indicator chart, in SVG user units: the value axis (always with zero, so
 * bars of different heights are not exaggerated) with round ticks, a column per year of the
 * whole indicator (so the series of one indicator line up), points of one year spread a little
 * so none hides another, and the lines through actuals and through targets. Pure.
 */

import type { ChartPoint, ChartSeries } from "./series";

export interface ChartSize {
  width: number;
  height: number;
}

export const MARGIN = { top: 12, right: 14, bottom: 22, left: 52 } as const;
/** horizontal distance between points of the same year */
export const SPREAD = 11;

export interface PlacedPoint extends ChartPoint {
  cx: number;
  cy: number;
}

export interface ChartGeometry extends ChartSize {
  years: number[];
  x(year: number): number;
  y(value: number): number;
  yTicks: number[];
  points: PlacedPoint[];
  /** polyline points ("x,y x,y …") through the actuals, and through the targets: one per year (the latest document's) */
  actualLine: string;
  targetLine: string;
}

/** Round ticks covering [lo, hi] (about `count` of them). */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks.at(-1)! < hi) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

function line(points: readonly PlacedPoint[], kind: ChartPoint["kind"]): string {
  const byYear = new Map<number, PlacedPoint>();
  for (const p of points) {
    if (p.kind !== kind) continue;
    const prev = byYear.get(p.year);
    if (!prev || (p.point.said ?? 0) >= (prev.point.said ?? 0)) byYear.set(p.year, p);
  }
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`)
    .join(" ");
}

export function chartGeometry(series: ChartSeries, years: readonly [number, number], size: ChartSize): ChartGeometry {
  const values = series.points.map((p) => p.y);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const [lo, hi] = [ticks[0]!, ticks.at(-1)!];
  const all: number[] = [];
  for (let y = years[0]; y <= years[1]; y++) all.push(y);
  const plotWidth = size.width - MARGIN.left - MARGIN.right;
  const plotHeight = size.height - MARGIN.top - MARGIN.bottom;
  const column = plotWidth / all.length;
  const x = (year: number) => MARGIN.left + column * (year - years[0] + 0.5);
  const y = (v: number) => MARGIN.top + (hi === lo ? plotHeight / 2 : ((hi - v) / (hi - lo)) * plotHeight);
  const perYear = new Map<number, number>();
  for (const p of series.points) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
  const seen = new Map<number, number>();
  const points = series.points.map((p): PlacedPoint => {
    const i = seen.get(p.year) ?? 0;
    seen.set(p.year, i + 1);
    const spread = Math.min(SPREAD, column / Math.max(1, perYear.get(p.year)!));
    return { ...p, cx: x(p.year) + (i - (perYear.get(p.year)! - 1) / 2) * spread, cy: y(p.y) };
  });
  return { ...size, years: all, x, y, yTicks: ticks, points, actualLine: line(points, "actual"), targetLine: line(points, "target") };
}

/** A number for labels: grouped digits, at most two decimals. */
export function formatValue(n: number): string {
  return n.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
}
