// Snapshots: round trip, the stored form (each fact once), and every kind of unusable file by its
// error code (truncated, another schema version, not a snapshot, hand-edited attributes, dangling
// edges, tables that do not match, wrong counts); snapshot
// files saved atomically (a failing save leaves the previous file intact) and loaded with checks;
// the pieces of the fast path (chunked text, checks on the graph in memory, keys compared in
// place) give what the plain path gives.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  GRAPH_SCHEMA_VERSION,
  SnapshotSchema,
  createGraph,
  edgeKey,
  graphFromData,
  isEntityNode,
  parseSnapshot,
  serialiseSnapshot,
  serialiseSnapshotChunks,
  snapshotProblem,
  type EntityNode,
  type GraphError,
  type GraphEvent,
  type PolicyGraph,
} from "../src/index";
import { isEdgeKey } from "../src/model/keys";
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

type Snapshot = z.infer<typeof SnapshotSchema>;
type Tuple = unknown[];
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

  it("stores each fact once: quotes in one table, events as tuples, no derived attributes, edge keys or MENTIONED_IN edges", () => {
    const s = JSON.parse(text) as Snapshot;
    const events = graph.filterNodes((_k, a) => isEntityNode(a)).flatMap((k) => (graph.getNodeAttributes(k) as EntityNode).events);
    expect(s.attributes.quotes.length).toBe(new Set(events.map((e) => e.quote)).size);
    expect(s.attributes.quotes.length).toBeLessThan(events.length);
    const park = s.nodes.find((n) => n.key === "park:深圳工业软件园")!.attributes as { events: Tuple[] };
    const first = (graph.getNodeAttributes("park:深圳工业软件园") as EntityNode).events[0]!;
    const [year, modality, stage, document, start, end, quote] = park.events[0]!;
    expect({ year, modality, stage, start, end }).toEqual({ year: first.year, modality: first.modality, stage: first.stage, start: first.start, end: first.end });
    expect([s.attributes.documents[document as number], s.attributes.quotes[quote as number]]).toEqual([first.document, first.quote]);
    expect(Object.keys(park)).not.toContain("years");
    expect(s.edges.some((e) => (e.attributes.relation as string) === "MENTIONED_IN" || "key" in e)).toBe(false);
    expect(s.edges.length).toBe(graph.filterEdges((_k, a) => a.relation !== "MENTIONED_IN").length);
    // what that saves on the seeds, against graphology's plain export
    expect(text.length).toBeLessThan(JSON.stringify(graph.export()).length / 2);
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
        (s.nodes[i]!.attributes as { events: Tuple[] }).events[0]![2] = "finished";
      }),
    );
    expect(e.code).toBe("SNAPSHOT_INVALID");
    expect(e.message).toContain("park:深圳工业软件园");
    expect(e.message).toContain("stage");
  });

  it("says SNAPSHOT_INVALID for an edge to a node that is not there, wrong counts, an edge of the wrong kind or a derived one", () => {
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
      const edge = s.edges.find((e) => e.attributes.relation === "REVIEWS")!;
      edge.attributes = { relation: "PLANS" };
    });
    expect(parseError(relabelled).code).toBe("SNAPSHOT_INVALID");
    const wrongKind = edited((s) => {
      const edge = s.edges.find((e) => e.attributes.relation === "REVIEWS")!;
      edge.attributes = { relation: "LOCATED_IN", evidence: [] };
    });
    expect(parseError(wrongKind).message).toContain("cannot join a Document to a Year");
    const mentioned = edited((s) => {
      const entity = s.nodes.find((n) => n.attributes.kind === "Park")!.key;
      s.edges.push({ source: entity, target: s.nodes.find((n) => n.attributes.kind === "Document")!.key, attributes: { relation: "MENTIONED_IN", count: 1 } as never });
    });
    expect(parseError(mentioned).message).toMatch(/^edges\[\d+\] \(park:.* → Document:.*\)\.attributes\.relation: /);
  });

  it("says SNAPSHOT_INVALID when an event's table position is out of range or a table names no document", () => {
    const i = (JSON.parse(text) as Snapshot).nodes.findIndex((n) => n.key === "park:深圳工业软件园");
    const quote = edited((s) => {
      (s.nodes[i]!.attributes as { events: Tuple[] }).events[0]![6] = s.attributes.quotes.length;
    });
    expect(parseError(quote).message).toMatch(/^node park:深圳工业软件园: events\[0\] cites quote \d+, but attributes.quotes has \d+$/);
    const document = edited((s) => {
      (s.nodes[i]!.attributes as { events: Tuple[] }).events[0]![3] = s.attributes.documents.length;
    });
    expect(parseError(document).code).toBe("SNAPSHOT_INVALID");
    const unknown = edited((s) => {
      s.attributes.documents[0] = "no-such-report";
    });
    expect(parseError(unknown).message).toBe("attributes.documents[0]: no Document node for no-such-report");
  });
});

/** The graph with the first event of park:深圳工业软件园 changed. */
function withFirstEvent(g: PolicyGraph, change: Partial<GraphEvent>): PolicyGraph {
  g.updateNodeAttributes("park:深圳工业软件园", (a) => {
    const node = a as EntityNode;
    return { ...node, events: node.events.map((e, j) => (j === 0 ? { ...e, ...change } : e)) };
  });
  return g;
}

describe("the fast path gives what the plain path gives", () => {
  it("parses a snapshot whose keys are out of the schema's order, and gives them in the schema's order", () => {
    const nodes = (JSON.parse(text) as Snapshot).nodes;
    const i = nodes.findIndex((n) => n.key === "park:深圳工业软件园");
    const j = nodes.findIndex((n) => (n.attributes as { values?: unknown[] }).values?.length);
    const shuffled = edited((s) => {
      const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
      s.nodes[i]!.attributes = reversed(s.nodes[i]!.attributes);
      const node = s.nodes[j] as unknown as { attributes: { values: object[] } };
      node.attributes = reversed({ ...node.attributes, values: node.attributes.values.map(reversed) });
      s.attributes = reversed(s.attributes);
    });
    expect(shuffled).not.toBe(text.trimEnd());
    expect(serialiseSnapshot(parseSnapshot(shuffled))).toBe(text);
  });

  it("serialiseSnapshotChunks gives the text of serialiseSnapshot, whatever the size of the pieces", () => {
    for (const size of [1, 7, 500, 1e9]) expect([...serialiseSnapshotChunks(graph, size)].join("")).toBe(text);
    const empty = createGraph();
    expect([...serialiseSnapshotChunks(empty)].join("")).toBe(serialiseSnapshot(empty));
  });

  it("snapshotProblem finds on the graph in memory what parseSnapshot finds in its text", () => {
    expect(snapshotProblem(graph)).toBeNull();
    const recounted = graph.copy();
    recounted.updateAttribute("counts", (c) => ({ ...c!, events: { ...c!.events, operating: c!.events.operating + 1 } }));
    expect(snapshotProblem(recounted)).toBe(parseError(serialiseSnapshot(recounted)).message);
    const restaged = withFirstEvent(graph.copy(), { stage: "finished" as never });
    expect(snapshotProblem(restaged)).toBe(parseError(serialiseSnapshot(restaged)).message);
    expect(snapshotProblem(restaged)).toMatch(/park:深圳工业软件园.*\.events\[0\]\.stage: /);
  });

  it("snapshotProblem also finds what a snapshot does not store but rebuilds (so a save never silently changes a graph)", () => {
    const key = "park:深圳工业软件园";
    const staged = graph.copy();
    staged.updateNodeAttributes(key, (a) => ({ ...a, stage: (a as EntityNode).stage === "mentioned" ? "operating" : "mentioned" }));
    expect(snapshotProblem(staged)).toBe(`node ${key}: years/stage do not match its events`);
    const recounted = graph.copy();
    const mention = recounted.findOutEdge(key, (_e, a) => a.relation === "MENTIONED_IN")!;
    recounted.updateEdgeAttributes(mention, (a) => ({ ...a, count: (a as { count: number }).count + 1 }));
    expect(snapshotProblem(recounted)).toMatch(/MENTIONED_IN count/);
    const redated = withFirstEvent(graph.copy(), { said: 1999 });
    expect(snapshotProblem(redated)).toMatch(/said in another year than the document was delivered in/);
  });

  it("graphFromData makes the graph from graphology's export with the same checks", () => {
    expect(serialiseSnapshot(graphFromData(JSON.parse(JSON.stringify(graph.export()))))).toBe(text);
    const restaged = withFirstEvent(graph.copy(), { stage: "finished" as never });
    expect(() => graphFromData(restaged.export())).toThrow(snapshotProblem(restaged)!);
    expect(() => graphFromData({ attributes: { format: "policy-kg/graph", schemaVersion: 1 } })).toThrow(expect.objectContaining({ code: "SNAPSHOT_SCHEMA_VERSION" }));
  });

  it("isEdgeKey says whether a key is edgeKey of a relation and two ends", () => {
    const key = edgeKey("LOCATED_IN", "park:a-[b]", "place:c");
    expect(isEdgeKey(key, "LOCATED_IN", "park:a-[b]", "place:c")).toBe(true);
    expect(isEdgeKey(key, "PART_OF", "park:a-[b]", "place:c")).toBe(false);
    expect(isEdgeKey(key, "LOCATED_IN", "park:a", "place:c")).toBe(false);
    expect(isEdgeKey(key, "LOCATED_IN", "park:a-[b]", "place:")).toBe(false);
    expect(isEdgeKey(`${key}x`, "LOCATED_IN", "park:a-[b]", "place:c")).toBe(false);
    expect(isEdgeKey(key.replace("]->", "]=>"), "LOCATED_IN", "park:a-[b]", "place:c")).toBe(false);
    expect(isEdgeKey(key.replace("-[", "-("), "LOCATED_IN", "park:a-[b]", "place:c")).toBe(false);
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

  it("refuses a graph holding what JSON would not carry faithfully (NaN, undefined, a Date), leaving the previous file", async () => {
    const file = join(tmp, "faithful.json");
    await saveSnapshot(file, graph);
    const before = await readFile(file, "utf8");
    const changes: ((g: PolicyGraph) => void)[] = [
      (g) => withFirstEvent(g, { start: NaN }),
      (g) => g.updateNodeAttributes("park:深圳工业软件园", (a) => ({ ...a, definition: undefined as never })),
      (g) => withFirstEvent(g, { quote: new Date(0) as never }),
    ];
    for (const change of changes) {
      const broken = graph.copy();
      change(broken);
      await expect(saveSnapshot(file, broken)).rejects.toThrow(/refusing to write .*park:深圳工业软件园/);
    }
    expect(await readFile(file, "utf8")).toBe(before);
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
