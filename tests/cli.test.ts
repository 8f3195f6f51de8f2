/**
 * End-to-end tests of the `kg` CLI: spawn the real tool (node --import tsx …/cli/main.ts) from
 * the repo root and check stdout contracts (JSON validity, spans, lineage order), exit codes and
 * one-line errors for bad input, and atomic writes. Inputs live in fresh temp folders; data/ is
 * only read.
 */

import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, expectOneLineError, kg, stderrLines, type Run } from "./kg-cli";
import { CorpusExtractionSchema, DocumentExtractionSchema, detectMetadata, nameKey, type CorpusExtraction, type Entity } from "@policy-kg/extractor";

const DATA = join(ROOT, "data");
const SEED = "data/seeds/001_6bbf6b6bd295e350.txt";
const SMALL_SEED = join(DATA, "seeds", "000_5c8c693250c75479.txt");
/** Spawns are ~1 s each, corpus-wide ones ~3 s; tests run concurrently on a possibly busy machine. */
const SLOW = 120_000;

/** Original decoded text of a document, as offsets are defined (UTF-8, BOM removed). */
const original = (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/, "");

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "kg-cli-test-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// One concurrent suite so that spawns overlap; the corpus written once in beforeAll is shared.
describe.concurrent("kg CLI", () => {
  describe.concurrent("kg extract", () => {
    it("--json prints only a valid DocumentExtraction whose mention texts are slices of the file", { timeout: SLOW }, async () => {
      const r = await kg("extract", SEED, "--json");
      expect(r.code, r.stderr).toBe(0);
      const parsed = DocumentExtractionSchema.safeParse(JSON.parse(r.stdout));
      expect(parsed.success, parsed.error?.message).toBe(true);
      const doc = parsed.data!;
      expect(doc.document.id).toBe("001_6bbf6b6bd295e350");
      expect(doc.entities.length).toBeGreaterThan(0);
      const text = original(join(ROOT, SEED));
      let checked = 0;
      for (const e of doc.entities) {
        for (const m of e.mentions) {
          expect(m.document).toBe(doc.document.id);
          expect(m.start).toBeLessThan(m.end);
          expect(m.text, `${e.id} @${m.start}`).toBe(text.slice(m.start, m.end));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it("human output names the manifest metadata of a corpus file", { timeout: SLOW }, async () => {
      const r = await kg("extract", SEED);
      expect(r.code, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(DATA, "manifest.json"), "utf8")) as { documents: { id: string; title: string | null; delivered: string | null }[] };
      const entry = manifest.documents.find((d) => d.id === "001_6bbf6b6bd295e350")!;
      expect(r.stdout).toMatch(/\bmanifest\b/);
      if (entry.title) expect(r.stdout).toContain(entry.title);
      if (entry.delivered) expect(r.stdout).toContain(entry.delivered);
    });

    it("human output names the detected metadata of a file outside any manifest", { timeout: SLOW }, async () => {
      const dir = await mkdtemp(join(tmp, "detected-"));
      const file = join(dir, "report.txt");
      await copyFile(join(ROOT, SEED), file);
      const r = await kg("extract", file);
      expect(r.code, r.stderr).toBe(0);
      const meta = detectMetadata(original(file), "report", file);
      expect(r.stdout).toMatch(/\bdetected\b/);
      expect(r.stdout).not.toMatch(/\bmanifest\b/);
      if (meta.title) expect(r.stdout).toContain(meta.title);
      if (meta.delivered) expect(r.stdout).toContain(meta.delivered);
    });
  });

  describe.concurrent("kg extract: bad input files exit non-zero with one line naming the file", () => {
    const bad = async (name: string, content: Buffer | string) => {
      const dir = await mkdtemp(join(tmp, "bad-"));
      const file = join(dir, name);
      await writeFile(file, content);
      return file;
    };

    it("empty file → FILE_EMPTY", { timeout: SLOW }, async () => {
      const file = await bad("empty.txt", "");
      const r = await kg("extract", file);
      expectOneLineError(r, 3, "FILE_EMPTY", file);
      expect(r.stdout).toBe("");
    });

    it("binary file → FILE_BINARY", { timeout: SLOW }, async () => {
      const file = await bad("binary.txt", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00]));
      const r = await kg("extract", file, "--json");
      expectOneLineError(r, 3, "FILE_BINARY", file);
      expect(r.stdout).toBe("");
    });

    it("bytes valid in neither UTF-8 nor GB18030 → ENCODING_UNKNOWN", { timeout: SLOW }, async () => {
      const file = await bad("invalid.txt", Buffer.concat([Buffer.from("龙岗区政府工作报告\n"), Buffer.from([0xff, 0x80, 0xff, 0xfe]), Buffer.from("结束\n")]));
      const r = await kg("extract", file);
      expectOneLineError(r, 3, "ENCODING_UNKNOWN", file);
      expect(r.stdout).toBe("");
    });

    it("50 MB (sparse) file → FILE_TOO_LARGE", { timeout: SLOW }, async () => {
      const file = await bad("huge.txt", "");
      await truncate(file, 50 * 1024 * 1024);
      const r = await kg("extract", file);
      expectOneLineError(r, 3, "FILE_TOO_LARGE", file);
      expect(r.stdout).toBe("");
    });

    describe("a folder with one good and one bad file", () => {
      let dir: string;
      beforeAll(async () => {
        dir = await mkdtemp(join(tmp, "mixed-"));
        await copyFile(SMALL_SEED, join(dir, "a_good.txt"));
        await writeFile(join(dir, "b_bad.txt"), "");
      });

      it("without --keep-going: exit 3, one line naming the bad file", { timeout: SLOW }, async () => {
        const r = await kg("extract", dir, "--json");
        expectOneLineError(r, 3, "FILE_EMPTY", join(dir, "b_bad.txt"));
      });

      it("with --keep-going: exit 4, the good file is still extracted", { timeout: SLOW }, async () => {
        const r = await kg("extract", dir, "--json", "--keep-going");
        expect(r.code, r.stderr).toBe(4);
        expect(r.stderr).not.toMatch(/^\s+at /m);
        const about = stderrLines(r).filter((l) => l.includes("b_bad.txt"));
        expect(about).toHaveLength(1);
        expect(about[0]).toContain("[FILE_EMPTY]");
        expect(r.stderr).not.toContain("a_good.txt");
        const out = JSON.parse(r.stdout) as unknown[];
        expect(out).toHaveLength(1);
        const good = DocumentExtractionSchema.parse(out[0]);
        expect(good.document.id).toBe("a_good");
        expect(good.entities.length).toBeGreaterThan(0);
      });
    });
  });

  describe.concurrent("usage errors exit 2 without a stack trace", () => {
    const cases: [string, string[]][] = [
      ["unknown command", ["frobnicate"]],
      ["unknown flag", ["extract", SEED, "--bogus"]],
      ["bad flag value", ["corpus", "--max-bytes", "lots"]],
      ["missing argument", ["lineage"]],
    ];
    for (const [label, args] of cases) {
      it(`${label}: kg ${args.join(" ")}`, { timeout: SLOW }, async () => {
        const r = await kg(...args);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/^kg: /);
        expect(r.stderr).not.toMatch(/^\s+at /m);
      });
    }
  });

  describe.concurrent("kg corpus and kg lineage", () => {
    let outDir: string;
    let run: Run;
    let corpus: CorpusExtraction;
    const texts = new Map<string, string>();

    beforeAll(async () => {
      outDir = await mkdtemp(join(tmp, "corpus-"));
      await writeFile(join(outDir, "c.json"), "previous content\n");
      run = await kg("corpus", "--out", join(outDir, "c.json"));
      if (run.code === 0) {
        corpus = CorpusExtractionSchema.parse(JSON.parse(await readFile(join(outDir, "c.json"), "utf8")));
        for (const d of corpus.documents) texts.set(d.id, original(join(DATA, d.file)));
      }
    }, SLOW);

    it("corpus --out replaces the file atomically: valid corpus, no temp files left", async () => {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain("c.json");
      expect(await readdir(outDir)).toEqual(["c.json"]);
      expect(corpus.documents.length).toBeGreaterThanOrEqual(52);
    });

    it("a failing corpus run (bad manifest) leaves the previous output byte-identical", { timeout: SLOW }, async () => {
      const dir = await mkdtemp(join(tmp, "bad-manifest-"));
      await mkdir(join(dir, "data"));
      await copyFile(SMALL_SEED, join(dir, "data", "a.txt"));
      await writeFile(join(dir, "data", "manifest.json"), JSON.stringify({ documents: [{ id: "a", file: "a.txt", genre: "not-a-genre" }] }));
      await mkdir(join(dir, "out"));
      const previous = Buffer.from("{\"previous\": true}\n\u0000 exact bytes \u00ff\n");
      await writeFile(join(dir, "out", "c.json"), previous);
      const r = await kg("corpus", "--data", join(dir, "data"), "--out", join(dir, "out", "c.json"));
      expectOneLineError(r, 3, "MANIFEST_INVALID", "manifest.json");
      expect(Buffer.compare(await readFile(join(dir, "out", "c.json")), previous)).toBe(0);
      expect(await readdir(join(dir, "out"))).toEqual(["c.json"]);
    });

    /** An entity with staged mentions in the most years whose name no other entity shares. */
    function pickEntity(): Entity {
      const owners = new Map<string, number>();
      for (const e of corpus.entities) for (const n of new Set([e.name, ...e.aliases].map(nameKey))) owners.set(n, (owners.get(n) ?? 0) + 1);
      const years = (e: Entity) => new Set(e.mentions.filter((m) => m.stage !== "mentioned").map((m) => m.year)).size;
      const candidates = corpus.entities.filter((e) => owners.get(nameKey(e.name)) === 1 && years(e) > 0);
      candidates.sort((a, b) => years(b) - years(a) || (a.name < b.name ? -1 : 1));
      expect(candidates.length).toBeGreaterThan(0);
      return candidates[0]!;
    }

    it("lineage --json: events ordered by year, quotes and spans point into the right document", { timeout: SLOW }, async () => {
      expect(run.code, run.stderr).toBe(0);
      const entity = pickEntity();
      const r = await kg("lineage", entity.name, "--json");
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { entity: { id: string; name: string }; events: { year: number | null; stage: string; document: string; quote: string; start: number; end: number }[] };
      expect(out.entity.id).toBe(entity.id);
      expect(out.events.length).toBeGreaterThan(0);
      const years = out.events.map((e) => e.year ?? Infinity);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const ev of out.events) {
        const text = texts.get(ev.document);
        expect(text, ev.document).toBeDefined();
        expect(ev.start).toBeLessThan(ev.end);
        const span = text!.slice(ev.start, ev.end);
        const mention = entity.mentions.find((m) => m.document === ev.document && m.start === ev.start && m.end === ev.end);
        expect(mention?.text).toBe(span);
        expect(ev.quote.length).toBeGreaterThan(0);
        const at = text!.lastIndexOf(ev.quote, ev.start);
        expect(at, `quote of ${ev.document}@${ev.start} not found around the span`).toBeGreaterThanOrEqual(0);
        expect(at + ev.quote.length).toBeGreaterThanOrEqual(ev.end);
      }
    });

    it("lineage of an unknown name exits 1 with one line on stderr", { timeout: SLOW }, async () => {
      const r = await kg("lineage", "不存在的名字xyz");
      expectOneLineError(r, 1, "ENTITY_NOT_FOUND");
      expect(r.stdout).toBe("");
    });
  });

  describe.concurrent("kg eval", () => {
    it("--json reports seeds and unseen documents with ratios in [0, 1]", { timeout: SLOW }, async () => {
      const r = await kg("eval", "--json");
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { seeds: { documents: unknown[]; total: unknown }; unseen: { documents: unknown[]; total: unknown } };
      expect(report.seeds.documents.length).toBeGreaterThan(0);
      expect(report.unseen.documents.length).toBeGreaterThan(0);
      let ratios = 0;
      const walk = (v: unknown, key: string): void => {
        if (typeof v === "number" && /^(precision|recall|f1)$/.test(key)) {
          expect(v, key).toBeGreaterThanOrEqual(0);
          expect(v, key).toBeLessThanOrEqual(1);
          ratios++;
        } else if (v && typeof v === "object") {
          for (const [k, x] of Object.entries(v)) walk(x, k);
        }
      };
      walk(report.seeds, "seeds");
      walk(report.unseen, "unseen");
      expect(ratios).toBeGreaterThan(0);
    });
  });
});
