/**
 * A strategy as a tree, for the strategy view: the strategy → its parts (sub-parts nested under
 * the part they belong to, e.g. 两核 → 东核, 西核) → what each part includes (PART_OF or
 * UNDER_STRATEGY it: parks, places, programmes…) → what is located in those (LOCATED_IN), their
 * phases (PHASE_OF), and where they are (the place they are LOCATED_IN, with the other
 * initiatives located there). The first two levels come from the graph package's
 * `strategy-parts` query (runEmbeddedQuery); the levels below walk the graph's edges. Pure.
 */

import type { EntityType } from "@policy-kg/extractor";
import { isEntityNode, isRelationEdge, runEmbeddedQuery, type EdgeRelation, type PolicyGraph, type StrategyParts } from "@policy-kg/graph";

/** How a row hangs under its parent row. */
export type TreeRole =
  | "strategy" // the root
  | "part" // a part of the strategy (PART_OF it, or PART_OF another part of it)
  | "member" // included in its parent (PART_OF or UNDER_STRATEGY it)
  | "located" // LOCATED_IN its parent
  | "phase" // PHASE_OF its parent
  | "place" // the place its parent is LOCATED_IN
  | "colocated"; // also LOCATED_IN the parent place

export interface StrategyTreeItem {
  /** unique in the tree: the keys from the root down to this row, joined by " > " */
  id: string;
  /** the graph node */
  key: string;
  label: string;
  kind: EntityType;
  role: TreeRole;
  /** the graph relation behind the row (null for the root) */
  relation: EdgeRelation | null;
  children: StrategyTreeItem[];
}

export interface TreeOptions {
  /** strategy id, name or alias */
  strategy: string;
  /** rows deeper than this (root = 0) get no children */
  maxDepth?: number;
}

const MEMBER_RELATIONS: readonly EdgeRelation[] = ["PART_OF", "UNDER_STRATEGY"];
const byId = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

interface Neighbour {
  key: string;
  label: string;
  kind: EntityType;
  relation: EdgeRelation;
}

/** Entity neighbours joined by one of `relations`, in (edges into `key`) or out (edges from it), by id. */
function neighbours(graph: PolicyGraph, key: string, direction: "in" | "out", relations: readonly EdgeRelation[]): Neighbour[] {
  const found = new Map<string, Neighbour>();
  const visit = (_edge: string, a: Parameters<typeof isRelationEdge>[0], source: string, target: string) => {
    const other = direction === "in" ? source : target;
    const node = graph.getNodeAttributes(other);
    if (isRelationEdge(a) && relations.includes(a.relation) && isEntityNode(node) && !found.has(other)) {
      found.set(other, { key: other, label: node.label, kind: node.kind, relation: a.relation });
    }
  };
  if (direction === "in") graph.forEachInEdge(key, visit);
  else graph.forEachOutEdge(key, visit);
  return [...found.values()].sort(byId);
}

function row(parent: string | null, n: Omit<Neighbour, "relation"> & { relation: EdgeRelation | null }, role: TreeRole, children: StrategyTreeItem[] = []): StrategyTreeItem {
  return { id: parent === null ? n.key : `${parent} > ${n.key}`, key: n.key, label: n.label, kind: n.kind, role, relation: n.relation, children };
}

/** The rows under an entity that is not a part: what it includes, what is located in it, its phases, where it is. */
function memberChildren(graph: PolicyGraph, item: StrategyTreeItem, path: ReadonlySet<string>, depth: number, maxDepth: number): StrategyTreeItem[] {
  if (depth >= maxDepth) return [];
  const fresh = (n: Neighbour) => !path.has(n.key);
  const below = (n: Neighbour, role: TreeRole) => {
    const child = row(item.id, n, role);
    child.children = memberChildren(graph, child, new Set([...path, n.key]), depth + 1, maxDepth);
    return child;
  };
  const rows: StrategyTreeItem[] = [
    ...neighbours(graph, item.key, "in", MEMBER_RELATIONS).filter(fresh).map((n) => below(n, "member")),
    ...neighbours(graph, item.key, "in", ["LOCATED_IN"]).filter(fresh).map((n) => below(n, "located")),
    ...neighbours(graph, item.key, "in", ["PHASE_OF"]).filter(fresh).map((n) => below(n, "phase")),
  ];
  // where it is: the place, and (one level, no further) the other initiatives located there
  for (const place of neighbours(graph, item.key, "out", ["LOCATED_IN"]).filter(fresh)) {
    const placeRow = row(item.id, place, "place");
    if (depth + 1 < maxDepth) {
      placeRow.children = neighbours(graph, place.key, "in", ["LOCATED_IN"])
        .filter((n) => n.key !== item.key && !path.has(n.key))
        .map((n) => row(placeRow.id, n, "colocated"));
    }
    rows.push(placeRow);
  }
  return rows;
}

/** Order of parts: where their name stands in the strategy's name (一芯 · 两核 · 多支点), then by id. */
function partOrder(name: string) {
  const at = (label: string) => {
    const i = name.indexOf(label);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return (a: { key: string; label: string }, b: { key: string; label: string }) => at(a.label) - at(b.label) || byId(a, b);
}

/** The strategy's tree. Throws the graph's ENTITY_NOT_FOUND when no Strategy has that id, name or alias. */
export function strategyTree(graph: PolicyGraph, options: TreeOptions): StrategyTreeItem {
  const maxDepth = options.maxDepth ?? 6;
  const answer: StrategyParts = runEmbeddedQuery(graph, "strategy-parts", { strategy: options.strategy });
  const { strategy } = answer;
  const root = row(null, { key: strategy.id, label: strategy.label, kind: strategy.kind, relation: null }, "strategy");
  const parts = new Map(answer.parts.map((p) => [p.id, p]));
  // a part that is PART_OF another part is shown under that part only
  const nested = new Set(answer.parts.flatMap((p) => p.under.filter((m) => m.relation === "PART_OF" && parts.has(m.id)).map((m) => m.id)));
  const order = partOrder(strategy.label);

  const partRow = (parent: StrategyTreeItem, id: string, relation: EdgeRelation, path: ReadonlySet<string>, depth: number): StrategyTreeItem => {
    const part = parts.get(id)!;
    const item = row(parent.id, { key: part.id, label: part.label, kind: part.kind, relation }, "part");
    if (depth >= maxDepth) return item;
    const inner = new Set([...path, part.id]);
    const under = part.under.filter((m) => !inner.has(m.id));
    const subParts = under.filter((m) => parts.has(m.id) && m.relation === "PART_OF").map((m) => ({ key: m.id, label: m.label }));
    item.children = [
      ...subParts.sort(order).map((m) => partRow(item, m.key, "PART_OF", inner, depth + 1)),
      ...under
        .filter((m) => !(parts.has(m.id) && m.relation === "PART_OF"))
        .map((m) => {
          const child = row(item.id, { key: m.id, label: m.label, kind: m.kind, relation: m.relation }, "member");
          child.children = memberChildren(graph, child, new Set([...inner, m.id]), depth + 1, maxDepth);
          return child;
        }),
    ];
    return item;
  };

  const top = answer.parts.filter((p) => !nested.has(p.id)).map((p) => ({ key: p.id, label: p.label }));
  const rootPath = new Set([strategy.id]);
  root.children = [
    ...top.sort(order).map((p) => partRow(root, p.key, "PART_OF", rootPath, 1)),
    ...answer.direct.map((m) => {
      const child = row(root.id, { key: m.id, label: m.label, kind: m.kind, relation: m.relation }, "member");
      child.children = memberChildren(graph, child, new Set([strategy.id, m.id]), 1, maxDepth);
      return child;
    }),
  ];
  return root;
}

/** "a > b > c" → ["a", "a > b", "a > b > c"] */
const prefixes = (id: string): string[] => id.split(" > ").map((_k, i, ids) => ids.slice(0, i + 1).join(" > "));

/** Every row of a tree, depth first, with its depth. */
export function treeRows(tree: StrategyTreeItem): { item: StrategyTreeItem; depth: number }[] {
  const rows: { item: StrategyTreeItem; depth: number }[] = [];
  const walk = (item: StrategyTreeItem, depth: number) => {
    rows.push({ item, depth });
    for (const c of item.children) walk(c, depth + 1);
  };
  walk(tree, 0);
  return rows;
}

/** Ids of the rows from the root down to the first row (depth first) showing `key`; [] when none does. */
export function pathTo(tree: StrategyTreeItem, key: string): string[] {
  const found = treeRows(tree).find((r) => r.item.key === key);
  return found ? prefixes(found.item.id) : [];
}

/** Ids from the root down to the row `rowId` when it is in the tree and shows `key`, else to the first row showing `key`. */
export function selectedPath(tree: StrategyTreeItem, key: string, rowId: string | null): string[] {
  const picked = rowId === null ? undefined : treeRows(tree).find((r) => r.item.id === rowId && r.item.key === key);
  return picked ? prefixes(picked.item.id) : pathTo(tree, key);
}
