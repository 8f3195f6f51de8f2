/**
 * Large graph benchmark suite (`pnpm bench graph-large`): the real corpus replicated to about
 * 100,000 nodes (bench/large.ts), then snapshot save (saveSnapshot: check the graph, serialise
 * in pieces, atomic write) and load (loadSnapshot: read, parse with every check) in this process
 * (which holds the large graph: its garbage collections walk a 2–3 GB heap) and in a fresh
 * process (bench/load-snapshot.ts: what `kg info`, `kg export` or `kg query` pay), the temporal
 * queries, lineage per entity by id and by name (median and p95 over a sample of entities), and
 * the process's peak RSS.
 * Aims (issue #3): snapshot load + save under 2 s; a lineage query under 10 ms.
 */

import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffYears, graphAsOf, isEntityNode, lineage, parseSnapshot, serialiseSnapshot } from "@policy-kg/graph";
import { loadSnapshot, saveSnapshot } from "@policy-kg/graph/node";
import type { SuiteContext } from "./extractor";
import { largeGraph, peakRss } from "./large";
import { int, median, round } from "./stats";

const RUNS = 3;
const LINEAGE_SAMPLE = 2000;
const LINEAGE_BY_NAME = 200;
const AIM_SNAPSHOT_MS = 2000;
const AIM_LINEAGE_MS = 10;

interface Timing {
  runsMs: number[];
  medianMs: number;
}

async function time(f: () => unknown): Promise<Timing> {
  const runsMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    await f();
    runsMs.push(round(performance.now() - t));
  }
  return { runsMs, medianMs: median(runsMs) };
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** loadSnapshot of `file` in a fresh process (bench/load-snapshot.ts), RUNS times: wall and CPU time of the call. */
async function freshLoads(ctx: SuiteContext, file: string): Promise<Timing & { cpuMs: number[] }> {
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const out = await new Promise<string>((done, fail) =>
      execFile(join(ctx.root, "node_modules", ".bin", "tsx"), [join(ctx.root, "bench", "load-snapshot.ts"), file], { cwd: ctx.root }, (err, stdout, stderr) => (err ? fail(new Error(`${err.message}\n${stderr}`)) : done(stdout))),
    );
    const m = JSON.parse(out) as { ms: number; cpuMs: number };
    runsMs.push(round(m.ms));
    cpuMs.push(round(m.cpuMs));
  }
  return { runsMs, medianMs: median(runsMs), cpuMs };
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  const { graph, copies, documents, buildMs, events, values } = await largeGraph(ctx);
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-large-"));
  const file = join(dir, "graph.json");
  let bytes = 0;
  let save, load, fresh, serialise, parse;
  try {
    ctx.log("snapshot save / load…");
    save = await time(async () => (bytes = (await saveSnapshot(file, graph)).bytes));
    load = await time(() => loadSnapshot(file));
    ctx.log("snapshot load in a fresh process…");
    fresh = await freshLoads(ctx, file);
    serialise = await time(() => serialiseSnapshot(graph));
    const text = serialiseSnapshot(graph);
    parse = await time(() => parseSnapshot(text));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // the latest year the corpus reviews, and the one before it (as the graph suite)
  const reviewed = graph.mapNodes((_k, a) => (a.kind === "Document" ? a.yearsReviewed : [])).flat();
  const to = Math.max(...reviewed);
  const from = to - 1;
  ctx.log(`temporal queries (${from} → ${to})…`);
  const asOfCumulative = await time(() => graphAsOf(graph, { year: to }));
  const asOfYear = await time(() => graphAsOf(graph, { year: to, mode: "year" }));
  const diff = await time(() => diffYears(graph, { from, to }));

  const entities = graph.filterNodes((_key, a) => isEntityNode(a));
  const step = Math.max(1, Math.floor(entities.length / LINEAGE_SAMPLE));
  const sample = entities.filter((_e, i) => i % step === 0);
  ctx.log(`lineage of ${sample.length} entities…`);
  for (const entity of sample.slice(0, 100)) lineage(graph, { entity }); // warm-up
  const lineageMs = sample.map((entity) => {
    const t = performance.now();
    lineage(graph, { entity });
    return performance.now() - t;
  });
  // by name (what `kg query lineage --entity <name>` does): the name is looked up first
  const byName = sample.slice(0, LINEAGE_BY_NAME).map((entity) => {
    const name = graph.getNodeAttribute(entity, "label") as string;
    const t = performance.now();
    lineage(graph, { entity: name });
    return performance.now() - t;
  });
  const linByName = { entities: byName.length, medianMs: round(median(byName), 3), p95Ms: round(percentile(byName, 95), 3) };
  const lin = { entities: sample.length, medianMs: round(median(lineageMs), 3), p95Ms: round(percentile(lineageMs, 95), 3), maxMs: round(Math.max(...lineageMs), 3) };
  const snapshotMs = round(save.medianMs + load.medianMs);
  const freshMs = round(save.medianMs + fresh.medianMs);
  const result = {
    copies,
    graph: { documents, nodes: graph.order, edges: graph.size, events, indicatorValues: values, eventsAndEdges: events + values + graph.size },
    buildGraphMs: buildMs,
    snapshot: {
      bytes,
      save,
      load,
      freshLoad: fresh,
      serialise,
      parse,
      saveAndLoadMs: snapshotMs,
      saveAndFreshLoadMs: freshMs,
      aimMs: AIM_SNAPSHOT_MS,
      aimMet: snapshotMs < AIM_SNAPSHOT_MS,
      aimMetFresh: freshMs < AIM_SNAPSHOT_MS,
    },
    graphAsOf: { year: to, cumulative: asOfCumulative, yearOnly: asOfYear },
    diffYears: { from, to, ...diff },
    lineage: { byId: lin, byName: linByName, aimMs: AIM_LINEAGE_MS, aimMet: linByName.p95Ms < AIM_LINEAGE_MS },
    peakRss: peakRss(),
  };
  const row = (label: string, value: string) => `  ${label.padEnd(40)} ${value}`;
  const ms = (t: Timing) => `${t.medianMs.toFixed(0)} ms (runs ${t.runsMs.map((x) => x.toFixed(0)).join(", ")})`;
  const table = [
    `graph-large: ${copies} copies of the corpus, ${int(documents)} documents → ${int(graph.order)} nodes, ${int(graph.size)} edges, ${int(events)} events, ${int(values)} indicator values`,
    row("buildGraph (one run)", `${(buildMs / 1000).toFixed(2)} s`),
    row("snapshot size", `${(bytes / 1e6).toFixed(1)} MB`),
    row(`saveSnapshot, median of ${RUNS}`, ms(save)),
    row(`loadSnapshot, median of ${RUNS}`, ms(load)),
    row(`save + load (aim < ${AIM_SNAPSHOT_MS} ms)`, `${snapshotMs.toFixed(0)} ms — aim ${result.snapshot.aimMet ? "met" : "NOT met"}`),
    row(`loadSnapshot in a fresh process`, `${ms(fresh)}, CPU ${fresh.cpuMs.map((x) => x.toFixed(0)).join(", ")} ms`),
    row(`save + fresh load (aim < ${AIM_SNAPSHOT_MS} ms)`, `${freshMs.toFixed(0)} ms — aim ${result.snapshot.aimMetFresh ? "met" : "NOT met"}`),
    row(`  of which serialiseSnapshot`, ms(serialise)),
    row(`  of which parseSnapshot with checks`, ms(parse)),
    row(`graphAsOf ${to} cumulative`, ms(asOfCumulative)),
    row(`graphAsOf ${to} year only`, ms(asOfYear)),
    row(`diffYears ${from} → ${to}`, ms(diff)),
    row(`lineage by id, ${int(sample.length)} entities`, `median ${lin.medianMs} ms, p95 ${lin.p95Ms} ms, max ${lin.maxMs} ms`),
    row(`lineage by name, ${int(byName.length)} (aim < ${AIM_LINEAGE_MS} ms)`, `median ${linByName.medianMs} ms, p95 ${linByName.p95Ms} ms — aim ${result.lineage.aimMet ? "met" : "NOT met"}`),
    row("peak RSS of the process", `${(result.peakRss / 1e6).toFixed(0)} MB`),
  ].join("\n");
  return { result, table };
}

export const graphLargeSuite = {
  name: "graph-large",
  summary: "the corpus replicated to ~100,000 nodes: snapshot save and load, temporal queries, lineage per entity, peak RSS",
  run,
};
