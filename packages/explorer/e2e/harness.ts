/**
 * End-to-end harness: a real explorer build (Vite), a real `kg serve` on a free 127.0.0.1 port,
 * and a real headless Chromium (Debian's, driven by playwright-core). Also a corpus folder made
 * for the tests (the seed documents plus a document full of HTML), and helpers to look at pixels.
 */

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, it } from "vitest";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, type PolicyGraph } from "@policy-kg/graph";
import { saveSnapshot } from "@policy-kg/graph/node";

export const EXPLORER = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = resolve(EXPLORER, "../..");
export const ARTIFACTS = join(ROOT, "artifacts", "explorer");
const CLI = join(ROOT, "packages", "graph", "src", "cli", "main.ts");

/** Debian's chromium, or why there is none. In CI a missing browser is a failure, not a skip. */
export function findChromium(): { path: string } | { missing: string } {
  try {
    const path = execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
    if (path) return { path };
  } catch {
    // not on PATH
  }
  return { missing: "chromium is not installed (`which chromium` failed); bash scripts/setup.sh installs it" };
}

export const EVIL_ID = "evil_doc";
/** A document whose text is HTML with scripts: the explorer must show it as characters. */
export const EVIL_TEXT = [
  "测试区2025年政府工作报告",
  "",
  "一、2024年工作回顾",
  "",
  '2024年，<script>window.__pwned = 1;</script>测试软件产业园<img src=x onerror="window.__pwned = 2">开工建设，<b>粗体</b>与&lt;p&gt;照常显示。',
  "二、2025年工作安排",
  "",
  "2025年，推动测试软件产业园建成投用。",
  "",
].join("\n");

/** A corpus folder: the seed documents with their manifest entries and alias rules, plus the HTML document. */
export async function makeCorpus(dir: string): Promise<void> {
  const data = join(ROOT, "data");
  const manifest = JSON.parse(await readFile(join(data, "manifest.json"), "utf8")) as { documents: { id: string; file: string }[] };
  const seeds = manifest.documents.filter((d) => d.file.startsWith("seeds/"));
  await mkdir(join(dir, "seeds"), { recursive: true });
  for (const d of seeds) await copyFile(join(data, d.file), join(dir, d.file));
  await copyFile(join(data, "aliases.yaml"), join(dir, "aliases.yaml"));
  await writeFile(join(dir, `${EVIL_ID}.txt`), EVIL_TEXT);
  const evil = { id: EVIL_ID, file: `${EVIL_ID}.txt`, title: "测试区2025年政府工作报告", issuer: null, district: "测试区", genre: "gov_work_report", delivered: "2025-01-10", yearsReviewed: [2024], yearPlanned: 2025 };
  await writeFile(join(dir, "manifest.json"), JSON.stringify({ documents: [...seeds, evil] }, null, 2));
}

export interface Site {
  url: string;
  graph: PolicyGraph;
  dir: string;
  /** the kg serve arguments that name the snapshot, corpus folder and explorer build */
  args: string[];
  stop(): Promise<void>;
}

/** Build the explorer, a corpus and its snapshot into a temp folder, and `kg serve` them. */
export async function startSite(): Promise<Site> {
  const dir = await mkdtemp(join(tmpdir(), "policy-kg-e2e-"));
  const [dist, data, snapshot] = [join(dir, "dist"), join(dir, "data"), join(dir, "graph.json")];
  await build({ root: EXPLORER, configFile: join(EXPLORER, "vite.config.ts"), logLevel: "warn", build: { outDir: dist, emptyOutDir: true } });
  await makeCorpus(data);
  const graph = buildGraph((await extractCorpus(data)).corpus);
  await saveSnapshot(snapshot, graph);
  const args = ["--snapshot", snapshot, "--data", data, "--explorer", dist];
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "serve", "--port", "0", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((ok, fail) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /serving the explorer at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.stderr!.on("data", (b: Buffer) => (err += b.toString()));
    child.once("exit", (code) => fail(new Error(`kg serve exited with ${code}: ${err}`)));
  });
  return { url, graph, dir, args, stop: () => stopChild(child).then(() => rm(dir, { recursive: true, force: true })) };
}

/**
 * `kg publish` the site into a sub-folder and serve its parent with a plain file server (files
 * from disk, nothing of kg's), on a free 127.0.0.1 port.
 */
export async function startStaticSite(site: Site): Promise<{ url: string; stop(): Promise<void> }> {
  const root = join(site.dir, "www");
  const folder = join(root, "policy-kg");
  execFileSync(process.execPath, ["--import", "tsx", CLI, "publish", folder, ...site.args], { cwd: ROOT, stdio: "pipe" });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = resolve(root, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { "Content-Type": file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "application/octet-stream" }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/policy-kg/`, stop: () => new Promise((done) => server.close(() => done())) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });
}

export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** One browser per test file: a persistent context on a fresh user-data-dir. */
export async function launchBrowser(executablePath: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "policy-kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1400, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A page on the explorer, loaded and showing the graph; page errors are collected. */
export async function openExplorer(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByTestId("app").waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => window.__policyKg !== undefined && window.__policyKg.visibleNodes() > 0);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Share of the element's pixels (from a real screenshot) that are not near-white. */
export async function inkRatio(page: Page, testId: string): Promise<number> {
  const png = await page.getByTestId(testId).screenshot();
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 235 || px[i + 1]! < 235 || px[i + 2]! < 235) ink++;
    return ink / (px.length / 4);
  }, png.toString("base64"));
}

/**
 * A describe block that needs chromium, given its path. Without chromium, CI gets one failing test
 * that says why (a missing browser is a failure there, not a skip); a local run skips the block
 * with a warning.
 */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  const found = findChromium();
  if ("path" in found) {
    describe(name, () => body(found.path));
  } else if (process.env.CI) {
    describe(name, () => {
      it("needs chromium", () => {
        throw new Error(found.missing);
      });
    });
  } else {
    console.warn(`${name}: skipped, ${found.missing}`);
    describe.skip(name, () => body(""));
  }
}

/** For a test file's describe block: one served site and one browser, started before its tests and stopped after. */
export function siteAndBrowser(executablePath: string): { site: () => Site; context: () => BrowserContext } {
  let site: Site | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser(executablePath);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return { site: () => site!, context: () => browser!.context };
}

/** Characters of the open document shown before its highlighted span (= the span's start offset when the text is whole). */
export function highlightOffset(page: Page): Promise<number> {
  return page.getByTestId("document-text").evaluate((pre) => {
    const range = document.createRange();
    range.setStart(pre, 0);
    range.setEndBefore(pre.querySelector("mark")!);
    return range.toString().length;
  });
}

