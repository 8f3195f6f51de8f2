/**
 * layoutGraph: deterministic positions for the entities and documents of a policy graph.
 *
 * A ForceAtlas2 run over every node (thousands) takes tens of seconds, so the layout uses the
 * graph's shape: documents are hubs (every statement sits in one), and most entities are
 * mentioned by one document only. 1) A seeded ForceAtlas2 (initial positions from a seeded PRNG)
 * places the documents: documents that share entities attract, and each is as large as the disc
 * of its own entities, so discs keep apart (adjustSizes). 2) Entities of one document fill its
 * disc on a sunflower (golden-angle) spiral, the most-mentioned nearest the centre. 3) Entities
 * several documents mention sit at the weighted centre of those, jittered by a per-node PRNG.
 * Pure: the same graph and options give the same positions, whatever runs it.
 */

import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { documentKey, isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import { hashString, mulberry32 } from "./prng";

export interface LayoutOptions {
  /** seed of the PRNGs (initial positions, spiral phases); default 1 */
  seed?: number;
  /** ForceAtlas2 iterations; default 300 */
  iterations?: number;
  /** distance between neighbouring entities on a spiral; default 1 */
  spacing?: number;
}

export interface Point {
  x: number;
  y: number;
}

export type Positions = Map<string, Point>;

interface Member {
  key: string;
  /** statements per document node key */
  hubs: Map<string, number>;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Documents (in graph order) and, per entity, its statements (events and values) per document. */
function memberships(graph: PolicyGraph): { hubs: string[]; entities: Member[] } {
  const hubs: string[] = [];
  const entities: Member[] = [];
  graph.forEachNode((key, node) => {
    if (node.kind === "Document") hubs.push(key);
    if (!isEntityNode(node)) return;
    const weights = new Map<string, number>();
    for (const list of [node.events, node.values]) {
      for (const s of list) weights.set(documentKey(s.document), (weights.get(documentKey(s.document)) ?? 0) + 1);
    }
    entities.push({ key, hubs: weights });
  });
  return { hubs, entities };
}

/**
 * Seeded ForceAtlas2 over the documents: initial positions from the seeded PRNG, size = radius
 * of the document's disc (adjustSizes keeps discs apart), edge weight = entities two documents share.
 */
function placeDocuments(hubs: readonly string[], radius: ReadonlyMap<string, number>, shared: readonly Member[], options: Required<LayoutOptions>): Positions {
  const graph = new UndirectedGraph();
  const random = mulberry32(options.seed);
  const side = 2 * Math.sqrt([...radius.values()].reduce((n, r) => n + r * r, 0) + 1);
  hubs.forEach((h) => graph.addNode(h, { x: (random() - 0.5) * side, y: (random() - 0.5) * side, size: radius.get(h)! + 2 * options.spacing }));
  const index = new Map(hubs.map((h, i) => [h, i]));
  const weights = new Map<number, number>();
  for (const e of shared) {
    const list = [...e.hubs].map(([h, w]) => [index.get(h), w] as const).filter((x): x is readonly [number, number] => x[0] !== undefined);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, wa] = list[i]!;
        const [b, wb] = list[j]!;
        const pair = Math.min(a, b) * hubs.length + Math.max(a, b);
        weights.set(pair, (weights.get(pair) ?? 0) + Math.min(wa, wb));
      }
    }
  }
  for (const [pair, weight] of [...weights].sort(([a], [b]) => a - b)) graph.addEdge(hubs[Math.floor(pair / hubs.length)]!, hubs[pair % hubs.length]!, { weight });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: options.iterations,
      getEdgeWeight: "weight",
      settings: { adjustSizes: true, gravity: 1, scalingRatio: 10 * options.spacing, slowDown: 2, edgeWeightInfluence: 0.5, barnesHutOptimize: false },
    });
  }
  const out: Positions = new Map();
  graph.forEachNode((k, a) => out.set(k, { x: a.x as number, y: a.y as number }));
  return out;
}

/** An entity several documents mention: at their centre, weighted by statements, jittered by its own seeded PRNG. */
function placeShared(e: Member, positions: Positions, options: Required<LayoutOptions>): Point {
  let x = 0;
  let y = 0;
  let total = 0;
  for (const [h, w] of e.hubs) {
    const p = positions.get(h);
    if (!p) continue;
    x += p.x * w;
    y += p.y * w;
    total += w;
  }
  const random = mulberry32(hashString(e.key, options.seed));
  const r = options.spacing * 4 * Math.sqrt(random());
  const a = random() * 2 * Math.PI;
  return { x: x / total + r * Math.cos(a), y: y / total + r * Math.sin(a) };
}

export function layoutGraph(graph: PolicyGraph, options: LayoutOptions = {}): Positions {
  const opts: Required<LayoutOptions> = { seed: options.seed ?? 1, iterations: options.iterations ?? 300, spacing: options.spacing ?? 1 };
  const { hubs, entities } = memberships(graph);
  const own = new Map<string, { key: string; weight: number }[]>(hubs.map((h) => [h, []]));
  const shared: Member[] = [];
  const orphans: string[] = [];
  for (const e of entities) {
    const known = [...e.hubs].filter(([h]) => own.has(h));
    if (known.length === 0) orphans.push(e.key);
    else if (known.length === 1) own.get(known[0]![0])!.push({ key: e.key, weight: known[0]![1] });
    else shared.push(e);
  }
  const radius = new Map(hubs.map((h) => [h, opts.spacing * Math.sqrt(own.get(h)!.length + 2)]));
  const positions = placeDocuments(hubs, radius, shared, opts);

  for (const h of hubs) {
    const centre = positions.get(h)!;
    const members = own.get(h)!.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const phase = mulberry32(hashString(h, opts.seed))() * 2 * Math.PI;
    members.forEach(({ key }, i) => {
      const r = opts.spacing * Math.sqrt(i + 2);
      const a = phase + (i + 2) * GOLDEN_ANGLE;
      positions.set(key, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    });
  }
  for (const e of shared) positions.set(e.key, placeShared(e, positions, opts));
  // entities with no document (buildGraph makes none, but a snapshot may hold them): a ring outside
  let extent = 1;
  for (const p of positions.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
  orphans.forEach((key, i) => {
    const a = (i / orphans.length) * 2 * Math.PI;
    positions.set(key, { x: (extent + 2 * opts.spacing) * Math.cos(a), y: (extent + 2 * opts.spacing) * Math.sin(a) });
  });
  return positions;
}
