// The layout is deterministic: the same snapshot gives the same positions, whatever the run, also
// with its ForceAtlas2 step in a worker (plain data there and back); another seed gives other
// positions; every node gets a distinct, finite position. The display graph's edge programs.
import { beforeAll, describe, expect, it } from "vitest";
import { parseSnapshot } from "@policy-kg/graph";
import { finishLayout, layoutGraph, layoutPlan, type Positions } from "../src/core/layout/layout";
import { placeDocuments } from "../src/core/layout/documents";
import { hashString, mulberry32 } from "../src/core/layout/prng";
import { displayGraph } from "../src/core/graph/display";
import { seedSnapshot } from "./fixture";

let text: string;
let positions: Positions;

beforeAll(async () => {
  text = await seedSnapshot();
  positions = layoutGraph(parseSnapshot(text));
});

describe("prng", () => {
  it("repeats a sequence for a seed and differs across seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(hashString("park:深圳工业软件园")).toBe(hashString("park:深圳工业软件园"));
    expect(hashString("a")).not.toBe(hashString("b"));
  });
});

describe("layoutGraph", () => {
  it("gives the same positions for the same snapshot, parsed again", () => {
    const again = layoutGraph(parseSnapshot(text));
    expect([...again.entries()]).toEqual([...positions.entries()]);
  });

  it("gives the same positions when its ForceAtlas2 step gets and gives structured clones (as a worker does)", () => {
    const { plan, forces } = layoutPlan(parseSnapshot(text));
    expect(forces.hubs.length).toBeGreaterThan(1);
    expect(forces.links.length).toBeGreaterThan(0);
    const split = finishLayout(plan, structuredClone(placeDocuments(structuredClone(forces))));
    expect([...split.entries()]).toEqual([...positions.entries()]);
  });

  it("places every entity and document at a finite, distinct position, and no year", () => {
    const graph = parseSnapshot(text);
    const expected = graph.filterNodes((_k, a) => a.kind !== "Year");
    expect([...positions.keys()].sort()).toEqual(expected.sort());
    const seen = new Set<string>();
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).toBe(positions.size);
  });

  it("depends on the seed", () => {
    const other = layoutGraph(parseSnapshot(text), { seed: 7 });
    const moved = [...other].filter(([k, p]) => p.x !== positions.get(k)!.x || p.y !== positions.get(k)!.y);
    expect(moved.length).toBeGreaterThan(positions.size / 2);
  });

  it("keeps an entity of one document near that document", () => {
    const graph = parseSnapshot(text);
    const doc = positions.get("Document:000_5c8c693250c75479")!;
    const others = graph.filterNodes((_k, a) => a.kind === "Document").map((k) => positions.get(k)!);
    const spread = Math.max(...others.map((p) => Math.hypot(p.x - doc.x, p.y - doc.y)));
    const own = graph.filterNodes((k, a) => "events" in a && graph.outNeighbors(k).length === 1 && graph.outNeighbors(k)[0] === "Document:000_5c8c693250c75479");
    expect(own.length).toBeGreaterThan(10);
    for (const k of own) {
      const p = positions.get(k)!;
      expect(Math.hypot(p.x - doc.x, p.y - doc.y)).toBeLessThan(spread / 2);
    }
  });

  it("feeds the display graph: positions, sizes growing with statements, colours by kind", () => {
    const display = displayGraph(parseSnapshot(text), positions);
    expect(display.order).toBe(positions.size);
    const a = display.getNodeAttributes("park:深圳工业软件园");
    expect([a.x, a.y]).toEqual([positions.get("park:深圳工业软件园")!.x, positions.get("park:深圳工业软件园")!.y]);
    expect(a.kind).toBe("Park");
    const big = display.reduceNodes((best, k, n) => (n.kind !== "Document" && n.statements > display.getNodeAttribute(best, "statements") ? k : best), "park:深圳工业软件园");
    expect(display.getNodeAttribute(big, "size")).toBeGreaterThan(a.size);
    expect(display.getNodeAttribute("Document:000_5c8c693250c75479", "color")).not.toBe(a.color);
  });

  it("draws mention edges one pixel wide in a large graph only; relations keep their width", () => {
    const graph = parseSnapshot(text);
    const types = (display: ReturnType<typeof displayGraph>, relation: boolean) => new Set(display.filterEdges((_k, e) => (e.relation !== "MENTIONED_IN") === relation).map((k) => display.getEdgeAttribute(k, "type")));
    const small = displayGraph(graph, positions);
    expect([...types(small, false)]).toEqual(["line"]);
    const large = displayGraph(graph, positions, { thinMentionsFrom: graph.size });
    expect([...types(large, false)]).toEqual(["thin"]);
    expect([...types(large, true)]).toEqual(["line"]);
  });
});
