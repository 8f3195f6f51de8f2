/**
 * The GraphMeta node: the pushed graph's attributes (snapshot metadata), written last by a push,
 * and `pushing` (the corpus hash of a push under way), set first and removed last — so a push
 * that did not finish can be told from a complete graph.
 */

import type { Driver, ManagedTransaction } from "neo4j-driver";
import { GraphError } from "../errors";
import type { GraphAttributes, ViewMode } from "../model/attributes";
import { META_KEY, toProps, type Props } from "./schema";

export type MetaState =
  | { state: "empty" }
  | { state: "incomplete"; pushing: string; corpusHash: string | null }
  | { state: "complete"; attributes: GraphAttributes; pushedAt: string | null };

interface MetaProps {
  format?: string;
  schemaVersion?: number;
  corpusHash?: string;
  extractorVersion?: string;
  builtAt?: string;
  counts?: string;
  viewYear?: number;
  viewMode?: string;
  pushing?: string;
  pushedAt?: string;
}

export async function readMeta(tx: ManagedTransaction): Promise<MetaState> {
  const result = await tx.run("MATCH (m:GraphMeta {key: $key}) RETURN properties(m) AS m", { key: META_KEY });
  const m = result.records[0]?.get("m") as MetaProps | undefined;
  if (!m) return { state: "empty" };
  if (m.pushing !== undefined || m.corpusHash === undefined) return { state: "incomplete", pushing: m.pushing ?? "", corpusHash: m.corpusHash ?? null };
  const attributes = {
    format: m.format,
    schemaVersion: m.schemaVersion,
    corpusHash: m.corpusHash,
    extractorVersion: m.extractorVersion,
    builtAt: m.builtAt,
    counts: JSON.parse(m.counts ?? "null") as unknown,
    ...(m.viewYear !== undefined ? { view: { year: m.viewYear, mode: m.viewMode as ViewMode } } : {}),
  } as GraphAttributes; // checked by whoever uses them (pull parses the whole graph as a snapshot)
  return { state: "complete", attributes, pushedAt: m.pushedAt ?? null };
}

/** The attributes of the complete graph in the database; NEO4J_EMPTY or NEO4J_INCOMPLETE otherwise. */
export async function requireCompleteGraph(driver: Driver, uri: string): Promise<GraphAttributes> {
  const session = driver.session();
  try {
    const meta = await session.executeRead(readMeta);
    if (meta.state === "empty") throw new GraphError("NEO4J_EMPTY", `no policy graph in Neo4j at ${uri}; write one with 'pnpm kg push'`);
    if (meta.state === "incomplete") {
      throw new GraphError("NEO4J_INCOMPLETE", `Neo4j at ${uri} holds a push that did not finish (corpus ${meta.pushing}); rerun 'pnpm kg push' to complete it`);
    }
    return meta.attributes;
  } finally {
    await session.close();
  }
}

/** Properties of the GraphMeta node for a complete graph. */
export function metaProps(a: GraphAttributes, pushedAt: string): Props {
  return toProps({
    key: META_KEY,
    format: a.format,
    schemaVersion: a.schemaVersion,
    corpusHash: a.corpusHash,
    extractorVersion: a.extractorVersion,
    builtAt: a.builtAt,
    counts: JSON.stringify(a.counts),
    viewYear: a.view?.year ?? null,
    viewMode: a.view?.mode ?? null,
    pushedAt,
  });
}
