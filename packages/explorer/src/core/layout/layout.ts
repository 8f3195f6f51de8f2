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
 * Step 1 is documents.ts (plain data in and out, so the explorer runs it in a web worker):
 * layoutPlan gives its input, finishLayout does steps 2 and 3 with its output.
 * Pure: the same graph and options give the same positions, whatever runs it.
 */

import { documentKey, isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import { placeDocuments, type DocumentForces, type Point, type Positions } from "./documents";
import { hashString, mulberry32 } from "./prng";

export type { Point, Positions } from "./documents";

export interface LayoutOptions {
  /** seed of the PRNGs (initial positions, spiral phases); default 1 */
  seed?: number;
  /** ForceAtlas2 iterations; default 300 */
  iterations?: number;
  /** distance between neighbouring entities on a spiral; default 1 */
  spacing?: number;
}

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
  const keys = new Map<string, string>();
  const keyOf = (id: string): string => {
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = documentKey(id)));
    return key;
  };
  graph.forEachNode((key, node) => {
    if (node.kind === "Document") hubs.push(key);
    if (!isEntityNode(node)) return;
    const weights = new Map<string, number>();
    for (const list of [node.events, node.values]) {
      for (const s of list) {
        const hub = keyOf(s.document);
        weights.set(hub, (weights.get(hub) ?? 0) + 1);
      }
    }
    entities.push({ key, hubs: weights });
  });
  return { hubs, entities };
}

/** What ForceAtlas2 needs: the documents, their discs' radii, and the entities each pair of them shares (weighted by statements). */
function documentForces(hubs: readonly string[], radius: ReadonlyMap<string, number>, shared: readonly Member[], options: Required<LayoutOptions>): DocumentForces {
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
  const links = [...weights].sort(([a], [b]) => a - b).map(([pair, weight]): [number, number, number] => [Math.floor(pair / hubs.length), pair % hubs.length, weight]);
  return { hubs: [...hubs], radius: hubs.map((h) => radius.get(h)!), links, ...options };
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

/** Everything but the documents' positions: who sits in which disc, who between discs, who outside. */
export interface LayoutPlan {
  options: Required<LayoutOptions>;
  hubs: string[];
  own: Map<string, { key: string; weight: number }[]>;
  shared: Member[];
  orphans: string[];
}

/** The plan of a layout, and the input of its ForceAtlas2 step (placeDocuments). */
export function layoutPlan(graph: PolicyGraph, options: LayoutOptions = {}): { plan: LayoutPlan; forces: DocumentForces } {
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
  return { plan: { options: opts, hubs, own, shared, orphans }, forces: documentForces(hubs, radius, shared, opts) };
}

/** The positions of every node, given the plan and the documents' positions (placeDocuments of the plan's forces). */
export function finishLayout(plan: LayoutPlan, documents: Positions): Positions {
  const { options: opts, hubs, own, shared, orphans } = plan;
  const positions: Positions = new Map(documents);
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

export function layoutGraph(graph: PolicyGraph, options: LayoutOptions = {}): Positions {
  const { plan, forces } = layoutPlan(graph, options);
  return finishLayout(plan, placeDocuments(forces));
}
