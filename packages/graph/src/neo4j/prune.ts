/**
 * The last step of a push: delete the nodes and relationships of the policy graph's labels and
 * types that the pushed graph does not have (left by an earlier push of another graph), in
 * batches, each one transaction. Only the policy graph's own labels are touched.
 */

import type { ManagedTransaction, Session } from "neo4j-driver";
import { EDGE_RELATIONS, isEntityNode, type PolicyGraph } from "../model/attributes";
import { addCounters, emptyCounters, type WriteCounters } from "./counters";

const NODE_GROUPS = ["Event", "IndicatorValue", "Entity", "Document", "Year"] as const;

/** Keys the graph has, per node label of the schema. */
function expectedKeys(graph: PolicyGraph): Map<(typeof NODE_GROUPS)[number], Set<string>> {
  const keys = new Map(NODE_GROUPS.map((g) => [g, new Set<string>()]));
  graph.forEachNode((key, a) => {
    if (a.kind === "Year" || a.kind === "Document") keys.get(a.kind)!.add(key);
    else if (isEntityNode(a)) {
      keys.get("Entity")!.add(key);
      a.events.forEach((_e, i) => keys.get("Event")!.add(`${key}#${i}`));
      a.values.forEach((_v, i) => keys.get("IndicatorValue")!.add(`${key}#${i}`));
    }
  });
  return keys;
}

export interface PruneOptions {
  batchSize: number;
  onProgress?: (done: number, total: number) => void;
}

export async function deleteStale(session: Session, graph: PolicyGraph, options: PruneOptions): Promise<WriteCounters> {
  const counters = emptyCounters();
  const expected = expectedKeys(graph);
  const nodes = await session.executeRead((tx) => tx.run(`MATCH (n:${NODE_GROUPS.join("|")}) RETURN n.key AS key, labels(n) AS labels`));
  const staleKeys = new Map(NODE_GROUPS.map((g) => [g, [] as string[]]));
  for (const r of nodes.records) {
    const key = r.get("key") as string;
    const labels = r.get("labels") as string[];
    for (const group of NODE_GROUPS) if (labels.includes(group) && !expected.get(group)!.has(key)) staleKeys.get(group)!.push(key);
  }
  const edges = new Set(graph.edges());
  const relationships = await session.executeRead((tx) => tx.run(`MATCH ()-[r:${EDGE_RELATIONS.join("|")}]->() RETURN elementId(r) AS id, r.key AS key`));
  const stale = [
    ...NODE_GROUPS.map((label) => ({ query: `UNWIND $ids AS id MATCH (n:${label} {key: id}) DETACH DELETE n`, ids: staleKeys.get(label)! })),
    {
      query: "UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r",
      ids: relationships.records.filter((r) => !edges.has(r.get("key") as string)).map((r) => r.get("id") as string),
    },
  ];
  const total = stale.reduce((n, s) => n + s.ids.length, 0);
  let done = 0;
  for (const { query, ids } of stale) {
    for (let i = 0; i < ids.length; i += options.batchSize) {
      const batch = ids.slice(i, i + options.batchSize);
      const result = await session.executeWrite((tx: ManagedTransaction) => tx.run(query, { ids: batch }));
      addCounters(counters, result.summary.counters.updates());
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  return counters;
}
