// Snapshots: round trip, and every kind of unusable file by its error code (truncated, another
// schema version, not a snapshot, hand-edited attributes, dangling edges, wrong counts); snapshot
// files saved atomically (a failing save leaves the previous file intact) and loaded with checks.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_SCHEMA_VERSION, parseSnapshot, serialiseSnapshot, type GraphError, type PolicyGraph } from "../src/index";
import { loadSnapshot, saveSnapshot } from "../src/node/index";
import { seedCorpus, seedGraph } from "./seeds";

let graph: PolicyGraph;
let text: string;
let tmp: string;
beforeAll(async () => {
  graph = await seedGraph();
  text = serialiseSnapshot(graph);
  tmp = await mkdtemp(join(tmpdir(), "kg-snapshot-test-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function parseError(input: string, file?: string): GraphError {
  try {
    parseSnapshot(input, file ? { file } : {});
  } catch (e) {
    return e as GraphError;
  }
  throw new Error("parseSnapshot accepted the input");
}

type Snapshot = ReturnType<PolicyGraph["export"]>;
/** The snapshot as JSON, changed by `edit`, as text again. */
function edited(edit: (s: Snapshot) => void): string {
  const s = JSON.parse(text) as Snapshot;
  edit(s);
  return JSON.stringify(s);
}

describe("serialiseSnapshot / parseSnapshot", () => {
  it("round-trips: the parsed graph exports the same data and serialises to the same text", () => {
    const back = parseSnapshot(text);
    expect(back.export()).toEqual(graph.export());
    expect(serialiseSnapshot(back)).toBe(text);
    expect(back.type).toBe("directed");
    expect(back.multi).toBe(true);
  });

  it("writes graphology's serialisation format with the metadata in the graph attributes", () => {
    const s = JSON.parse(text) as Snapshot;
    expect(Object.keys(s).sort()).toEqual(["attributes", "edges", "nodes", "options"]);
    expect(s.options).toEqual({ type: "directed", multi: true, allowSelfLoops: false });
    expect(s.attributes).toMatchObject({ format: "policy-kg/graph", schemaVersion: GRAPH_SCHEMA_VERSION });
  });

  it("says SNAPSHOT_CORRUPT for a truncated or empty file", () => {
    expect(parseError(text.slice(0, Math.floor(text.length / 2)), "out/graph.json").code).toBe("SNAPSHOT_CORRUPT");
    expect(parseError(text.slice(0, Math.floor(text.length / 2)), "out/graph.json").message).toMatch(/^out\/graph\.json: /);
    expect(parseError("").code).toBe("SNAPSHOT_CORRUPT");
  });

  it("says SNAPSHOT_SCHEMA_VERSION for a snapshot of another schema version, before anything else", () => {
    const other = edited((s) => {
      s.attributes.schemaVersion = (GRAPH_SCHEMA_VERSION + 1) as typeof GRAPH_SCHEMA_VERSION;
      s.nodes = [];
    });
    expect(parseError(other).code).toBe("SNAPSHOT_SCHEMA_VERSION");
    expect(parseError(edited((s) => delete (s.attributes as Partial<Snapshot["attributes"]>).schemaVersion)).code).toBe("SNAPSHOT_SCHEMA_VERSION");
  });

  it("says SNAPSHOT_INVALID for JSON that is not a snapshot (a corpus extraction, an array)", async () => {
    const corpus = parseError(JSON.stringify(await seedCorpus()));
    expect(corpus.code).toBe("SNAPSHOT_INVALID");
    expect(corpus.message).toContain("kg build --corpus");
    expect(parseError("[1, 2]").code).toBe("SNAPSHOT_INVALID");
  });

  it("says SNAPSHOT_INVALID, naming the node, for a hand-edited attribute", () => {
    const i = (JSON.parse(text) as Snapshot).nodes.findIndex((n) => n.key === "park:深圳工业软件园");
    const e = parseError(
      edited((s) => {
        (s.nodes[i]!.attributes as { events: { stage: string }[] }).events[0]!.stage = "finished";
      }),
    );
    expect(e.code).toBe("SNAPSHOT_INVALID");
    expect(e.message).toContain("park:深圳工业软件园");
    expect(e.message).toContain("stage");
  });

  it("says SNAPSHOT_INVALID for an edge to a node that is not there, wrong counts, a key that lies", () => {
    const dangling = edited((s) => {
      s.edges[0]!.target = "Year:1066";
    });
    expect(parseError(dangling).code).toBe("SNAPSHOT_INVALID");
    const dropped = edited((s) => {
      const key = s.nodes.at(-1)!.key;
      s.nodes.pop();
      s.edges = s.edges.filter((e) => e.source !== key && e.target !== key);
    });
    expect(parseError(dropped).message).toContain("counts");
    const relabelled = edited((s) => {
      const edge = s.edges.find((e) => e.attributes!.relation === "REVIEWS")!;
      edge.attributes = { relation: "PLANS" };
    });
    expect(parseError(relabelled).code).toBe("SNAPSHOT_INVALID");
    const wrongKind = edited((s) => {
      const mention = s.edges.find((e) => e.attributes!.relation === "MENTIONED_IN")!;
      mention.attributes = { relation: "LOCATED_IN", evidence: [] };
    });
    expect(parseError(wrongKind).code).toBe("SNAPSHOT_INVALID");
    const recounted = edited((s) => {
      const mention = s.edges.find((e) => e.attributes!.relation === "MENTIONED_IN")!;
      mention.attributes = { relation: "MENTIONED_IN", count: (mention.attributes as { count: number }).count + 1 };
    });
    expect(parseError(recounted).message).toContain("MENTIONED_IN count");
  });
});

describe("saveSnapshot / loadSnapshot", () => {
  it("saves a file that loads back as the same graph", async () => {
    const file = join(tmp, "deep", "graph.json");
    const { bytes } = await saveSnapshot(file, graph);
    expect(bytes).toBe(Buffer.byteLength(text));
    expect((await loadSnapshot(file)).export()).toEqual(graph.export());
  });

  it("leaves the previous snapshot intact, and no temp file, when a save fails", async () => {
    const file = join(tmp, "atomic.json");
    await saveSnapshot(file, graph);
    const before = await readFile(file, "utf8");
    const broken = graph.copy();
    broken.updateAttribute("counts", (c) => ({ ...c!, events: { ...c!.events, operating: c!.events.operating + 1 } }));
    await expect(saveSnapshot(file, broken)).rejects.toThrow(/refusing to write/);
    expect(await readFile(file, "utf8")).toBe(before);
    expect((await readdir(tmp)).filter((f) => f.includes("atomic"))).toEqual(["atomic.json"]);
  });

  it("says FILE_UNWRITABLE when the path is a folder or under a file", async () => {
    await expect(saveSnapshot(tmp, graph)).rejects.toMatchObject({ code: "FILE_UNWRITABLE", file: tmp });
    const file = join(tmp, "plain.txt");
    await writeFile(file, "x");
    await expect(saveSnapshot(join(file, "graph.json"), graph)).rejects.toMatchObject({ code: "FILE_UNWRITABLE" });
  });

  it("names the file and the problem when loading fails", async () => {
    const missing = join(tmp, "missing.json");
    await expect(loadSnapshot(missing)).rejects.toMatchObject({ code: "FILE_NOT_FOUND", file: missing });
    const truncated = join(tmp, "truncated.json");
    await writeFile(truncated, text.slice(0, 1000));
    await expect(loadSnapshot(truncated)).rejects.toMatchObject({ code: "SNAPSHOT_CORRUPT", file: truncated });
    await expect(loadSnapshot(tmp)).rejects.toMatchObject({ code: "FILE_UNREADABLE" });
  });
});
