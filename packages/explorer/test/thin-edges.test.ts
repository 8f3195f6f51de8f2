// Edge programs of a large graph (core/graph/display.ts, sigma/reducers.ts, sigma/view-style.ts), on
// a generated graph of more than 20,000 edges: MENTIONED_IN edges are "thin" (sigma's one-pixel
// EdgeLineProgram), relations "line"; an edge highlighted by hover, selection or a path is drawn by
// the default program ("line") with a width again, and is "thin" again once the highlight ends; the
// display graph itself is never changed. An edge keeps its program while the year changes under a
// highlight, because a partial refresh rewrites it in place in the program it was indexed in.
import { beforeAll, describe, expect, it } from "vitest";
import type { PolicyGraph } from "@policy-kg/graph";
import { displayGraph, THIN_MENTIONS_FROM, type DisplayEdge, type DisplayGraph } from "../src/core/graph/display";
import { buildTimeline, viewAt, type Timeline } from "../src/core/time/timeline";
import { edgeReducer, neighbourhoodOf, type ReducerState } from "../src/sigma/reducers";
import { viewChanges } from "../src/sigma/partial-refresh";
import type { ViewMarks } from "../src/sigma/view-style";
import { generatedGraph } from "./generated-graph";

let graph: PolicyGraph;
let display: DisplayGraph;
let timeline: Timeline;

beforeAll(() => {
  graph = generatedGraph({ entities: 4_000, mentionsPerEntity: 5 });
  display = displayGraph(graph, new Map());
  timeline = buildTimeline(graph);
});

const isMention = (key: string) => display.getEdgeAttribute(key, "relation") === "MENTIONED_IN";

/** Reducer state: everything drawn (no year), nothing highlighted, with some fields changed. */
function stateWith(changes: Partial<ReducerState> = {}): ReducerState {
  const focus = changes.focus ?? null;
  return { view: null, focus, neighbourhood: neighbourhoodOf(display, focus), selected: null, stage: () => null, ...changes };
}

/** What sigma draws an edge with: the reducer's program (its `type`, else the data's), width, hidden. */
function drawn(state: ReducerState, key: string): { type: string | undefined; size: number | undefined; hidden: boolean } {
  const data: DisplayEdge = display.getEdgeAttributes(key);
  const out = edgeReducer(state, display, key, data);
  return { type: out.type ?? data.type, size: out.size, hidden: out.hidden === true };
}

/** An entity with several MENTIONED_IN edges and a relation, and those edges. */
function focusNode(): { node: string; mentions: string[] } {
  const node = display.findNode((k) => display.outEdges(k).some((e) => !isMention(e)) && display.outEdges(k).filter(isMention).length >= 3)!;
  return { node, mentions: display.outEdges(node).filter(isMention) };
}

describe("edge programs of a large graph", () => {
  it("draws MENTIONED_IN edges thin and relations with the default program, from THIN_MENTIONS_FROM edges on", () => {
    expect(graph.size).toBeGreaterThanOrEqual(THIN_MENTIONS_FROM);
    const types = new Map<string, Set<string | undefined>>();
    display.forEachEdge((_key, a) => {
      const kind = a.relation === "MENTIONED_IN" ? "mention" : "relation";
      if (!types.has(kind)) types.set(kind, new Set());
      types.get(kind)!.add(a.type);
    });
    expect(types.get("mention")).toEqual(new Set(["thin"]));
    expect(types.get("relation")).toEqual(new Set(["line"]));
    // below the threshold every edge has the default program
    const small = displayGraph(graph, new Map(), { thinMentionsFrom: graph.size + 1 });
    expect(new Set(small.mapEdges((_k, a) => a.type))).toEqual(new Set(["line"]));
    // unhighlighted, the reducer keeps the programs
    const idle = stateWith();
    display.forEachEdge((key, a) => expect(drawn(idle, key).type).toBe(a.type));
  });

  it("draws the edges of a hovered or selected node with the default program and a width, and thin again when the highlight ends", () => {
    const { node, mentions } = focusNode();
    const before = new Map(mentions.map((e) => [e, { ...display.getEdgeAttributes(e) }]));
    for (const highlight of [{ focus: node }, { focus: node, selected: node }]) {
      const lit = stateWith(highlight);
      for (const e of mentions) {
        expect(drawn(lit, e)).toEqual({ type: "line", size: 1, hidden: false });
      }
      // edges away from the focus are hidden in their own program
      const away = display.findEdge((e, _a, s, t) => isMention(e) && s !== node && t !== node)!;
      expect(drawn(lit, away)).toMatchObject({ type: "thin", hidden: true });
      // the highlight ends: thin again, and the display graph was never changed
      for (const e of mentions) expect(drawn(stateWith(), e)).toMatchObject({ type: "thin", hidden: false });
      for (const e of mentions) expect(display.getEdgeAttributes(e)).toEqual(before.get(e));
    }
  });

  it("draws the MENTIONED_IN edges of a highlighted path with the default program, the others thin, and thin again without the path", () => {
    const { node, mentions } = focusNode();
    const [onPath, offPath] = [mentions[0]!, mentions[1]!];
    const document = display.target(onPath);
    const marks: ViewMarks = { path: { nodes: new Set([node, document]), edges: new Set([onPath]) }, diff: null };
    // hover and selection do not change what a path shows
    for (const state of [stateWith({ marks }), stateWith({ marks, focus: node, selected: node })]) {
      expect(drawn(state, onPath)).toEqual({ type: "line", size: 4, hidden: false });
      expect(drawn(state, offPath)).toMatchObject({ type: "thin", hidden: false });
    }
    expect(drawn(stateWith({ marks: { path: null, diff: null } }), onPath)).toMatchObject({ type: "thin", hidden: false });
    expect(display.getEdgeAttribute(onPath, "type")).toBe("thin");
  });

  it("keeps each edge in one program while the year changes under a hover or selection (what a partial refresh needs)", () => {
    const { node } = focusNode();
    let compared = 0;
    for (const mode of ["year", "cumulative"] as const) {
      for (let i = 1; i < timeline.years.length; i++) {
        const [a, b] = [timeline.years[i - 1]!, timeline.years[i]!];
        const base = { focus: node, selected: node, neighbourhood: neighbourhoodOf(display, node) };
        const previous = stateWith({ ...base, view: viewAt(timeline, a, mode) });
        const next = stateWith({ ...base, view: viewAt(timeline, b, mode) });
        const changes = viewChanges(previous, next);
        // the refresh is partial: sigma rewrites these edges where they were indexed
        expect(changes).not.toBeNull();
        for (const e of changes!.edges) {
          expect(drawn(next, e).type, `${e} ${mode} ${a} → ${b}`).toBe(drawn(previous, e).type);
          if (display.hasExtremity(e, node)) compared++;
        }
      }
    }
    // some of the rewritten edges were the focus's own (thin when not highlighted)
    expect(compared).toBeGreaterThan(0);
  });
});
