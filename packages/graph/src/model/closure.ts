/**
 * Containment chains: a node and every node with a chain of edges of the given relations leading
 * to it (followed backwards, target → source). The place filter (LOCATED_IN / PHASE_OF) and the
 * strategy filter (PART_OF / UNDER_STRATEGY / …) of the exports and of the explorer use it on any
 * graph whose edges carry a `relation`. Pure.
 */

import type { AbstractGraph, Attributes } from "graphology-types";

/** Relations that put an entity inside a place: located in it, or a phase of something that is. */
export const INSIDE_PLACE: readonly string[] = ["LOCATED_IN", "PHASE_OF"];

export function inwardClosure<E extends Attributes & { relation: string }>(
  graph: AbstractGraph<Attributes, E>,
  root: string,
  relations: readonly string[],
): Set<string> {
  if (!graph.hasNode(root)) return new Set();
  const inside = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    graph.forEachInEdge(queue.pop()!, (_key, a, source) => {
      if (relations.includes(a.relation) && !inside.has(source)) {
        inside.add(source);
        queue.push(source);
      }
    });
  }
  return inside;
}
