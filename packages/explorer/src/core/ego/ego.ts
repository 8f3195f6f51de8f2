/**
 * Ego network and shortest path over the shown part of the display graph, both undirected
 * breadth-first searches: the edges followed are the shown relation edges, and the shown
 * MENTIONED_IN edges too when `mentions` is on. Deterministic: neighbours are visited in the
 * display graph's edge order, and between two nodes a relation edge is preferred to a mention.
 * Pure; the graph is never changed.
 */

import type { DisplayGraph } from "../graph/display";
import { edgesBetween, type KeySets } from "../filters/filters";

export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

export interface Ego {
  node: string;
  depth: EgoDepth;
}

export interface PathEnds {
  from: string;
  to: string;
}

export interface WalkOptions {
  /** follow MENTIONED_IN edges (entity ↔ document) as well as relations; default false */
  mentions?: boolean;
}

export type PathResult = { status: "found"; nodes: string[]; edges: string[] } | { status: "none" };

const isMention = (display: DisplayGraph, edge: string) => display.getEdgeAttribute(edge, "relation") === "MENTIONED_IN";

/** Calls `visit(neighbour, edge)` for every followable edge of `key` in `shown`. */
function forEachStep(display: DisplayGraph, shown: KeySets, key: string, mentions: boolean, visit: (neighbour: string, edge: string) => void): void {
  display.forEachEdge(key, (edge, a, source, target) => {
    if (!shown.edges.has(edge) || (!mentions && a.relation === "MENTIONED_IN")) return;
    const other = source === key ? target : source;
    if (shown.nodes.has(other)) visit(other, edge);
  });
}

/** The node and the shown nodes within `depth` hops of it, with the shown edges between them; empty when the node is not shown. */
export function egoNetwork(display: DisplayGraph, shown: KeySets, ego: Ego, options: WalkOptions = {}): KeySets {
  if (!shown.nodes.has(ego.node)) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set([ego.node]);
  let frontier = [ego.node];
  for (let d = 0; d < ego.depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const key of frontier) {
      forEachStep(display, shown, key, options.mentions ?? false, (n) => {
        if (nodes.has(n)) return;
        nodes.add(n);
        next.push(n);
      });
    }
    frontier = next;
  }
  return { nodes, edges: edgesBetween(display, shown.edges, nodes) };
}

/** A shortest undirected path between two shown nodes: its nodes from `from` to `to` and the edge taken at each step. */
export function shortestPath(display: DisplayGraph, shown: KeySets, ends: PathEnds, options: WalkOptions = {}): PathResult {
  const { from, to } = ends;
  if (!shown.nodes.has(from) || !shown.nodes.has(to)) return { status: "none" };
  if (from === to) return { status: "found", nodes: [from], edges: [] };
  const mentions = options.mentions ?? false;
  const previous = new Map<string, { node: string; edge: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !previous.has(to)) {
    const next: string[] = [];
    for (const key of frontier) {
      forEachStep(display, shown, key, mentions, (n, edge) => {
        const seen = previous.get(n);
        // a relation edge wins over a mention edge between the same two nodes
        if (seen !== undefined) {
          if (seen?.node === key && isMention(display, seen.edge) && !isMention(display, edge)) previous.set(n, { node: key, edge });
          return;
        }
        previous.set(n, { node: key, edge });
        next.push(n);
      });
    }
    frontier = next;
  }
  if (!previous.has(to)) return { status: "none" };
  const nodes = [to];
  const edges: string[] = [];
  for (let step = previous.get(to); step; step = previous.get(step.node)) {
    nodes.push(step.node);
    edges.push(step.edge);
  }
  return { status: "found", nodes: nodes.reverse(), edges: edges.reverse() };
}
