/**
 * Diff mode, pure: each entity of diffYears(graph, {from, to}) (@policy-kg/graph, the same rules
 * as the CLI's year-diff query) gets a status: new, advanced (in stage), unchanged (diffYears'
 * "continued") or dropped. The nodes and edges shown are those present in `from` or in `to`
 * ("that year" views), which are exactly the entities of the diff plus their documents and
 * edges. Results are cached per graph and pair of years.
 */

import { diffYears, type PolicyGraph } from "@policy-kg/graph";
import type { View } from "../time/timeline";
import type { KeySets } from "../filters/filters";

export const DIFF_STATUSES = ["new", "advanced", "unchanged", "dropped"] as const;
export type DiffStatus = (typeof DIFF_STATUSES)[number];

export interface DiffYears {
  from: number;
  to: number;
}

const cache = new WeakMap<PolicyGraph, Map<string, ReadonlyMap<string, DiffStatus>>>();

/** Entity key → status between two years (from < to), from diffYears. */
export function diffStatuses(graph: PolicyGraph, years: DiffYears): ReadonlyMap<string, DiffStatus> {
  let byPair = cache.get(graph);
  if (!byPair) cache.set(graph, (byPair = new Map()));
  const id = `${years.from}-${years.to}`;
  let statuses = byPair.get(id);
  if (!statuses) {
    const diff = diffYears(graph, years);
    const map = new Map<string, DiffStatus>();
    for (const e of diff.new) map.set(e.id, "new");
    for (const e of diff.advanced) map.set(e.id, "advanced");
    for (const e of diff.continued) map.set(e.id, "unchanged");
    for (const e of diff.dropped) map.set(e.id, "dropped");
    byPair.set(id, (statuses = map));
  }
  return statuses;
}

/** What diff mode shows before filters: the union of the two "that year" views. */
export function diffBase(fromView: View, toView: View): KeySets {
  return { nodes: new Set([...fromView.nodes, ...toView.nodes]), edges: new Set([...fromView.edges, ...toView.edges]) };
}

/** Statuses of the shown nodes, counted (entities only; documents have none). */
export function countStatuses(statuses: ReadonlyMap<string, DiffStatus>, shown: Iterable<string>): Record<DiffStatus, number> {
  const counts: Record<DiffStatus, number> = { new: 0, advanced: 0, unchanged: 0, dropped: 0 };
  for (const key of shown) {
    const s = statuses.get(key);
    if (s) counts[s]++;
  }
  return counts;
}

/** A valid pair of years (from before to), or null. */
export function diffPair(from: number, to: number): DiffYears | null {
  return Number.isInteger(from) && Number.isInteger(to) && from < to ? { from, to } : null;
}
