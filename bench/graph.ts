/**
 * Graph benchmark suite: buildGraph over the extraction of the whole corpus, snapshot size
 * (plain and gzipped), serialise and parse (with every check), the temporal queries (as of a
 * year, diff between two years, lineage of every entity), and `kg build` end to end in a fresh
 * process (extraction included), with its peak memory.
 */

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, diffYears, graphAsOf, isEntityNode, lineage, parseSnapshot, serialiseSnapshot } from "@policy-kg/graph";
import type { SuiteContext } from "./extractor";
import { int, median, round } from "./stats";

const RUNS = 5;
const CLI_RUNS = 3;
const TIME = "/usr/bin/time";


interface Timing {
  warmupMs: number;
  runsMs: number[];
  medianMs: number;
}

/** One warm-up call, then RUNS timed calls. */
function time(f: () => unknown): Timing {
  let t = performance.now();
  f();
  const warmupMs = round(performance.now() - t);
  const runsMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    t = performance.now();
    f();
    runsMs.push(round(performance.now() - t));
  }
  return { warmupMs, runsMs, medianMs: median(runsMs) };
}

/** `kg build` in a fresh process, under /usr/bin/time -v when available: wall time and peak RSS. */
function cliBuild(ctx: SuiteContext, out: string): Promise<{ wallMs: number; peakRss: number | null }> {
  const node = [process.execPath, "--import", "tsx", join(ctx.root, "packages", "graph", "src", "cli", "main.ts"), "build", "--data", ctx.data, "--out", out];
  const withTime = existsSync(TIME);
  const [cmd, ...args] = withTime ? [TIME, "-v", ...node] : node;
  const t = performance.now();
  return new Promise((resolve, reject) => {
    execFile(cmd!, args, { cwd: ctx.root, maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
      if (err) return reject(new Error(`kg build failed: ${err.message.split("\n")[0]}\n${stderr}`));
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ wallMs: round(performance.now() - t), peakRss: kb ? Number(kb[1]) * 1024 : null });
    });
  });
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  ctx.log(`extracting ${ctx.data} (not timed)…`);
  const { corpus } = await extractCorpus(ctx.data);
  const builtAt = new Date().toISOString();

  ctx.log("buildGraph…");
  const build = time(() => buildGraph(corpus, { builtAt }));
  const graph = buildGraph(corpus, { builtAt });
  const counts = graph.getAttribute("counts");
  const text = serialiseSnapshot(graph);
  const bytes = Buffer.byteLength(text);
  const gzipBytes = gzipSync(text).length;
  ctx.log("serialise / parse…");
  const serialise = time(() => serialiseSnapshot(graph));
  const parse = time(() => parseSnapshot(text));

  // the latest year the corpus reviews, and the one before it
  const to = Math.max(...corpus.documents.flatMap((d) => d.yearsReviewed));
  const from = to - 1;
  ctx.log(`temporal queries (${from} → ${to})…`);
  const asOfCumulative = time(() => graphAsOf(graph, { year: to }));
  const asOfYear = time(() => graphAsOf(graph, { year: to, mode: "year" }));
  const diff = time(() => diffYears(graph, { from, to }));
  const entities = graph.filterNodes((_key, a) => isEntityNode(a));
  const lineageAll = time(() => {
    for (const entity of entities) lineage(graph, { entity });
  });

  ctx.log(`kg build end to end, ${CLI_RUNS} runs…`);
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-"));
  const cli: { wallMs: number; peakRss: number | null }[] = [];
  try {
    for (let r = 0; r < CLI_RUNS; r++) cli.push(await cliBuild(ctx, join(dir, "graph.json")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const cliMs = median(cli.map((c) => c.wallMs));
  const peaks = cli.map((c) => c.peakRss).filter((p): p is number => p !== null);

  const total = (r: Record<string, number>) => Object.values(r).reduce((n, v) => n + v, 0);
  const result = {
    corpus: { folder: ctx.data, documents: corpus.documents.length, entities: corpus.entities.length, relations: corpus.relations.length, indicatorValues: corpus.indicators.length },
    graph: { nodes: graph.order, edges: graph.size, counts },
    snapshot: { bytes, gzipBytes },
    buildGraph: build,
    serialise,
    parse,
    graphAsOf: { year: to, cumulative: asOfCumulative, yearOnly: asOfYear },
    diffYears: { from, to, ...diff },
    lineage: { entities: entities.length, ...lineageAll, perEntityUs: round((lineageAll.medianMs * 1000) / entities.length) },
    kgBuild: { runs: cli, medianWallMs: cliMs, peakRss: peaks.length ? Math.max(...peaks) : null },
  };
  const row = (label: string, value: string) => `  ${label.padEnd(40)} ${value}`;
  const ms = (t: Timing) => `${t.medianMs.toFixed(1)} ms (runs ${t.runsMs.map((x) => x.toFixed(0)).join(", ")}; warm-up ${t.warmupMs.toFixed(0)} ms)`;
  const table = [
    `graph: ${corpus.documents.length} documents → ${int(graph.order)} nodes, ${int(graph.size)} edges, ${int(total(counts.events))} events, ${int(total(counts.values))} indicator values`,
    row(`buildGraph, median of ${RUNS}`, ms(build)),
    row("snapshot size (gzipped)", `${(bytes / 1e6).toFixed(2)} MB (${(gzipBytes / 1e6).toFixed(2)} MB)`),
    row(`serialiseSnapshot, median of ${RUNS}`, ms(serialise)),
    row(`parseSnapshot with checks, median of ${RUNS}`, ms(parse)),
    row(`graphAsOf ${to} cumulative`, ms(asOfCumulative)),
    row(`graphAsOf ${to} year only`, ms(asOfYear)),
    row(`diffYears ${from} → ${to}`, ms(diff)),
    row(`lineage of all ${int(entities.length)} entities`, `${ms(lineageAll)}, ${result.lineage.perEntityUs} µs each`),
    row(`kg build end to end, median of ${CLI_RUNS}`, `${(cliMs / 1000).toFixed(2)} s (runs ${cli.map((c) => (c.wallMs / 1000).toFixed(2)).join(", ")} s)`),
    row("kg build peak RSS (/usr/bin/time -v)", result.kgBuild.peakRss ? `${(result.kgBuild.peakRss / 1e6).toFixed(0)} MB` : "not measured"),
  ].join("\n");
  return { result, table };
}

export const graphSuite = {
  name: "graph",
  summary: "buildGraph, snapshot size and parse, temporal queries, kg build end to end on data/",
  run,
};
