// viewChanges (sigma/partial-refresh.ts) lists what a year or mode change redraws: every node and
// edge it leaves out must look the same to the reducers in both states (else sigma would keep a
// stale look); it lists only what appears, disappears or changes stage; anything but the view
// makes it give up.
import { beforeAll, describe, expect, it } from "vitest";
import { prepareDataset, type Dataset } from "../src/core/data/dataset";
import { stageAt, type View } from "../src/core/time/timeline";
import { edgeReducer, nodeReducer, type ReducerState } from "../src/sigma/reducers";
import { viewChanges } from "../src/sigma/partial-refresh";
import { seedGraph } from "./fixture";

let dataset: Dataset;

beforeAll(async () => {
  dataset = prepareDataset(await seedGraph());
});

function state(year: number, mode: "year" | "cumulative", extra: Partial<ReducerState> = {}): ReducerState {
  const view: View = dataset.view(year, mode);
  return { view, focus: null, neighbourhood: new Set(), selected: null, stage: (key) => stageAt(dataset.timeline, key, year, mode), marks: { path: null, diff: null }, ...extra };
}

const sameLook = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

describe("viewChanges", () => {
  const pairs: [number, "year" | "cumulative", number, "year" | "cumulative"][] = [
    [2022, "cumulative", 2023, "cumulative"],
    [2025, "cumulative", 2023, "cumulative"],
    [2023, "year", 2024, "year"],
    [2024, "cumulative", 2024, "year"],
  ];
  for (const [y1, m1, y2, m2] of pairs) {
    it(`${y1} ${m1} → ${y2} ${m2}: lists every node and edge whose look changes`, () => {
      const [a, b] = [state(y1, m1), state(y2, m2)];
      const changes = viewChanges(a, b)!;
      expect(changes).not.toBeNull();
      const { display } = dataset;
      const nodes = new Set(changes.nodes);
      const edges = new Set(changes.edges);
      expect(nodes.size).toBe(changes.nodes.length);
      expect(edges.size).toBe(changes.edges.length);
      expect(nodes.size + edges.size).toBeGreaterThan(0);
      let restyled = 0;
      display.forEachNode((key, data) => {
        const same = sameLook(nodeReducer(a, key, data), nodeReducer(b, key, data));
        if (!nodes.has(key)) expect(same, key).toBe(true);
        // listed: it appears, disappears, or its stage changes (a label may still read the same: "mentioned" is not shown)
        else expect(a.view!.nodes.has(key) !== b.view!.nodes.has(key) || a.stage(key) !== b.stage(key), key).toBe(true);
        if (!same) restyled++;
      });
      expect(restyled).toBeGreaterThan(0);
      display.forEachEdge((key, data) => {
        expect(sameLook(edgeReducer(a, display, key, data), edgeReducer(b, display, key, data)), key).toBe(!edges.has(key));
      });
    });
  }

  it("gives up (null) when anything but the view differs, or a path or diff is shown", () => {
    const key = dataset.display.nodes()[0]!;
    const base = state(2023, "cumulative");
    expect(viewChanges(base, state(2024, "cumulative", { focus: key }))).toBeNull();
    expect(viewChanges(base, state(2024, "cumulative", { selected: key }))).toBeNull();
    expect(viewChanges(base, { ...state(2024, "cumulative"), later: 1 } as ReducerState)).toBeNull();
    expect(viewChanges(base, state(2024, "cumulative", { marks: { path: { nodes: new Set([key]), edges: new Set() }, diff: null } }))).toBeNull();
    expect(viewChanges(base, state(2024, "cumulative", { marks: { path: null, diff: new Map([[key, "new"]]) } }))).toBeNull();
    expect(viewChanges({ ...base, view: null }, state(2024, "cumulative"))).toBeNull();
    // the same focus on both sides is still only a matter of the view
    expect(viewChanges(state(2023, "cumulative", { focus: key }), state(2024, "cumulative", { focus: key }))).not.toBeNull();
  });
});
