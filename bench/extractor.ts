/**
 * Extractor benchmark suite: throughput of extractDocument over the whole corpus (data/: seeds
 * and national reports), time of corpus-wide entity resolution, and peak memory — in this
 * process and in a fresh child process doing one cold pass (`--child`, like `kg corpus`).
 */

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { detectMetadata, extractDocument, resolveEntities, type DocumentExtraction, type DocumentMeta } from "@policy-kg/extractor";
import { loadAliasRules, readDocumentFile, resolveCorpus } from "@policy-kg/extractor/node";
import { int, median, round } from "./stats";

const RUNS = 5;
const AIM_CHARS_PER_SECOND = 1_000_000;
const AIM_PEAK_RSS = 300 * 1_000_000; // 300 MB
const TIME = "/usr/bin/time";

interface Doc {
  meta: DocumentMeta;
  text: string;
  bytes: number;
}

export interface SuiteContext {
  root: string;
  data: string;
  log: (line: string) => void;
}

/** Max RSS seen: sampled after every document and every 20 ms while the event loop is free. */
class RssPeak {
  peak = process.memoryUsage.rss();
  private timer = setInterval(() => this.sample(), 20).unref();
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/** Read and decode every document of the corpus folder (not timed). Metadata: manifest, else detected. */
async function loadDocs(data: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const { entry, path } of await resolveCorpus(data)) {
    const f = await readDocumentFile(path);
    const meta: DocumentMeta = entry
      ? { ...entry, source: "manifest", encoding: f.encoding }
      : { ...detectMetadata(f.text, f.id, f.file), encoding: f.encoding };
    docs.push({ meta, text: f.text, bytes: Buffer.byteLength(f.text) });
  }
  return docs;
}

function extractAll(docs: Doc[], rss: RssPeak, perDoc?: number[][]): { ms: number; results: DocumentExtraction[] } {
  const results: DocumentExtraction[] = [];
  const t0 = performance.now();
  docs.forEach((d, i) => {
    const t = performance.now();
    results.push(extractDocument({ text: d.text, meta: d.meta }));
    perDoc?.[i]!.push(performance.now() - t);
    rss.sample();
  });
  return { ms: performance.now() - t0, results };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** One cold pass in a fresh process: read, extract, resolve, keeping everything alive. */
async function childPass(data: string): Promise<Record<string, number>> {
  const rss = new RssPeak();
  const t0 = performance.now();
  const docs = await loadDocs(data);
  const t1 = performance.now();
  const { results } = extractAll(docs, rss);
  const t2 = performance.now();
  const corpus = resolveEntities(results, await loadAliasRules(join(data, "aliases.yaml")), "bench");
  const t3 = performance.now();
  return {
    documents: docs.length,
    entities: corpus.entities.length,
    readMs: round(t1 - t0),
    extractMs: round(t2 - t1),
    resolveMs: round(t3 - t2),
    sampledPeakRss: rss.stop(),
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

/** Run childPass in a new node process (no --max-old-space-size), under /usr/bin/time -v when available. */
function runChild(ctx: SuiteContext): Promise<{ method: string; peakRss: number; pass: Record<string, number> }> {
  const node = [process.execPath, "--import", "tsx", join(ctx.root, "bench", "extractor.ts"), "--child", ctx.data];
  const withTime = existsSync(TIME);
  const [cmd, ...args] = withTime ? [TIME, "-v", ...node] : node;
  return new Promise((resolve, reject) => {
    execFile(cmd!, args, { cwd: ctx.root, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`child benchmark failed: ${err.message.split("\n")[0]}\n${stderr}`));
      const pass = JSON.parse(stdout) as Record<string, number>;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (withTime && kb) resolve({ method: "/usr/bin/time -v", peakRss: Number(kb[1]) * 1024, pass });
      else resolve({ method: "sampled rss in the child", peakRss: pass.sampledPeakRss!, pass });
    });
  });
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  const rss = new RssPeak();
  ctx.log(`reading ${ctx.data}…`);
  const docs = await loadDocs(ctx.data);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const bytes = docs.reduce((n, d) => n + d.bytes, 0);
  ctx.log(`${docs.length} documents, ${int(chars)} characters; warm-up run…`);
  const warm = extractAll(docs, rss);
  ctx.log(`warm-up: ${warm.ms.toFixed(0)} ms`);

  const perDoc = docs.map(() => [] as number[]);
  const runsMs: number[] = [];
  let last = warm.results;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 1; r <= RUNS; r++) {
    const { ms, results } = extractAll(docs, rss, perDoc);
    runsMs.push(round(ms));
    last = results;
    ctx.log(`run ${r}/${RUNS}: ${ms.toFixed(0)} ms`);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuPerWall = (cpu.user + cpu.system) / 1000 / (performance.now() - wall0);
  const extractMs = median(runsMs);
  const charsPerSecond = chars / (extractMs / 1000);
  const bestCharsPerSecond = chars / (Math.min(...runsMs) / 1000);

  ctx.log("resolveEntities…");
  const rules = await loadAliasRules(join(ctx.data, "aliases.yaml"));
  const corpus = resolveEntities(last, rules, "bench"); // warm-up
  const resolveRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    resolveEntities(last, rules, "bench");
    resolveRuns.push(round(performance.now() - t));
    rss.sample();
  }
  const resolveMs = median(resolveRuns);
  const inProcess = { sampledPeakRss: rss.stop(), maxRss: process.resourceUsage().maxRSS * 1024 };

  ctx.log("child process: one cold pass…");
  const child = await runChild(ctx);

  const slowest = docs
    .map((d, i) => ({ id: d.meta.id, chars: d.text.length, ms: round(median(perDoc[i]!), 2) }))
    .map((d) => ({ ...d, charsPerSecond: Math.round(d.chars / (d.ms / 1000)) }))
    .sort((a, b) => a.charsPerSecond - b.charsPerSecond)
    .slice(0, 3);
  const speedMet = charsPerSecond >= AIM_CHARS_PER_SECOND;
  const memMet = child.peakRss < AIM_PEAK_RSS;
  const result = {
    corpus: { folder: ctx.data, documents: docs.length, characters: chars, utf8Bytes: bytes },
    extraction: { warmupMs: round(warm.ms), runs: RUNS, runsMs, medianMs: extractMs, charsPerSecond: Math.round(charsPerSecond), bestRunCharsPerSecond: Math.round(bestCharsPerSecond), cpuPerWall: round(cpuPerWall, 2), slowestDocuments: slowest },
    resolve: { runsMs: resolveRuns, medianMs: resolveMs, documents: last.length, entities: corpus.entities.length },
    memory: { inProcess, child: { method: child.method, peakRss: child.peakRss, ...child.pass } },
    aims: {
      charsPerSecond: { aim: AIM_CHARS_PER_SECOND, measured: Math.round(charsPerSecond), met: speedMet },
      peakRss: { aim: AIM_PEAK_RSS, measured: child.peakRss, met: memMet },
    },
  };
  const row = (label: string, value: string) => `  ${label.padEnd(40)} ${value}`;
  const table = [
    `extractor: ${docs.length} documents, ${int(chars)} characters (${mb(bytes)} UTF-8)`,
    row(`extraction, median of ${RUNS} warm runs`, `${extractMs.toFixed(0)} ms (runs ${runsMs.map((x) => x.toFixed(0)).join(", ")}; warm-up ${warm.ms.toFixed(0)} ms)`),
    row("throughput, one core", `${int(charsPerSecond)} chars/s (best run ${int(bestCharsPerSecond)})   aim ≥ ${int(AIM_CHARS_PER_SECOND)}: ${speedMet ? "met" : "NOT met"}`),
    row("CPU time / wall time during runs", cpuPerWall.toFixed(2)),
    row("slowest documents (chars/s)", slowest.map((d) => `${d.id} ${int(d.charsPerSecond)}`).join(", ")),
    row(`resolveEntities, median of ${RUNS}`, `${resolveMs.toFixed(0)} ms (${last.length} documents → ${int(corpus.entities.length)} entities)`),
    row("cold pass in a child (read/extract/resolve)", `${child.pass.readMs!.toFixed(0)} / ${child.pass.extractMs!.toFixed(0)} / ${child.pass.resolveMs!.toFixed(0)} ms`),
    row(`peak RSS, child (${child.method})`, `${mb(child.peakRss)}   aim < ${mb(AIM_PEAK_RSS)}: ${memMet ? "met" : "NOT met"}`),
    row("peak RSS, this process (sampled/rusage)", `${mb(inProcess.sampledPeakRss)} / ${mb(inProcess.maxRss)} (after ${RUNS + 1} passes)`),
  ].join("\n");
  return { result, table };
}

export const extractorSuite = {
  name: "extractor",
  summary: "extractDocument throughput, resolveEntities time and peak memory on data/",
  run,
};

// Child mode: `node --import tsx bench/extractor.ts --child <data dir>` prints one JSON object.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === "--child") {
  childPass(process.argv[3] ?? "data").then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      process.stderr.write(`bench child: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
