/**
 * Global setup of the e2e project (root vitest.config.ts): builds, once per test run, what every
 * e2e file serves — the explorer (Vite) and the test corpus (the seed documents plus a document full
 * of HTML) with its snapshot — into a temp folder, and hands the paths to the test files
 * (`inject("explorerSite")`). The files only read them; each still starts its own `kg serve` and
 * browser (harness.ts, startSite), so they stay isolated from each other.
 */

import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

export const EXPLORER = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = resolve(EXPLORER, "../..");

/** Paths of the shared build: the explorer site, the corpus folder and its snapshot. */
export interface SharedSite {
  dist: string;
  data: string;
  snapshot: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    explorerSite: SharedSite;
  }
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

/** Build the explorer (the Vite CLI in a child process) while the corpus is extracted and its snapshot saved here. */
export async function buildSharedSite(dir: string): Promise<SharedSite> {
  const site = { dist: join(dir, "dist"), data: join(dir, "data"), snapshot: join(dir, "graph.json") };
  const snapshot = async () => {
    // imported here: the test files import this module for its paths and corpus only
    const [{ extractCorpus }, { buildGraph }, { saveSnapshot }] = await Promise.all([import("@policy-kg/extractor/node"), import("@policy-kg/graph"), import("@policy-kg/graph/node")]);
    await makeCorpus(site.data);
    await saveSnapshot(site.snapshot, buildGraph((await extractCorpus(site.data)).corpus));
  };
  const vite = promisify(execFile)(join(EXPLORER, "node_modules", ".bin", "vite"), ["build", "--outDir", site.dist, "--emptyOutDir", "--logLevel", "warn"], { cwd: EXPLORER });
  await Promise.all([vite, snapshot()]);
  return site;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "policy-kg-e2e-site-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    project.provide("explorerSite", await buildSharedSite(dir));
  } catch (e) {
    await remove();
    throw e;
  }
  return remove;
}
