// End-to-end tests of `kg build` and `kg info`: spawn the real tool on a copy of the seeds (with
// their manifest entries and alias rules) in a temp folder; check the snapshot, the progress and
// summary, exit codes, one-line errors, and that a failing build leaves the previous snapshot
// byte for byte as it was.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSnapshot } from "../src/node/index";
import { expectOneLineError, kg } from "../../../tests/kg-cli";
import { DATA, isSeed, seedCorpus } from "./seeds";

/** Spawns take a few seconds on a busy machine; tests run concurrently. */
const SLOW = 120_000;

let tmp: string;
let seeds: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "kg-build-test-"));
  // the seeds with their manifest entries and the alias rules: a small real corpus folder
  seeds = join(tmp, "data");
  await cp(join(DATA, "seeds"), join(seeds, "seeds"), { recursive: true });
  await cp(join(DATA, "aliases.yaml"), join(seeds, "aliases.yaml"));
  const manifest = JSON.parse(await readFile(join(DATA, "manifest.json"), "utf8")) as { documents: { id: string }[] };
  await writeFile(join(seeds, "manifest.json"), JSON.stringify({ ...manifest, documents: manifest.documents.filter((d) => isSeed(d.id)) }));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.concurrent("kg build / kg info", () => {
  it("--help documents the options and exit codes", { timeout: SLOW }, async () => {
    const commands = ["build", "info"];
    const runs = await Promise.all(commands.map((command) => kg(command, "--help")));
    runs.forEach((r, i) => {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: pnpm kg ${commands[i]}`);
      expect(r.stdout).toContain("Exit codes:");
    });
    expect((await kg("--help")).stdout).toMatch(/build .*snapshot/);
  });

  it("builds the seeds into a snapshot with progress on stderr and a summary on stdout", { timeout: SLOW }, async () => {
    const out = join(tmp, "built", "graph.json");
    const r = await kg("build", "--data", seeds, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/extracting 5\/5/);
    expect(r.stderr).toContain("building graph: 5 documents");
    expect(r.stdout).toContain(`wrote ${out}`);
    expect(r.stdout).toMatch(/nodes\s+\d+\s+Project \d+/);
    expect(r.stdout).toMatch(/events\s+\d+\s+mentioned \d+/);
    const graph = await loadSnapshot(out);
    expect(graph.getAttribute("corpusHash")).toBe((await seedCorpus()).corpusHash);
    expect(graph.hasNode("park:深圳工业软件园")).toBe(true);

    const info = await kg("info", out);
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout).toContain("usable snapshot");
    expect(info.stdout).toContain(graph.getAttribute("corpusHash"));
    const json = await kg("info", out, "--json");
    expect(JSON.parse(json.stdout)).toEqual(graph.getAttributes());
  });

  it("--json prints the file, its size and the metadata", { timeout: SLOW }, async () => {
    const out = join(tmp, "json", "graph.json");
    const r = await kg("build", "--data", seeds, "--out", out, "--json");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ file: out, format: "policy-kg/graph", schemaVersion: 2 });
    expect(summary.bytes).toBe((await readFile(out)).length);
  });

  it("builds from a corpus JSON with --corpus; refuses one that is not an extraction, and an --out it cannot write", { timeout: SLOW }, async () => {
    const corpusFile = join(tmp, "corpus.json");
    await writeFile(corpusFile, JSON.stringify(await seedCorpus()));
    const out = join(tmp, "from-corpus", "graph.json");
    const r = await kg("build", "--corpus", corpusFile, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect((await loadSnapshot(out)).getAttribute("counts").nodes.Document).toBe(5);

    const bad = join(tmp, "not-a-corpus.json");
    await writeFile(bad, JSON.stringify({ documents: [] }));
    expectOneLineError(await kg("build", "--corpus", bad, "--out", out), 3, "CORPUS_INVALID", bad);
    expect((await kg("build", "--corpus", corpusFile, "--data", seeds)).code).toBe(2);
    expectOneLineError(await kg("build", "--corpus", corpusFile, "--out", tmp), 3, "FILE_UNWRITABLE", tmp);
  });

  it("a failing build exits 3 with one line and leaves the previous snapshot intact", { timeout: SLOW }, async () => {
    const data = join(tmp, "broken-data");
    await cp(seeds, data, { recursive: true });
    const outDir = join(tmp, "atomic");
    const out = join(outDir, "graph.json");
    expect((await kg("build", "--data", data, "--out", out)).code).toBe(0);
    const before = await readFile(out);

    const empty = join(data, "seeds", "005_empty.txt");
    await writeFile(empty, "");
    await rm(join(data, "manifest.json")); // without a manifest every .txt of the folder is a document
    const r = await kg("build", "--data", data, "--out", out);
    expectOneLineError(r, 3, "FILE_EMPTY", "005_empty.txt");
    expect((await readFile(out)).equals(before)).toBe(true);
    expect(await readdir(outDir)).toEqual(["graph.json"]);

    // --keep-going skips the bad file, builds, and says so with exit 4
    const partial = await kg("build", "--data", data, "--out", out, "--keep-going");
    expect(partial.code, partial.stderr).toBe(4);
    expect(partial.stderr).toContain("(skipped)");
    expect((await loadSnapshot(out)).getAttribute("counts").nodes.Document).toBe(5);
  });

  it("kg info names what is wrong with an unusable snapshot", { timeout: SLOW }, async () => {
    const dir = join(tmp, "bad-snapshots");
    await mkdir(dir, { recursive: true });
    const good = join(tmp, "good.json");
    expect((await kg("build", "--corpus", await corpusFileFor(), "--out", good)).code).toBe(0);
    const text = await readFile(good, "utf8");

    const truncated = join(dir, "truncated.json");
    const version = join(dir, "version.json");
    const edited = join(dir, "edited.json");
    const missing = join(dir, "missing.json");
    await writeFile(truncated, text.slice(0, text.length - 100));
    await writeFile(version, text.replace('"schemaVersion":2,', '"schemaVersion":99,'));
    await writeFile(edited, text.replace(',"started",', ',"begun",'));
    const [r1, r2, r3, r4] = await Promise.all([truncated, version, edited, missing].map((f) => kg("info", f)));
    expectOneLineError(r1!, 3, "SNAPSHOT_CORRUPT", truncated);
    expectOneLineError(r2!, 3, "SNAPSHOT_SCHEMA_VERSION", version);
    expectOneLineError(r3!, 3, "SNAPSHOT_INVALID", edited);
    expectOneLineError(r4!, 3, "FILE_NOT_FOUND", missing);
  });
});

let corpusFile: Promise<string> | null = null;
function corpusFileFor(): Promise<string> {
  corpusFile ??= (async () => {
    const file = join(tmp, "corpus-for-info.json");
    await writeFile(file, JSON.stringify(await seedCorpus()));
    return file;
  })();
  return corpusFile;
}
