/**
 * Node file access and the corpus manifest, on real files in a temp folder (no mocks):
 * readDocumentFile, listDocumentFiles, writeFileAtomic, loadManifest, resolveCorpus, and the
 * project's own data/manifest.json. Asserts error codes only.
 */

import { chmod, mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isExtractError } from "../src/errors";
import { listDocumentFiles, readDocumentFile, writeFileAtomic } from "../src/node/files";
import { loadManifest, resolveCorpus } from "../src/node/manifest";

const DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return "OK";
  } catch (e) {
    return isExtractError(e) ? e.code : `not an ExtractError: ${String(e)}`;
  }
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "policy-kg-read-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function entry(id: string, file: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    file,
    title: null,
    issuer: null,
    district: null,
    genre: "other",
    delivered: null,
    yearsReviewed: [],
    yearPlanned: null,
    ...extra,
  };
}

describe("readDocumentFile", () => {
  it("reads UTF-8 .txt, BOM .md and GBK files", async () => {
    await writeFile(join(dir, "a.txt"), "龙岗区2025年政府工作报告\n");
    await writeFile(join(dir, "b.md"), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from("# 标题\n")]));
    await writeFile(join(dir, "c.TXT"), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]));
    const a = await readDocumentFile(join(dir, "a.txt"));
    expect(a).toEqual({ id: "a", file: join(dir, "a.txt"), text: "龙岗区2025年政府工作报告\n", encoding: "utf-8" });
    const b = await readDocumentFile(join(dir, "b.md"));
    expect([b.id, b.text, b.encoding]).toEqual(["b", "# 标题\n", "utf-8-bom"]);
    const c = await readDocumentFile(join(dir, "c.TXT"));
    expect([c.id, c.text, c.encoding]).toEqual(["c", "中文\n", "gb18030"]);
  });

  it("FILE_NOT_FOUND for a missing file or folder", async () => {
    expect(await codeOf(() => readDocumentFile(join(dir, "missing.txt")))).toBe("FILE_NOT_FOUND");
    expect(await codeOf(() => readDocumentFile(join(dir, "no-such-dir", "x.txt")))).toBe("FILE_NOT_FOUND");
  });

  it("UNSUPPORTED_FILE_TYPE for other extensions", async () => {
    await writeFile(join(dir, "report.pdf"), "%PDF-1.7");
    await writeFile(join(dir, "noext"), "text");
    expect(await codeOf(() => readDocumentFile(join(dir, "report.pdf")))).toBe("UNSUPPORTED_FILE_TYPE");
    expect(await codeOf(() => readDocumentFile(join(dir, "noext")))).toBe("UNSUPPORTED_FILE_TYPE");
  });

  it("FILE_UNREADABLE for a folder passed as a file", async () => {
    await mkdir(join(dir, "folder.txt"), { recursive: true });
    expect(await codeOf(() => readDocumentFile(join(dir, "folder.txt")))).toBe("FILE_UNREADABLE");
    expect(await codeOf(() => readDocumentFile(dir))).toBe("FILE_UNREADABLE");
  });

  it.skipIf(isRoot)("FILE_UNREADABLE for a file without read permission (skipped as root: root reads any file)", async () => {
    const path = join(dir, "locked.txt");
    await writeFile(path, "中文");
    await chmod(path, 0o000);
    try {
      expect(await codeOf(() => readDocumentFile(path))).toBe("FILE_UNREADABLE");
    } finally {
      await chmod(path, 0o644);
    }
  });

  it("FILE_TOO_LARGE for a 50 MB sparse file (checked before reading) and for --max-bytes", async () => {
    const big = join(dir, "big.txt");
    await writeFile(big, "");
    await truncate(big, 50 * 1024 * 1024);
    expect(await codeOf(() => readDocumentFile(big))).toBe("FILE_TOO_LARGE");
    await writeFile(join(dir, "small.txt"), "中文".repeat(100));
    expect(await codeOf(() => readDocumentFile(join(dir, "small.txt"), { maxBytes: 100 }))).toBe("FILE_TOO_LARGE");
    expect(await codeOf(() => readDocumentFile(join(dir, "small.txt"), { maxBytes: 600 }))).toBe("OK");
  });

  it("FILE_EMPTY and FILE_BINARY come through from decoding", async () => {
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "bin.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(await codeOf(() => readDocumentFile(join(dir, "empty.txt")))).toBe("FILE_EMPTY");
    expect(await codeOf(() => readDocumentFile(join(dir, "bin.txt")))).toBe("FILE_BINARY");
  });
});

describe("listDocumentFiles", () => {
  it("lists .txt/.md files of a folder and its direct subfolders, sorted, skipping README/SOURCE and gold", async () => {
    const root = join(dir, "corpus");
    for (const sub of ["sub/deeper", "gold", ".hidden"]) await mkdir(join(root, sub), { recursive: true });
    const files = ["b.md", "a.txt", "README.md", "SOURCE.md", "notes.json", "sub/c.txt", "sub/deeper/d.txt", "gold/e.txt", ".hidden/f.txt", ".g.txt"];
    for (const f of files) await writeFile(join(root, f), "中文");
    expect(await listDocumentFiles(root)).toEqual([join(root, "a.txt"), join(root, "b.md"), join(root, "sub", "c.txt")]);
  });

  it("FILE_NOT_FOUND for a missing folder, FILE_UNREADABLE for a file", async () => {
    expect(await codeOf(() => listDocumentFiles(join(dir, "nope")))).toBe("FILE_NOT_FOUND");
    await writeFile(join(dir, "plain.txt"), "中文");
    expect(await codeOf(() => listDocumentFiles(join(dir, "plain.txt")))).toBe("FILE_UNREADABLE");
  });
});

describe("writeFileAtomic", () => {
  it("writes and replaces a file, leaving no temp files", async () => {
    const out = join(dir, "out");
    await mkdir(out);
    await writeFileAtomic(join(out, "graph.json"), '{"a":1}');
    await writeFileAtomic(join(out, "graph.json"), '{"a":2,"名":"龙岗"}');
    expect(await readFile(join(out, "graph.json"), "utf8")).toBe('{"a":2,"名":"龙岗"}');
    expect(await readdir(out)).toEqual(["graph.json"]);
  });

  it("rethrows and removes the temp file when the rename fails", async () => {
    const out = join(dir, "out2");
    await mkdir(join(out, "target.json"), { recursive: true }); // a folder where the file should go
    await expect(writeFileAtomic(join(out, "target.json"), "x")).rejects.toThrow();
    expect(await readdir(out)).toEqual(["target.json"]);
    await expect(writeFileAtomic(join(dir, "missing-folder", "x.json"), "x")).rejects.toThrow();
  });

  it("writes pieces (strings as UTF-8, bytes) in order; a failing piece leaves the previous file and no temp file", async () => {
    const out = join(dir, "out3");
    await mkdir(out);
    const file = join(out, "graph.json");
    await writeFileAtomic(file, ['{"a":', Buffer.from("2,", "utf8"), '"名":"龙岗"}']);
    expect(await readFile(file, "utf8")).toBe('{"a":2,"名":"龙岗"}');
    function* failing() {
      yield "{";
      throw new Error("piece failed");
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow("piece failed");
    expect(await readFile(file, "utf8")).toBe('{"a":2,"名":"龙岗"}');
    expect(await readdir(out)).toEqual(["graph.json"]);
  });
});

describe("loadManifest / resolveCorpus", () => {
  async function corpus(name: string, manifest: unknown): Promise<string> {
    const root = join(dir, name);
    await mkdir(join(root, "docs"), { recursive: true });
    await writeFile(join(root, "docs", "one.txt"), "龙岗区2025年政府工作报告");
    await writeFile(join(root, "two.md"), "# 标题");
    await writeFile(join(root, "manifest.json"), typeof manifest === "string" ? manifest : JSON.stringify(manifest));
    return root;
  }

  it("loads a valid manifest and resolves paths relative to its folder", async () => {
    const root = await corpus("ok", { documents: [entry("one", "docs/one.txt", { genre: "gov_work_report", delivered: "2025-01-16" })] });
    const manifest = await loadManifest(join(root, "manifest.json"));
    expect(manifest.documents[0]!.genre).toBe("gov_work_report");
    const docs = await resolveCorpus(root);
    expect(docs).toEqual([{ entry: manifest.documents[0], path: join(root, "docs", "one.txt") }]);
  });

  it("without a manifest, resolveCorpus lists the document files", async () => {
    const root = join(dir, "nomanifest");
    await mkdir(join(root, "docs"), { recursive: true });
    await writeFile(join(root, "docs", "one.txt"), "中文");
    await writeFile(join(root, "README.md"), "about");
    expect(await resolveCorpus(root)).toEqual([{ entry: null, path: join(root, "docs", "one.txt") }]);
  });

  it("MANIFEST_MISSING_FILE when a listed file does not exist", async () => {
    const root = await corpus("missing", { documents: [entry("one", "docs/one.txt"), entry("gone", "docs/gone.txt")] });
    expect(await codeOf(() => loadManifest(join(root, "manifest.json")))).toBe("MANIFEST_MISSING_FILE");
    expect(await codeOf(() => resolveCorpus(root))).toBe("MANIFEST_MISSING_FILE");
  });

  it("MANIFEST_INVALID for bad JSON, a wrong field, an unknown field, a duplicate id, no documents", async () => {
    const cases: unknown[] = [
      "{ documents: [",
      { documents: [entry("one", "docs/one.txt", { genre: "speech" })] },
      { documents: [entry("one", "docs/one.txt", { delivered: "16.01.2025" })] },
      { documents: [entry("one", "docs/one.txt", { yearPlanned: "2025" })] },
      { documents: [entry("one", "docs/one.txt", { author: "x" })] },
      { documents: [entry("one", "docs/one.txt"), entry("one", "two.md")] },
      { documents: [] },
      [],
    ];
    for (const [i, manifest] of cases.entries()) {
      const root = await corpus(`invalid-${i}`, manifest);
      expect(await codeOf(() => loadManifest(join(root, "manifest.json"))), `case ${i}`).toBe("MANIFEST_INVALID");
    }
  });

  it("FILE_NOT_FOUND when the manifest itself is missing", async () => {
    expect(await codeOf(() => loadManifest(join(dir, "nowhere", "manifest.json")))).toBe("FILE_NOT_FOUND");
  });

  it("the project's data/manifest.json is valid and lists the 5 seeds and 47 national reports", async () => {
    const manifest = await loadManifest(join(DATA_DIR, "manifest.json"));
    expect(manifest.documents).toHaveLength(52);
    expect(manifest.documents.filter((d) => d.file.startsWith("seeds/"))).toHaveLength(5);
    for (const d of manifest.documents) expect(basename(d.file).replace(/\.txt$/, "")).toBe(d.id);
    const docs = await resolveCorpus(DATA_DIR);
    expect(docs.map((d) => d.entry?.id)).toEqual(manifest.documents.map((d) => d.id));
  });
});
