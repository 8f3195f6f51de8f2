/**
 * The large graph shared by the `graph-large` and `neo4j-large` suites: the real corpus
 * extraction (not timed), replicated (bench/replicate.ts) to about 100,000 nodes, built with
 * buildGraph; and the peak RSS of this process.
 */

import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, type PolicyGraph } from "@policy-kg/graph";
import type { SuiteContext } from "./extractor";
import { copiesFor, replicateCorpus } from "./replicate";
import { int, round } from "./stats";

export interface LargeGraph {
  graph: PolicyGraph;
  copies: number;
  documents: number;
  buildMs: number;
  events: number;
  values: number;
}

export async function largeGraph(ctx: SuiteContext): Promise<LargeGraph> {
  ctx.log(`extracting ${ctx.data} (not timed)…`);
  const { corpus } = await extractCorpus(ctx.data);
  const builtAt = "2026-01-01T00:00:00.000Z";
  const real = buildGraph(corpus, { builtAt });
  const years = real.filterNodes((_k, a) => a.kind === "Year").length;
  const copies = copiesFor(real.order, years);
  ctx.log(`replicating ${copies} times…`);
  const large = replicateCorpus(corpus, copies);
  const t = performance.now();
  const graph = buildGraph(large, { builtAt });
  const buildMs = round(performance.now() - t);
  const counts = graph.getAttribute("counts");
  const sum = (r: Record<string, number>) => Object.values(r).reduce((n, v) => n + v, 0);
  ctx.log(`${int(graph.order)} nodes, ${int(graph.size)} edges, built in ${(buildMs / 1000).toFixed(1)} s`);
  return { graph, copies, documents: large.documents.length, buildMs, events: sum(counts.events), values: sum(counts.values) };
}

/** Peak resident set size of this process so far, bytes. */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
