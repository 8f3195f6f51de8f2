/**
 * End-to-end tests of `kg export`: spawn the real tool on a snapshot of the seed graph in a temp
 * folder; check each format's file, the filters and provenance it records, usage errors (exit 2,
 * valid values listed), bad snapshots (exit 3), unknown places (exit 1), and output paths that
 * cannot be written (exit 3, one line naming the path, nothing half-written).
 */

import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CsvManifest, ExportMeta } from "@policy-kg/graph";
import { saveSnapshot } from "../packages/graph/src/node/index";
import { seedGraph } from "../packages/graph/test/seeds";
import { csvRecords } from "../packages/graph/test/csv-parse";
import { wellFormedProblem } from "../packages/graph/test/xml-check";
import { expectOneLineError, kg, stderrLines, type Run } from "./kg-cli";

/** Spawns take a few seconds on a busy machine; tests run concurrently. */
const SLOW = 120_000;
const PARK = "park:深圳工业软件园";
const NEW_IN_2025 = "park:湾区未来科技园";

let tmp: string;
let snapshot: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "kg-export-test-"));
  snapshot = join(tmp, "graph.json");
  await saveSnapshot(snapshot, await seedGraph());
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const fresh = (name: string) => mkdtemp(join(tmp, `${name}-`));
const exportTo = (out: string, ...args: string[]) => kg("export", "--snapshot", snapshot, "--out", out, ...args);
const exists = (path: string) => stat(path).then(() => true, () => false);

/** Exit 2, one line listing the valid values, no stack trace. */
function expectUsageError(r: Run, ...mentions: string[]): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = stderrLines(r);
  expect(lines, r.stderr).toHaveLength(1);
  for (const m of mentions) expect(lines[0]).toContain(m);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe.concurrent("kg export", () => {
  it("--help documents the formats, the filters, the byte order mark for Excel and the exit codes", { timeout: SLOW }, async () => {
    const r = await kg("export", "--help");
    expect(r.code).toBe(0);
    for (const s of ["Usage: pnpm kg export", "gexf", "graphml", "csv", "json", "--year", "--mode", "--from", "--to", "--type", "--district", "byte", "Excel", "Exit codes:"]) expect(r.stdout).toContain(s);
    expect((await kg("--help")).stdout).toMatch(/export .*GEXF/);
  });

  it("gexf --year 2022 --mode year: a well-formed file without what appears only in 2025, with filters and command recorded", { timeout: SLOW }, async () => {
    const out = join(await fresh("gexf"), "view.gexf");
    const r = await exportTo(out, "--format", "gexf", "--year", "2022", "--mode", "year");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`reading ${snapshot}`);
    expect(r.stdout).toContain(`wrote ${out}`);
    const text = await readFile(out, "utf8");
    expect(wellFormedProblem(text)).toBeNull();
    expect(text).toContain(`<node id="${PARK}"`);
    expect(text).not.toContain(NEW_IN_2025);
    const meta = JSON.parse(/<description>(.*)<\/description>/.exec(text)![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as ExportMeta;
    expect(meta.filters).toEqual({ year: 2022, mode: "year" });
    expect(meta.command).toBe(`pnpm kg export --snapshot ${snapshot} --out ${out} --format gexf --year 2022 --mode year`);
    expect(await readdir(join(out, ".."))).toEqual(["view.gexf"]); // no temp file left
  });

  it("csv: a folder of RFC 4180 tables with a byte order mark and export-meta.json; a new export replaces them all", { timeout: SLOW }, async () => {
    const dir = join(await fresh("csv"), "tables");
    expect((await exportTo(dir, "--format", "csv", "--year", "2022", "--mode", "year")).code).toBe(0);
    await writeFile(join(dir, "notes.txt"), "mine");
    const r = await exportTo(dir, "--format", "csv");
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["edges.csv", "events.csv", "export-meta.json", "nodes.csv", "notes.txt", "values.csv"]);
    const manifest = JSON.parse(await readFile(join(dir, "export-meta.json"), "utf8")) as CsvManifest;
    expect(manifest.filters).toEqual({});
    for (const name of ["nodes.csv", "edges.csv", "events.csv", "values.csv"] as const) {
      const text = await readFile(join(dir, name), "utf8");
      expect(text.charCodeAt(0), name).toBe(0xfeff);
      expect(csvRecords(text.slice(1)), name).toHaveLength(manifest.files[name].rows);
    }
    const nodes = csvRecords((await readFile(join(dir, "nodes.csv"), "utf8")).slice(1));
    expect(nodes.find((n) => n.id === NEW_IN_2025)?.years).toBe("2025");
    expect(await readFile(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("graphml --district 龙岗区 --type …: only those kinds of that place", { timeout: SLOW }, async () => {
    const out = join(await fresh("graphml"), "longgang.graphml");
    const r = await exportTo(out, "--format", "graphml", "--district", "龙岗区", "--type", "Place,Project,Institution,Document");
    expect(r.code, r.stderr).toBe(0);
    const text = await readFile(out, "utf8");
    expect(wellFormedProblem(text)).toBeNull();
    const kinds = new Set([...text.matchAll(/<data key="n_kind">([^<]*)<\/data>/g)].map((m) => m[1]));
    expect(kinds).toEqual(new Set(["Place", "Project", "Institution", "Document"]));
    expect(text).toContain('<node id="place:龙岗区">');
    expect(text).not.toContain('<node id="place:南山区">');
  });

  it("json --from 2023 --to 2024 --json: graphology JSON of the range, and the provenance on stdout", { timeout: SLOW }, async () => {
    const out = join(await fresh("json"), "range.json");
    const r = await exportTo(out, "--format", "json", "--from", "2023", "--to", "2024", "--json");
    expect(r.code, r.stderr).toBe(0);
    const printed = JSON.parse(r.stdout) as ExportMeta & { file: string; bytes: number };
    expect(printed).toMatchObject({ file: out, exportFormat: "json", filters: { from: 2023, to: 2024 } });
    const data = JSON.parse(await readFile(out, "utf8")) as { attributes: ExportMeta; nodes: { key: string }[] };
    expect(printed.bytes).toBe((await stat(out)).size);
    expect(data.attributes).toEqual({ ...printed, file: undefined, bytes: undefined, exportFormat: "json" } as unknown as ExportMeta);
    expect(data.nodes.map((n) => n.key)).not.toContain(NEW_IN_2025);
  });

  describe.concurrent("usage errors exit 2 and list the valid values", () => {
    it("unknown or missing --format", { timeout: SLOW }, async () => {
      expectUsageError(await kg("export", "--format", "xlsx", "--snapshot", snapshot), '"xlsx"', "gexf, graphml, csv, json");
      expectUsageError(await kg("export", "--snapshot", snapshot), "--format is required", "gexf, graphml, csv, json");
    });

    it("unknown --type", { timeout: SLOW }, async () => {
      const r = await kg("export", "--format", "csv", "--snapshot", snapshot, "--type", "Park,Parks", "--out", join(tmp, "never"));
      expectUsageError(r, '"Parks"', "Project, Park, Institution, Enterprise, Program, Strategy, Place, Goal, Indicator, Document, Year", "[INVALID_OPTIONS]");
      expect(await exists(join(tmp, "never"))).toBe(false);
    });

    it("unknown --mode, --year with a range, --out onto the snapshot", { timeout: SLOW }, async () => {
      expectUsageError(await kg("export", "--format", "gexf", "--snapshot", snapshot, "--year", "2022", "--mode", "yearly"), '"yearly"', "cumulative, year");
      expectUsageError(await kg("export", "--format", "gexf", "--snapshot", snapshot, "--year", "2022", "--from", "2020"), "[INVALID_OPTIONS]");
      const before = await readFile(snapshot, "utf8");
      expectUsageError(await kg("export", "--format", "json", "--snapshot", snapshot, "--out", snapshot), "is the snapshot being read");
      expect(await readFile(snapshot, "utf8")).toBe(before);
    });
  });

  describe.concurrent("bad input: one line naming the file", () => {
    it("a place that is not in the graph → exit 1 ENTITY_NOT_FOUND", { timeout: SLOW }, async () => {
      expectOneLineError(await exportTo(join(tmp, "never.gexf"), "--format", "gexf", "--district", "亚特兰蒂斯"), 1, "ENTITY_NOT_FOUND");
    });

    it("missing snapshot → exit 3 FILE_NOT_FOUND", { timeout: SLOW }, async () => {
      const missing = join(tmp, "no-such-graph.json");
      const out = join(tmp, "never-missing.gexf");
      expectOneLineError(await kg("export", "--format", "gexf", "--snapshot", missing, "--out", out), 3, "FILE_NOT_FOUND", missing);
      expect(await exists(out)).toBe(false);
    });

    it("truncated snapshot → exit 3 SNAPSHOT_CORRUPT", { timeout: SLOW }, async () => {
      const dir = await fresh("corrupt");
      const bad = join(dir, "graph.json");
      await writeFile(bad, (await readFile(snapshot, "utf8")).slice(0, 5000));
      expectOneLineError(await kg("export", "--format", "csv", "--snapshot", bad, "--out", join(dir, "csv")), 3, "SNAPSHOT_CORRUPT", bad);
      expect(await readdir(dir)).toEqual(["graph.json"]);
    });
  });

  describe.concurrent("an output that cannot be written: exit 3 FILE_UNWRITABLE naming the path, nothing half-written", () => {
    it("its folder does not exist", { timeout: SLOW }, async () => {
      const out = join(tmp, "no-such-folder", "graph.gexf");
      expectOneLineError(await exportTo(out, "--format", "gexf"), 3, "FILE_UNWRITABLE", out);
      expect(await exists(join(tmp, "no-such-folder"))).toBe(false);
      const csv = join(tmp, "no-such-parent", "csv");
      expectOneLineError(await exportTo(csv, "--format", "csv"), 3, "FILE_UNWRITABLE", csv);
      expect(await exists(join(tmp, "no-such-parent"))).toBe(false);
    });

    it("it is a folder", { timeout: SLOW }, async () => {
      const dir = await fresh("is-folder");
      expectOneLineError(await exportTo(dir, "--format", "graphml"), 3, "FILE_UNWRITABLE", dir);
      expect(await readdir(dir)).toEqual([]);
    });

    it("a CSV folder that is a file", { timeout: SLOW }, async () => {
      const file = join(await fresh("csv-file"), "tables");
      await writeFile(file, "not a folder");
      expectOneLineError(await exportTo(file, "--format", "csv"), 3, "FILE_UNWRITABLE", file);
      expect(await readFile(file, "utf8")).toBe("not a folder");
    });

    it("a CSV folder where one table cannot be written: the other tables stay as they were, no temp files", { timeout: SLOW }, async () => {
      const dir = await fresh("csv-blocked");
      await writeFile(join(dir, "nodes.csv"), "old nodes");
      await mkdir(join(dir, "events.csv"));
      expectOneLineError(await exportTo(dir, "--format", "csv"), 3, "FILE_UNWRITABLE", join(dir, "events.csv"));
      expect((await readdir(dir)).sort()).toEqual(["events.csv", "nodes.csv"]);
      expect(await readFile(join(dir, "nodes.csv"), "utf8")).toBe("old nodes");
    });

    it.skipIf(process.getuid?.() === 0)("a folder without write permission", { timeout: SLOW }, async () => {
      const dir = await fresh("read-only");
      await chmod(dir, 0o555);
      const out = join(dir, "graph.gexf");
      expectOneLineError(await exportTo(out, "--format", "gexf"), 3, "FILE_UNWRITABLE", out);
      await chmod(dir, 0o755);
      expect(await readdir(dir)).toEqual([]);
    });
  });
});
