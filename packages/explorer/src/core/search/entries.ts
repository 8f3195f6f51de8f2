/**
 * What search looks through: every entity (name and aliases) and every document (title and id).
 */

import { isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import type { SearchEntry } from "./search";

export function searchEntries(graph: PolicyGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, node) => {
    if (isEntityNode(node)) entries.push({ key, label: node.label, kind: node.kind, aliases: node.aliases, weight: node.events.length + node.values.length });
    else if (node.kind === "Document") entries.push({ key, label: node.label, kind: "Document", aliases: [key.slice(key.indexOf(":") + 1)], weight: 0 });
  });
  return entries;
}
