/**
 * Test fixture for the view tests: the seed graph's dataset (layout cut short: positions do not
 * matter here), built once per test file, and a few helpers over the display graph.
 */

import { prepareDataset, type Dataset } from "../src/core/data/dataset";
import { DEFAULT_VIEW_STATE, type ViewState } from "../src/core/view/visible";
import { seedGraph } from "./fixture";

let dataset: Promise<Dataset> | null = null;

export function seedDataset(): Promise<Dataset> {
  dataset ??= seedGraph().then((graph) => prepareDataset(graph, { layout: { iterations: 2 } }));
  return dataset;
}

export const lastYear = (d: Dataset): number => d.timeline.years.at(-1)!;

/** The default state at the snapshot's last year, with some fields changed. */
export const stateAt = (d: Dataset, changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, year: lastYear(d), ...changes });

export const kindOf = (d: Dataset, key: string): string => d.display.getNodeAttribute(key, "kind");

/** Relation targets reachable from `key` along out-edges of these relations (the forward walk, an oracle for the inward closures). */
export function reachesForward(d: Dataset, key: string, target: string, relations: readonly string[]): boolean {
  const seen = new Set([key]);
  const queue = [key];
  while (queue.length > 0) {
    const k = queue.pop()!;
    if (k === target) return true;
    d.display.forEachOutEdge(k, (_e, a, _s, t) => {
      if (relations.includes(a.relation) && !seen.has(t)) {
        seen.add(t);
        queue.push(t);
      }
    });
  }
  return false;
}
