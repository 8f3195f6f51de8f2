/**
 * Which strategies have a tree, and which tree a selected node belongs to: the list of
 * strategies with parts (for the "strategies" list), the strategies above a node (following
 * PART_OF, UNDER_STRATEGY, LOCATED_IN and PHASE_OF edges upwards), and the tree the strategy view
 * shows for a selection. Pure.
 */

import { isEntityNode, isRelationEdge, type EdgeRelation, type PolicyGraph } from "@policy-kg/graph";
import { pathTo, strategyTree, type StrategyTreeItem } from "./tree";

export interface StrategySummary {
  key: string;
  label: string;
  /** entities PART_OF it */
  parts: number;
  /** entities UNDER_STRATEGY it */
  direct: number;
}

const UPWARDS: readonly EdgeRelation[] = ["PART_OF", "UNDER_STRATEGY", "LOCATED_IN", "PHASE_OF"];

function inCount(graph: PolicyGraph, key: string, relation: EdgeRelation): number {
  let n = 0;
  graph.forEachInEdge(key, (_e, a, source) => {
    if (isRelationEdge(a) && a.relation === relation && isEntityNode(graph.getNodeAttributes(source))) n++;
  });
  return n;
}

/** A strategy that is PART_OF another strategy is a part, not a strategy of its own. */
function isPart(graph: PolicyGraph, key: string): boolean {
  return graph.someOutEdge(key, (_e, a, _s, _t, _sa, target) => isRelationEdge(a) && a.relation === "PART_OF" && target.kind === "Strategy");
}

/** Strategies with at least one part or one entity under them, that are not parts of another: most parts first, then by label. */
export function strategyList(graph: PolicyGraph): StrategySummary[] {
  const list: StrategySummary[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== "Strategy" || isPart(graph, key)) return;
    const parts = inCount(graph, key, "PART_OF");
    const direct = inCount(graph, key, "UNDER_STRATEGY");
    if (parts + direct > 0) list.push({ key, label: a.label, parts, direct });
  });
  return list.sort((a, b) => b.parts - a.parts || b.direct - a.direct || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Top strategies reached from `key` by following PART_OF, UNDER_STRATEGY, LOCATED_IN, PHASE_OF edges out (`maxDepth` steps), by key. */
export function strategiesAbove(graph: PolicyGraph, key: string, maxDepth = 6): string[] {
  if (!graph.hasNode(key)) return [];
  const seen = new Set([key]);
  const tops = new Set<string>();
  let frontier = [key];
  for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const k of frontier) {
      if (graph.getNodeAttribute(k, "kind") === "Strategy" && !isPart(graph, k)) tops.add(k);
      graph.forEachOutEdge(k, (_e, a, _s, target) => {
        if (isRelationEdge(a) && UPWARDS.includes(a.relation) && !seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      });
    }
    frontier = next;
  }
  return [...tops].sort();
}

/** A tree, or null for a strategy without parts or members. */
export function treeOf(graph: PolicyGraph, strategy: string): StrategyTreeItem | null {
  const tree = strategyTree(graph, { strategy });
  return tree.children.length > 0 ? tree : null;
}

/**
 * The tree to show for the selected node: the strategy tree last opened (`open`) if it shows the
 * node, else the first tree above the node that shows it; null when none does.
 */
export function treeForSelection(graph: PolicyGraph, selected: string | null, open: string | null): StrategyTreeItem | null {
  if (selected === null || !graph.hasNode(selected) || !isEntityNode(graph.getNodeAttributes(selected))) return null;
  const candidates = [...(open !== null && graph.hasNode(open) ? [open] : []), ...strategiesAbove(graph, selected)];
  for (const key of candidates) {
    const tree = treeOf(graph, key);
    if (tree && pathTo(tree, selected).length > 0) return tree;
  }
  return null;
}
