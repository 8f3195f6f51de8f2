/**
 * Counts of a graph (nodes by kind, edges by relation, events by stage, indicator values by
 * kind): written into the snapshot metadata, checked again when a snapshot is loaded.
 */

import { INDICATOR_KINDS, STAGES } from "@policy-kg/extractor";
import { EDGE_RELATIONS, NODE_KINDS, isEntityNode, type GraphCounts, type PolicyGraph } from "./attributes";

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts with every name present, all zero. */
export const emptyCounts = (): GraphCounts => ({ nodes: zeros(NODE_KINDS), edges: zeros(EDGE_RELATIONS), events: zeros(STAGES), values: zeros(INDICATOR_KINDS) });

export function countGraph(graph: PolicyGraph): GraphCounts {
  const counts = emptyCounts();
  graph.forEachNode((_key, a) => {
    counts.nodes[a.kind]++;
    if (!isEntityNode(a)) return;
    for (const e of a.events) counts.events[e.stage]++;
    for (const v of a.values) counts.values[v.kind]++;
  });
  graph.forEachEdge((_key, a) => {
    counts.edges[a.relation]++;
  });
  return counts;
}

/** Sum of a count record. */
export function total(record: Readonly<Record<string, number>>): number {
  return Object.values(record).reduce((n, v) => n + v, 0);
}
