/**
 * placeDocuments: the seeded ForceAtlas2 over the documents, the one costly step of the layout
 * (layout.ts). Its input is plain data (DocumentForces), so that it can run in a web worker
 * (documents.worker.ts) while the main thread prepares the rest; the same input gives the same
 * positions wherever it runs. Pure.
 */

import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "./prng";

export interface Point {
  x: number;
  y: number;
}

export type Positions = Map<string, Point>;

/** The documents (in graph order), each with the radius of its disc, and [a, b, weight]: entities documents a and b share, by index, ascending. */
export interface DocumentForces {
  hubs: string[];
  radius: number[];
  links: [number, number, number][];
  seed: number;
  iterations: number;
  spacing: number;
}

/**
 * Initial positions from the seeded PRNG, size = radius of the document's disc plus a margin
 * (adjustSizes keeps discs apart), edge weight = entities two documents share.
 */
export function placeDocuments(forces: DocumentForces): Positions {
  const { hubs, radius, spacing } = forces;
  const graph = new UndirectedGraph();
  const random = mulberry32(forces.seed);
  const side = 2 * Math.sqrt(radius.reduce((n, r) => n + r * r, 0) + 1);
  hubs.forEach((h, i) => graph.addNode(h, { x: (random() - 0.5) * side, y: (random() - 0.5) * side, size: radius[i]! + 2 * spacing }));
  for (const [a, b, weight] of forces.links) graph.addEdge(hubs[a]!, hubs[b]!, { weight });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: forces.iterations,
      getEdgeWeight: "weight",
      settings: { adjustSizes: true, gravity: 1, scalingRatio: 10 * spacing, slowDown: 2, edgeWeightInfluence: 0.5, barnesHutOptimize: false },
    });
  }
  const out: Positions = new Map();
  graph.forEachNode((k, a) => out.set(k, { x: a.x as number, y: a.y as number }));
  return out;
}
