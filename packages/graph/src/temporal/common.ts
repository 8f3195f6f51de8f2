/**
 * Helpers shared by the temporal queries: checking a year option, finding an entity node by id,
 * name or alias, and the stage of an entity's events up to or in a year.
 */

import { nameKey, type Stage } from "@policy-kg/extractor";
import { GraphError } from "../errors";
import { isEntityNode, type EntityNode, type GraphEvent, type NodeKind, type PolicyGraph } from "../model/attributes";
import { eventYear, isReported, maxStage } from "../model/events";

/** A year option: a whole number in 1900–2100, else INVALID_OPTIONS. */
export function requireYear(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1900 || value > 2100) {
    throw new GraphError("INVALID_OPTIONS", `${name} must be a year (a whole number from 1900 to 2100), got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * The entity node for a query: its key, else an exact name or alias match (after folding quotes,
 * widths and brackets), preferring the entity with the most events. ENTITY_NOT_FOUND otherwise.
 */
export function findEntityNode(graph: PolicyGraph, query: string, kind?: NodeKind): { id: string; node: EntityNode } {
  if (graph.hasNode(query)) {
    const node = graph.getNodeAttributes(query);
    if (isEntityNode(node) && (!kind || node.kind === kind)) return { id: query, node };
  }
  let best: { id: string; node: EntityNode } | null = null;
  for (const id of nameIndex(graph).get(nameKey(query)) ?? []) {
    const node = graph.getNodeAttributes(id);
    if (!isEntityNode(node) || (kind && node.kind !== kind)) continue;
    if (!best || node.events.length > best.node.events.length || (node.events.length === best.node.events.length && id < best.id)) best = { id, node };
  }
  if (!best) throw new GraphError("ENTITY_NOT_FOUND", `no ${kind ?? "entity"} with id, name or alias "${query}"`);
  return best;
}

/** Folded name or alias → entity node ids, built once per graph and dropped when the graph changes. */
const NAME_INDEXES = new WeakMap<PolicyGraph, Map<string, string[]>>();

function nameIndex(graph: PolicyGraph): Map<string, string[]> {
  let index = NAME_INDEXES.get(graph);
  if (index) return index;
  index = new Map();
  const built = index;
  graph.forEachNode((id, node) => {
    if (!isEntityNode(node)) return;
    for (const key of new Set([node.label, ...node.aliases].map(nameKey))) (built.get(key) ?? built.set(key, []).get(key)!).push(id);
  });
  NAME_INDEXES.set(graph, index);
  const drop = () => {
    NAME_INDEXES.delete(graph);
    for (const event of CHANGES) graph.removeListener(event, drop);
  };
  for (const event of CHANGES) graph.on(event, drop);
  return index;
}

const CHANGES = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "cleared"] as const;

/** Events placed in `year` (mode "year") or in any year up to it (mode "cumulative"). */
export function eventsIn<T extends Pick<GraphEvent, "year" | "said">>(events: readonly T[], year: number, mode: "cumulative" | "year"): T[] {
  return events.filter((e) => {
    const y = eventYear(e);
    return y !== null && (mode === "year" ? y === year : y <= year);
  });
}

/** Furthest stage reported by these events; "mentioned" when they report none; null when there are no events. */
export function reportedStage(events: readonly GraphEvent[]): Stage | null {
  if (events.length === 0) return null;
  return maxStage(events.filter(isReported).map((e) => e.stage)) ?? "mentioned";
}
