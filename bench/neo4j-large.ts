/**
 * Large Neo4j benchmark suite (`pnpm bench neo4j-large`; needs NEO4J_URI, `pnpm neo4j:start`):
 * the real corpus replicated to about 100,000 nodes (bench/large.ts) pushed into a database
 * without the policy graph (relationships/s, counters), then pushed again (nothing may change),
 * and the peak RSS of this process. It CLEARS the policy graph from that database first, holding
 * the lock the Neo4j tests take. Aim (issue #3): at least 20,000 relationships/s on first push.
 * On a shared machine wall time depends on the other jobs, so the CPU time of the first push is
 * recorded too: this process's, and the server's when it is this checkout's (scripts/neo4j.sh).
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pushGraph } from "@policy-kg/graph/node";
import type { SuiteContext } from "./extractor";
import { largeGraph, peakRss } from "./large";
import { SKIPPED, pushCounters, pushRate, withClearedNeo4j } from "./neo4j-db";
import { int } from "./stats";

const AIM_RELATIONSHIPS_PER_SECOND = 20_000;

/** CPU seconds used so far by the Neo4j server of this checkout (.neo4j/home/run/neo4j.pid), or null when it is not running here. */
function serverCpuSeconds(root: string): number | null {
  try {
    const pid = readFileSync(join(root, ".neo4j", "home", "run", "neo4j.pid"), "utf8").trim();
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100 per second)
  } catch {
    return null;
  }
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  if (!process.env.NEO4J_URI) return { ...SKIPPED, table: `neo4j-large: ${SKIPPED.table}` };
  const { graph, copies } = await largeGraph(ctx);
  const out = await withClearedNeo4j(ctx, async (driver, uri) => {
    ctx.log("first push…");
    const t0 = performance.now();
    const progress = (phase: string, done: number, total: number) => done === total && ctx.log(`  ${phase} ${total} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const server0 = serverCpuSeconds(ctx.root);
    const client0 = process.cpuUsage();
    const first = await pushGraph(driver, graph, { onProgress: progress });
    const client = process.cpuUsage(client0);
    const server1 = serverCpuSeconds(ctx.root);
    const cpu = { clientSeconds: (client.user + client.system) / 1e6, serverSeconds: server0 === null || server1 === null ? null : server1 - server0 };
    ctx.log("second push…");
    const second = await pushGraph(driver, graph);
    const rate = pushRate(first);
    const result = {
      uri,
      copies,
      graph: { nodes: graph.order, edges: graph.size, neo4jNodes: first.nodes + first.statements, neo4jRelationships: first.relationships },
      firstPush: { ...first, relationshipsPerSecond: rate, cpu, aim: AIM_RELATIONSHIPS_PER_SECOND, aimMet: rate >= AIM_RELATIONSHIPS_PER_SECOND },
      secondPush: { ...second, relationshipsPerSecond: pushRate(second) },
      peakRss: peakRss(),
    };
    const row = (label: string, value: string) => `  ${label.padEnd(44)} ${value}`;
    const table = [
      `neo4j-large: ${copies} copies, ${int(graph.order)} nodes + ${int(first.statements)} events and values = ${int(first.nodes + first.statements)} Neo4j nodes, ${int(first.relationships)} relationships`,
      row("first push (empty database)", `${first.seconds.toFixed(1)} s, ${int(rate)} relationships/s — aim ${int(AIM_RELATIONSHIPS_PER_SECOND)}/s ${result.firstPush.aimMet ? "met" : "NOT met"}`),
      row("  counters", pushCounters(first)),
      row("  CPU time: this process / Neo4j server", `${cpu.clientSeconds.toFixed(1)} s / ${cpu.serverSeconds === null ? "not measured (not this checkout's server)" : `${cpu.serverSeconds.toFixed(1)} s`}`),
      row("second push (same graph)", `${second.seconds.toFixed(1)} s, ${int(pushRate(second))} relationships/s, unchanged: ${second.unchanged}`),
      row("  counters", pushCounters(second)),
      row("peak RSS of the process", `${(result.peakRss / 1e6).toFixed(0)} MB`),
    ].join("\n");
    return { result, table };
  });
  return out ?? { ...SKIPPED, table: `neo4j-large: ${SKIPPED.table}` };
}

export const neo4jLargeSuite = {
  name: "neo4j-large",
  summary: "the corpus replicated to ~100,000 nodes pushed into Neo4j, first and second push (clears its policy graph; needs NEO4J_URI)",
  run,
};
