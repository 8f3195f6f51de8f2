/**
 * Explorer benchmark suite (`pnpm bench explorer`): a generated graph of 20,000 nodes and 100,000
 * edges (bench/sized-graph.ts, from the real corpus), checked with parseSnapshot, served with a
 * fresh Vite build of the explorer by a small in-memory file server on 127.0.0.1, and opened in
 * Debian's headless chromium (playwright-core). Measured in the page (bench/explorer-page.ts):
 * time to first render (fresh page each run), year switches through the slider with the
 * keyboard over every year in both modes, and search latency over Chinese, pinyin and initials
 * queries. Aims (issue #4): first render < 3 s, year switch < 100 ms, search < 50 ms (medians).
 */

import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { extractCorpus } from "@policy-kg/extractor/node";
import { parseSnapshot, serialiseSnapshot } from "@policy-kg/graph";
import { EXPLORER, findChromium, launchBrowser } from "../packages/explorer/e2e/harness";
import type { SuiteContext } from "./extractor";
import { ExplorerPage, type FirstRender } from "./explorer-page";
import { report, type Measured } from "./explorer-report";
import { sizedGraph } from "./sized-graph";
import { int, round } from "./stats";

const NODES = 20_000;
const EDGES = 100_000;
const FIRST_RENDER_RUNS = 3;
/** Chinese substrings, full pinyin, initials: common words of the corpus's names. */
const QUERIES = {
  chinese: ["深圳", "产业园", "医院", "两核", "创新", "科技", "学校", "公园", "改革", "高质量", "龙岗", "数字", "人工智能", "教育"],
  pinyin: ["shenzhen", "chanyeyuan", "yiyuan", "lianghe", "chuangxin", "keji", "gongyuan"],
  initials: ["sz", "cyy", "yy", "lh", "cx", "kj", "gy"],
};

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

/** The built explorer (read into memory) and graph.json, on a free 127.0.0.1 port; never cached. */
async function serve(dist: string, snapshot: string): Promise<{ url: string; stop(): Promise<void> }> {
  const files = new Map<string, Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(dir, e.name));
      else files.set(`/${relative(dist, join(dir, e.name)).split("\\").join("/")}`, await readFile(join(dir, e.name)));
    }
  };
  await walk(dist);
  files.set("/graph.json", Buffer.from(snapshot));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const body = files.get(path === "/" ? "/index.html" : path);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[extname(path === "/" ? "/index.html" : path)] ?? "application/octet-stream", "Cache-Control": "no-store" }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((done) => server.close(() => done())) };
}

/** Year switches over every year in both modes through the slider's keyboard, then the search queries. */
async function measure(explorer: ExplorerPage, years: number[], ctx: SuiteContext): Promise<Pick<Measured, "switches" | "modeSwitch" | "searches">> {
  const { page } = explorer;
  ctx.log(`year switches over ${years.length} years, both modes…`);
  const slider = page.getByTestId("year-slider");
  await slider.focus();
  const switches: Measured["switches"] = [];
  const step = async (key: string, year: number, mode: string) => {
    if (switches.length % 20 === 0) ctx.log(`  ${switches.length} switches, last ${switches.at(-1)?.ms.toFixed(0) ?? "-"} ms`);
    switches.push({ year, mode, ...(await explorer.timeSwitch(() => page.keyboard.press(key), year, mode)) });
  };
  await step("Home", years[0]!, "cumulative");
  for (const y of years.slice(1)) await step("ArrowRight", y, "cumulative");
  const modeSwitch = await explorer.timeSwitch(() => page.locator('input[name="mode"][value="year"]').click(), years.at(-1)!, "year");
  await slider.focus();
  for (const y of years.slice(0, -1).reverse()) await step("ArrowLeft", y, "year");

  ctx.log("search…");
  await explorer.waitForPinyin(QUERIES.pinyin[0]!);
  const searches: Measured["searches"] = [];
  for (const [kind, list] of Object.entries(QUERIES)) for (const q of list) searches.push({ kind, ...(await explorer.timeSearch(q)) });
  return { switches, modeSwitch, searches };
}

async function run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }> {
  const chromium = findChromium();
  if ("missing" in chromium) throw new Error(chromium.missing);
  const loadBefore = loadavg().map((x) => round(x, 2));
  ctx.log(`extracting ${ctx.data} (not timed)…`);
  const { corpus } = await extractCorpus(ctx.data);
  ctx.log(`generating ${int(NODES)} nodes / ${int(EDGES)} edges…`);
  const made = sizedGraph(corpus, { nodes: NODES, edges: EDGES });
  const snapshot = serialiseSnapshot(made.graph);
  const checked = parseSnapshot(snapshot, { file: "generated graph.json" });
  const years = checked.mapNodes((_k, a) => (a.kind === "Year" ? a.year : NaN)).filter((y) => !Number.isNaN(y)).sort((a, b) => a - b);
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-explorer-"));
  const browser = await launchBrowser(chromium.path);
  const version = execFileSync(chromium.path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  let site: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    ctx.log("building the explorer…");
    execFileSync(join(EXPLORER, "node_modules", ".bin", "vite"), ["build", "--outDir", join(dir, "dist"), "--emptyOutDir", "--logLevel", "warn"], { cwd: EXPLORER, stdio: ["ignore", "ignore", "inherit"] });
    site = await serve(join(dir, "dist"), snapshot);
    const url = `${site.url}?perf`;

    const firsts: FirstRender[] = [];
    let opened: ExplorerPage | null = null;
    for (let r = 0; r < FIRST_RENDER_RUNS; r++) {
      await opened?.page.close();
      const { explorer, result } = await ExplorerPage.open(browser.context, url);
      ctx.log(`first render ${r + 1}: ${result.firstRenderMs.toFixed(0)} ms (main thread CPU ${result.cpuMs.toFixed(0)} ms) ${JSON.stringify(result.steps)}`);
      firsts.push(result);
      opened = explorer;
    }
    const measured = await measure(opened!, years, ctx);
    return report({ version, loadBefore, made, snapshot, years, firsts, ...measured });
  } finally {
    await browser.close();
    await site?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export const explorerSuite = {
  name: "explorer",
  summary: "a generated 20,000-node, 100,000-edge graph in headless chromium: first render, year switch, search",
  run,
};
