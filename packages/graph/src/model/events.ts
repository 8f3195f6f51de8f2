/**
 * Event helpers shared by the builder and the temporal API: where an event or indicator value is
 * placed in time, which statements report (rather than plan) a stage, event ordering, and the
 * attributes derived from an entity's events (years, stage).
 */

import { STAGES, stageRank, type Stage } from "@policy-kg/extractor";
import type { GraphEvent, IndicatorPoint } from "./attributes";

type Dated = Pick<GraphEvent, "year" | "said" | "document" | "start">;

/** The year an event or value is placed in: the year it is about, else the year it was said; null if neither. */
export function eventYear(e: Pick<GraphEvent, "year" | "said">): number | null {
  return e.year ?? e.said;
}

/** A statement that reports a stage as reached: modality `done`, or none (a plain statement of fact). */
export function isReported(e: Pick<GraphEvent, "modality">): boolean {
  return e.modality === "done" || e.modality === null;
}

/** Furthest stage of a list (by lifecycle order), or null for an empty list. */
export function maxStage(stages: Iterable<Stage>): Stage | null {
  let best = -1;
  for (const s of stages) best = Math.max(best, stageRank(s));
  return best < 0 ? null : STAGES[best]!;
}

/**
 * Order of dated items: by year placed in (undated last), then by the document's position in
 * `documentRank` (delivery date, then id), then by offset.
 */
export function compareDated(documentRank: ReadonlyMap<string, number>): (a: Dated, b: Dated) => number {
  return (a, b) => {
    const ya = eventYear(a) ?? Infinity;
    const yb = eventYear(b) ?? Infinity;
    if (ya !== yb) return ya - yb;
    const da = documentRank.get(a.document) ?? Infinity;
    const db = documentRank.get(b.document) ?? Infinity;
    if (da !== db) return da - db;
    if (a.document !== b.document) return a.document < b.document ? -1 : 1;
    return a.start - b.start;
  };
}

/** Attributes derived from an entity's events and values: distinct years placed in, furthest reported stage. */
export function deriveSummary(events: readonly GraphEvent[], values: readonly IndicatorPoint[]): { years: number[]; stage: Stage } {
  // one pass, no intermediate arrays: this runs for every entity when a snapshot is checked
  const years = new Set<number>();
  let best = -1;
  for (const e of events) {
    const y = eventYear(e);
    if (y !== null) years.add(y);
    if (isReported(e)) best = Math.max(best, stageRank(e.stage));
  }
  for (const v of values) {
    const y = eventYear(v);
    if (y !== null) years.add(y);
  }
  return { years: [...years].sort((a, b) => a - b), stage: best < 0 ? "mentioned" : STAGES[best]! };
}
