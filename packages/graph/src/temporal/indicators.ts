/**
 * indicatorSeries: targets against actuals for one indicator, year by year. Each row holds the
 * values placed in one year with one measure (level, growth, share), targets and actuals apart,
 * each with the district of the document that gives it; `gap` (actual − target) when the row has
 * one distinct actual and one distinct target in the same unit, both from the same district (a
 * district's actual is never compared with another district's target).
 */

import { MEASURES, type Measure } from "@policy-kg/extractor";
import type { IndicatorPoint, PolicyGraph } from "../model/attributes";
import { eventYear } from "../model/events";
import { documentKey } from "../model/keys";
import { findEntityNode } from "./common";

export interface SeriesOptions {
  /** Indicator id, name or alias */
  indicator: string;
  /** only values from documents of this district (as in the document metadata) */
  district?: string;
}

export type SeriesPoint = IndicatorPoint & { district: string | null };

export interface SeriesRow {
  /** year the values are placed in (null: undated document) */
  year: number | null;
  measure: Measure;
  targets: SeriesPoint[];
  actuals: SeriesPoint[];
  gap: number | null;
}

export interface IndicatorSeries {
  indicator: { id: string; label: string };
  rows: SeriesRow[];
}

const comparable = (p: IndicatorPoint) => p.normalized ?? { value: p.value, unit: p.unit };

function distinct(points: readonly IndicatorPoint[]): { value: number; unit: string }[] {
  const seen = new Map<string, { value: number; unit: string }>();
  for (const p of points) seen.set(`${comparable(p).value}|${comparable(p).unit}`, comparable(p));
  return [...seen.values()];
}

function gapOf(targets: readonly SeriesPoint[], actuals: readonly SeriesPoint[]): number | null {
  if (new Set([...targets, ...actuals].map((p) => p.district)).size > 1) return null;
  const [t, a] = [distinct(targets), distinct(actuals)];
  if (t.length !== 1 || a.length !== 1 || t[0]!.unit !== a[0]!.unit) return null;
  return a[0]!.value - t[0]!.value;
}

export function indicatorSeries(graph: PolicyGraph, options: SeriesOptions): IndicatorSeries {
  const { id, node } = findEntityNode(graph, options.indicator, "Indicator");
  const districtOf = (doc: string): string | null => {
    const d = graph.hasNode(documentKey(doc)) ? graph.getNodeAttributes(documentKey(doc)) : null;
    return d?.kind === "Document" ? d.district : null;
  };
  const rows = new Map<string, SeriesRow>();
  for (const value of node.values) {
    const point: SeriesPoint = { ...value, district: districtOf(value.document) };
    if (options.district !== undefined && point.district !== options.district) continue;
    const year = eventYear(value);
    const key = `${year ?? 9999}|${MEASURES.indexOf(value.measure)}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { year, measure: value.measure, targets: [], actuals: [], gap: null }));
    (value.kind === "target" ? row.targets : row.actuals).push(point);
  }
  const sorted = [...rows.values()].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure));
  for (const row of sorted) row.gap = gapOf(row.targets, row.actuals);
  return { indicator: { id, label: node.label }, rows: sorted };
}
