/**
 * End-to-end harness: a real `kg serve` on a free 127.0.0.1 port of the explorer build and test
 * corpus that global-setup.ts built once for the run, and a real headless Chromium (Debian's,
 * driven by playwright-core), both per test file. Also helpers to look at pixels.
 */

import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import type { PolicyGraph } from "@policy-kg/graph";
import { loadSnapshot } from "@policy-kg/graph/node";
import { ROOT } from "./global-setup";

export { EVIL_ID, EVIL_TEXT, EXPLORER, ROOT, makeCorpus } from "./global-setup";
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

export interface Site {
  url: string;
  /** the served snapshot, loaded in the test file's own process */
  graph: PolicyGraph;
  /** this file's own temp folder (for kg publish) */
  dir: string;
  /** the corpus folder served (shared by the run's test files: read it, never write) */
  data: string;
  /** the kg serve arguments that name the snapshot, corpus folder and explorer build */
  args: string[];
  stop(): Promise<void>;
}

/** `kg serve` the run's shared explorer build, corpus and snapshot (global-setup.ts), from a temp folder of this file's own. */
export async function startSite(): Promise<Site> {
  const shared = inject("explorerSite");
  if (!shared) throw new Error("no explorer build: run the e2e tests through the root vitest.config.ts, whose e2e project builds it (global-setup.ts)");
  const dir = await mkdtemp(join(tmpdir(), "policy-kg-e2e-"));
  const args = ["--snapshot", shared.snapshot, "--data", shared.data, "--explorer", shared.dist];
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "serve", "--port", "0", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const served = new Promise<string>((ok, fail) => {
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
  const stop = () => stopChild(child).then(() => rm(dir, { recursive: true, force: true }));
  try {
    const [url, graph] = await Promise.all([served, loadSnapshot(shared.snapshot)]);
    return { url, graph, dir, data: shared.data, args, stop };
  } catch (e) {
    await stop();
    throw e;
  }
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
    [site, browser] = await Promise.all([startSite(), launchBrowser(executablePath)]);
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

