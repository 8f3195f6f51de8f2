/**
 * The graph sigma draws, made once from the snapshot graph (which is never changed): entities
 * and documents with position, size, colour and label; MENTIONED_IN and relation edges between
 * them. Year nodes and document → year edges are left out: time is the slider. Keys are the
 * snapshot's keys, so a view (set of keys) applies to both graphs. In a large graph the
 * MENTIONED_IN edges are drawn as one-pixel lines (edge type "thin", sigma's EdgeLineProgram):
 * sigma's default edge program draws each edge as an instanced quad, which software WebGL (a
 * browser without a GPU) takes seconds to draw 100,000 of. Pure.
 */

import { MultiDirectedGraph } from "graphology";
import { documentKey, isEntityNode, isRelationEdge, type PolicyGraph } from "@policy-kg/graph";
import { KIND_COLORS, nodeSize, type DisplayKind } from "../appearance/palette";
import type { Positions } from "../layout/layout";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: DisplayKind;
  /** statements about it (events and indicator values; for documents, statements they make) */
  statements: number;
}

export interface DisplayEdge {
  relation: string;
  size: number;
  color: string;
  /** sigma's program: "line" (the default: a quad of the edge's width) or "thin" (a one-pixel line) */
  type?: EdgeType;
}

export type EdgeType = "line" | "thin";

/** From this many edges in the snapshot on (default of the option thinMentionsFrom), MENTIONED_IN edges are "thin". */
export const THIN_MENTIONS_FROM = 20_000;

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

const EDGE_COLORS = { mention: "#d3d7dd", relation: "#7b8794" };

export function displayGraph(graph: PolicyGraph, positions: Positions, options: { thinMentionsFrom?: number } = {}): DisplayGraph {
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
  const mentionType: EdgeType = graph.size >= (options.thinMentionsFrom ?? THIN_MENTIONS_FROM) ? "thin" : "line";
  const made = new Map<string, number>();
  graph.forEachNode((_key, node) => {
    if (!isEntityNode(node)) return;
    for (const s of [...node.events, ...node.values]) made.set(s.document, (made.get(s.document) ?? 0) + 1);
  });
  graph.forEachNode((key, node) => {
    if (node.kind === "Year") return;
    const p = positions.get(key) ?? { x: 0, y: 0 };
    const kind: DisplayKind = node.kind;
    const statements = isEntityNode(node) ? node.events.length + node.values.length : (made.get(key.slice(documentKey("").length)) ?? 0);
    display.addNode(key, { x: p.x, y: p.y, size: nodeSize(statements, kind), color: KIND_COLORS[kind], label: node.label, kind, statements });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (!display.hasNode(source) || !display.hasNode(target)) return;
    const relation = isRelationEdge(a);
    display.addEdgeWithKey(key, source, target, { relation: a.relation, size: relation ? 1.5 : 0.5, color: relation ? EDGE_COLORS.relation : EDGE_COLORS.mention, type: relation ? "line" : mentionType });
  });
  return display;
}
