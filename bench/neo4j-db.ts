/**
 * The Neo4j database of the neo4j benchmark suites: the variables (NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD), the lock the Neo4j tests take (packages/graph/test/neo4j-lock.ts), a driver,
 * and the policy graph cleared (schema dropped) before the suite runs.
 */

import { clearGraph, connectNeo4j, type PushSummary } from "@policy-kg/graph/node";
import type { SuiteContext } from "./extractor";
import { lockNeo4j } from "../packages/graph/test/neo4j-lock";
import { int } from "./stats";

type Driver = Awaited<ReturnType<typeof connectNeo4j>>;

export const SKIPPED = { result: { skipped: "NEO4J_URI not set" }, table: "skipped (NEO4J_URI not set — run pnpm neo4j:start and export the variables)" };

/** Run `f` with a driver on a database cleared of the policy graph, holding the lock; null when NEO4J_URI is not set. */
export async function withClearedNeo4j<T>(ctx: SuiteContext, f: (driver: Driver, uri: string) => Promise<T>): Promise<T | null> {
  const uri = process.env.NEO4J_URI;
  if (!uri) return null;
  ctx.log("waiting for the Neo4j tests to finish with the database, if any run…");
  const release = await lockNeo4j();
  const driver = await connectNeo4j({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "" });
  try {
    ctx.log(`clearing the policy graph from ${uri}…`);
    await clearGraph(driver, { dropSchema: true });
    return await f(driver, uri);
  } finally {
    await driver.close();
    release();
  }
}

export const pushRate = (s: PushSummary): number => Math.round(s.relationships / s.seconds);
export const pushCounters = (s: PushSummary): string =>
  Object.entries(s.counters)
    .map(([k, v]) => `${k} ${int(v)}`)
    .join(", ");
