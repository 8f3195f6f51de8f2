// Ego network (depth 1–3) and shortest path over what the view shows, on the real seed graph:
// each ring is the previous one plus its neighbours along the followed edges; a path is a chain of
// shown edges and no shorter one exists.
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../src/core/data/dataset";
import { egoNetwork, shortestPath, type EgoDepth } from "../src/core/ego/ego";
import { NO_FILTERS, type KeySets } from "../src/core/filters/filters";
import { computeView } from "../src/core/view/visible";
import { kindOf, lastYear, seedDataset, stateAt } from "./view-fixture";

let d: Dataset;
let all: KeySets;
beforeAll(async () => {
  d = await seedDataset();
  all = d.view(lastYear(d), "cumulative");
});

const STRATEGY = "strategy:一芯两核多支点";
const PARK = "park:深圳工业软件园";

/** The shown neighbours of a set along followable edges (written independently of ego.ts). */
function neighbours(shown: KeySets, keys: ReadonlySet<string>, mentions: boolean): Set<string> {
  const out = new Set(keys);
  for (const e of shown.edges) {
    if (!mentions && d.display.getEdgeAttribute(e, "relation") === "MENTIONED_IN") continue;
    const [s, t] = d.display.extremities(e);
    if (keys.has(s) && shown.nodes.has(t)) out.add(t);
    if (keys.has(t) && shown.nodes.has(s)) out.add(s);
  }
  return out;
}

describe("ego network", () => {
  for (const mentions of [false, true]) {
    it(`grows ring by ring from the node (mentions ${mentions})`, () => {
      let ring = new Set([STRATEGY]);
      const sizes: number[] = [];
      for (const depth of [1, 2, 3] as EgoDepth[]) {
        const ego = egoNetwork(d.display, all, { node: STRATEGY, depth }, { mentions });
        ring = neighbours(all, ring, mentions);
        expect([...ego.nodes].sort(), `depth ${depth}`).toEqual([...ring].sort());
        for (const e of ego.edges) expect(ego.nodes.has(d.display.source(e)) && ego.nodes.has(d.display.target(e))).toBe(true);
        sizes.push(ego.nodes.size);
      }
      expect(sizes[0]).toBeGreaterThan(1);
      expect(sizes[2]).toBeGreaterThan(sizes[0]!);
    });
  }

  it("follows mention edges only when asked: the park's documents", () => {
    const without = egoNetwork(d.display, all, { node: PARK, depth: 1 });
    const withMentions = egoNetwork(d.display, all, { node: PARK, depth: 1 }, { mentions: true });
    expect([...without.nodes].some((k) => kindOf(d, k) === "Document")).toBe(false);
    expect([...withMentions.nodes].filter((k) => kindOf(d, k) === "Document").length).toBeGreaterThanOrEqual(2);
  });

  it("is empty when the node is not shown, and stays inside the filtered view", () => {
    const early = d.view(2022, "year");
    expect(early.nodes.has("park:湾区未来科技园")).toBe(false);
    expect(egoNetwork(d.display, early, { node: "park:湾区未来科技园", depth: 2 }).nodes.size).toBe(0);
    const view = computeView(d, stateAt(d, { filters: { ...NO_FILTERS, types: ["Strategy"] }, ego: { node: STRATEGY, depth: 3 } }));
    expect(view.nodes.size).toBeGreaterThan(3);
    for (const k of view.nodes) expect(kindOf(d, k)).toBe("Strategy");
  });
});

describe("shortest path", () => {
  function expectChain(path: { nodes: string[]; edges: string[] }, from: string, to: string) {
    expect(path.nodes[0]).toBe(from);
    expect(path.nodes.at(-1)).toBe(to);
    expect(path.edges.length).toBe(path.nodes.length - 1);
    path.edges.forEach((e, i) => {
      expect(all.edges.has(e)).toBe(true);
      expect(new Set(d.display.extremities(e))).toEqual(new Set([path.nodes[i], path.nodes[i + 1]]));
    });
  }

  it("finds a shortest chain of relations between two parks of different parts", () => {
    const [from, to] = ["park:大运深港国际科教城", "park:东部高铁新城"];
    const path = shortestPath(d.display, all, { from, to });
    expect(path.status).toBe("found");
    if (path.status !== "found") return;
    expectChain(path, from, to);
    // no shorter path: `to` is not within (length − 1) hops
    let ring = new Set([from]);
    for (let i = 0; i < path.edges.length - 1; i++) ring = neighbours(all, ring, false);
    expect(ring.has(to)).toBe(false);
    expect(path.nodes).toContain("strategy:一芯");
    expect(path.nodes).toContain("strategy:东核");
    expect(shortestPath(d.display, all, { from, to })).toEqual(path);
    // undirected: the other way round is the same chain reversed
    const back = shortestPath(d.display, all, { from: to, to: from });
    expect(back.status === "found" && back.nodes.length).toBe(path.nodes.length);
  });

  it("crosses documents only with mention edges, and says when there is no path", () => {
    const ends = { from: PARK, to: "park:湾区未来科技园" };
    expect(shortestPath(d.display, all, ends).status).toBe("none");
    const path = shortestPath(d.display, all, ends, { mentions: true });
    expect(path.status).toBe("found");
    if (path.status !== "found") return;
    expectChain(path, ends.from, ends.to);
    expect(path.nodes.length).toBe(3);
    expect(kindOf(d, path.nodes[1]!)).toBe("Document");
    expect(shortestPath(d.display, d.view(2022, "year"), ends, { mentions: true }).status).toBe("none");
  });

  it("is drawn among the view's nodes: computeView highlights it, filters apply first", () => {
    const ends = { from: "park:大运深港国际科教城", to: "park:东部高铁新城" };
    const view = computeView(d, stateAt(d, { path: ends }));
    expect(view.path?.status).toBe("found");
    const noStrategies = computeView(d, stateAt(d, { path: ends, filters: { ...NO_FILTERS, types: ["Park"] } }));
    expect(noStrategies.path?.status).toBe("none");
  });
});
