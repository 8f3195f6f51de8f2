/**
 * Neo4j benchmark suite (needs NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; `pnpm neo4j:start`): push
 * of the whole corpus graph into a database without it (time, relationships/s, counters), a
 * second push of the same graph (time, counters: nothing created), pull (time, and the same
 * snapshot text), and every catalogue example on both backends. It CLEARS the policy graph from
 * that database first, holding the lock the Neo4j tests take (packages/graph/test/neo4j-lock.ts).
 */

import { extractCorpus } from "@policy-kg/extractor/node";
import { QUERY_CATALOGUE, buildGraph, runEmbeddedQuery, serialiseSnapshot, type QueryName } from "@policy-kg/graph";
import { pullGraph, pushGraph, runNeo4jQuery } from "@policy-kg/graph/node";
import type { SuiteContext } from "./extractor";
import { SKIPPED, pushCounters as counters, pushRate as rate, withClearedNeo4j } from "./neo4j-db";
import { int, median, round } from "./stats";

const RUNS = 5;

/** The example's parameters: `lineage --entity 深圳工业软件园` → {entity: "深圳工业软件园"}. */
function exampleParams(example: string): { name: QueryName; params: Record<string, string> } {
  const [name, ...rest] = example.split(" ");
  const params: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) params[rest[i]!.replace(/^--/, "")] = rest[i + 1]!;
  return { name: name as QueryName, params };
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: round(performance.now() - t) };
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  if (!process.env.NEO4J_URI) return { ...SKIPPED, table: `neo4j: ${SKIPPED.table}` };
  ctx.log(`extracting ${ctx.data} (not timed)…`);
  const { corpus } = await extractCorpus(ctx.data);
  const graph = buildGraph(corpus);
  const out = await withClearedNeo4j(ctx, async (driver, uri) => {
    ctx.log("first push…");
    const first = await pushGraph(driver, graph, { onProgress: (phase, done, total) => done === total && ctx.log(`  ${phase} ${total}`) });
    ctx.log("second push…");
    const second = await pushGraph(driver, graph);
    ctx.log("pull…");
    const pull = await timed(() => pullGraph(driver));
    const same = serialiseSnapshot(pull.value) === serialiseSnapshot(graph);

    const queries = [];
    for (const { example } of QUERY_CATALOGUE) {
      const { name, params } = exampleParams(example);
      ctx.log(`query ${example}…`);
      const embeddedMs: number[] = [];
      const neo4jMs: number[] = [];
      await runNeo4jQuery(driver, name, params); // plan cache
      for (let r = 0; r < RUNS; r++) {
        embeddedMs.push((await timed(async () => runEmbeddedQuery(graph, name, params))).ms);
        neo4jMs.push((await timed(() => runNeo4jQuery(driver, name, params))).ms);
      }
      queries.push({ example, embeddedMs: median(embeddedMs), neo4jMs: median(neo4jMs) });
    }

    const result = {
      uri,
      graph: { nodes: graph.order, edges: graph.size },
      firstPush: { ...first, relationshipsPerSecond: rate(first) },
      secondPush: { ...second, relationshipsPerSecond: rate(second) },
      pull: { ms: pull.ms, sameSnapshot: same },
      queries,
    };
    const row = (label: string, value: string) => `  ${label.padEnd(44)} ${value}`;
    const table = [
      `neo4j: ${int(graph.order)} nodes + ${int(first.statements)} events and values = ${int(first.nodes + first.statements)} Neo4j nodes, ${int(first.relationships)} relationships`,
      row("first push (empty database)", `${first.seconds.toFixed(1)} s, ${int(rate(first))} relationships/s`),
      row("  counters", counters(first)),
      row("second push (same graph)", `${second.seconds.toFixed(1)} s, unchanged: ${second.unchanged}`),
      row("  counters", counters(second)),
      row("pull", `${(pull.ms / 1000).toFixed(1)} s, same snapshot text: ${same}`),
      ...queries.map((q) => row(`query ${q.example}`.slice(0, 44), `embedded ${q.embeddedMs.toFixed(1)} ms, neo4j ${q.neo4jMs.toFixed(1)} ms (median of ${RUNS})`)),
    ].join("\n");
    return { result, table };
  });
  return out ?? { ...SKIPPED, table: `neo4j: ${SKIPPED.table}` };
}

export const neo4jSuite = {
  name: "neo4j",
  summary: "kg push (first and second), pull and the query catalogue on Neo4j (clears its policy graph; needs NEO4J_URI)",
  run,
};
