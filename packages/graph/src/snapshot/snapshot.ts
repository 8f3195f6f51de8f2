/**
 * Snapshots, browser-safe: a graph as a string in graphology's serialisation format, in the
 * stored form of snapshot/stored.ts (each fact once; the graph attributes carry the metadata:
 * format, schema version, corpus hash, extractor version, time of build, counts), and back.
 * Parsing checks, in this order, and stops at the first problem: JSON (SNAPSHOT_CORRUPT), format
 * marker (SNAPSHOT_INVALID), schema version (SNAPSHOT_SCHEMA_VERSION), stored schema, graph
 * structure, edges and counts (SNAPSHOT_INVALID); what is derived is rebuilt, not read. The schema
 * is checked by checks compiled from the zod schemas (fast-check.ts) on the hot path; zod itself
 * runs on the graph attributes, and on everything only when a fast check fails (for its message)
 * or keys are out of the schema's order (for its normalised copy). A graph in memory is checked
 * before it is written (snapshotProblem: its schema and every invariant, derived attributes
 * included), so what is written loads back as the same graph.
 */

import type { z } from "zod";
import { GRAPH_SCHEMA_VERSION, GraphAttributesSchema, NodeAttributesSchema, EdgeAttributesSchema, SNAPSHOT_FORMAT, type PolicyGraph } from "../model/attributes";
import { createGraph } from "../model/build";
import { GraphError } from "../errors";
import { decodeSnapshot } from "./decode";
import { encodeSnapshot } from "./encode";
import { compileFastCheck } from "./fast-check";
import { integrityProblem } from "./integrity";
import { GraphDataSchema, SnapshotSchema, STORED_EVENT_FIELDS, StoredGraphAttributesSchema, type GraphData, type Snapshot } from "./stored";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export interface ParseOptions {
  /** file name for error messages */
  file?: string;
  /** what to do about a graph of another schema version (default: rebuild it with 'pnpm kg build') */
  remedy?: string;
}

/** The graph as a snapshot string (compact JSON, one line, newline at the end). */
export function serialiseSnapshot(graph: PolicyGraph): string {
  return [...encodeSnapshot(graph)].join("");
}

/**
 * The same text as serialiseSnapshot, in pieces of about `chunkItems` nodes or edges each, so
 * that a large graph can be written without holding its whole text (and its encoding) at once.
 */
export function serialiseSnapshotChunks(graph: PolicyGraph, chunkItems = 500): Generator<string> {
  return encodeSnapshot(graph, chunkItems);
}

/** "nodes[12] (park:X).attributes.events[3].stage", "edges[4] (park:X → place:Y).attributes.relation" */
function issuePath(path: readonly PropertyKey[], data: Json): string {
  let out = "";
  let at: unknown = data;
  for (const [i, p] of path.entries()) {
    // a position in a stored event tuple is named by its field
    const field = typeof p === "number" && path[i - 2] === "events" && typeof path[i - 1] === "number" ? STORED_EVENT_FIELDS[p] : undefined;
    out += field ? `.${field}` : typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
    at = isObject(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[p] : undefined;
    if (typeof p === "number" && isObject(at) && typeof at.key === "string") out += ` (${at.key})`;
    else if (typeof p === "number" && isObject(at) && typeof at.source === "string" && typeof at.target === "string") out += ` (${at.source} → ${at.target})`;
  }
  return out || "(top level)";
}

type Fail = (code: "SNAPSHOT_CORRUPT" | "SNAPSHOT_INVALID" | "SNAPSHOT_SCHEMA_VERSION", message: string) => GraphError;

/** A schema of the snapshot's four parts, with the fast checks of its options, nodes and edges. */
function checker<S extends z.ZodObject>(schema: S, attributes: z.ZodType): (data: Json) => { data: z.infer<S> } | { problem: string } {
  const shape = schema.shape as Record<"options" | "nodes" | "edges", z.ZodType>;
  const [options, nodes, edges] = [shape.options, shape.nodes, shape.edges].map(compileFastCheck);
  const topKeys = Object.keys(schema.shape).join();
  return (data) => {
    if (Object.keys(data).join() === topKeys && options!(data.options) && nodes!(data.nodes) && edges!(data.edges)) {
      const parsed = attributes.safeParse(data.attributes);
      if (parsed.success) return { data: { ...data, attributes: parsed.data } as z.infer<S> };
    }
    const parsed = schema.safeParse(data);
    if (parsed.success) return { data: parsed.data };
    const issue = parsed.error.issues[0]!;
    return { problem: `${issuePath(issue.path, data)}: ${issue.message}` };
  };
}

/** `data` checked against the schema, as zod would give it back (see checker), or the first problem zod finds. */
const checkSnapshot = checker(SnapshotSchema, StoredGraphAttributesSchema);
const checkGraphData = checker(GraphDataSchema, GraphAttributesSchema);

const fastNode = compileFastCheck(NodeAttributesSchema);
const fastEdge = compileFastCheck(EdgeAttributesSchema);

/**
 * The first problem the graph in memory has, or null: its attribute schema (which also refuses
 * what JSON would not carry faithfully: NaN, infinities, undefined, objects that are not plain),
 * its options, integrity, derived attributes and counts. A graph without problems serialises to
 * a snapshot that parses back to the same graph.
 */
export function snapshotProblem(graph: PolicyGraph): string | null {
  const fast = graph.everyNode((_key, a) => fastNode(a)) && graph.everyEdge((_key, a) => fastEdge(a));
  const checked = fast ? null : checkGraphData(graph.export() as unknown as Json);
  if (checked && "problem" in checked) return checked.problem;
  if (graph.type !== "directed" || !graph.multi || graph.allowSelfLoops) return "options: not a directed multi graph without self-loops";
  const attributes = GraphAttributesSchema.safeParse(graph.getAttributes());
  if (!attributes.success) return `attributes: ${attributes.error.issues[0]!.message}`;
  return integrityProblem(graph);
}

/** The format marker and schema version, checked before anything else. */
function checkHeader(data: unknown, fail: Fail, remedy = "rebuild it with 'pnpm kg build'"): asserts data is Json {
  const attributes = isObject(data) ? data.attributes : undefined;
  if (!isObject(data) || !isObject(attributes) || attributes.format !== SNAPSHOT_FORMAT) {
    const hint = isObject(data) && "entities" in data && "corpusHash" in data ? "; it looks like a corpus extraction: build a snapshot from it with 'pnpm kg build --corpus <file>'" : "";
    throw fail("SNAPSHOT_INVALID", `not a policy-kg graph snapshot (attributes.format is not "${SNAPSHOT_FORMAT}")${hint}`);
  }
  if (attributes.schemaVersion !== GRAPH_SCHEMA_VERSION) {
    throw fail(
      "SNAPSHOT_SCHEMA_VERSION",
      `snapshot has graph schema version ${JSON.stringify(attributes.schemaVersion)}, this version of kg reads version ${GRAPH_SCHEMA_VERSION}; ${remedy}`,
    );
  }
}

const failWith =
  (file: string | undefined): Fail =>
  (code, message) =>
    new GraphError(code, message, file);

/** graphology's own errors (an edge to a missing node, a key twice) as SNAPSHOT_INVALID. */
function graphologyProblem(e: unknown): string {
  return `not a consistent graph: ${(e as Error).message.replace(/^Graph\.\w+: /, "")}`;
}

export function parseSnapshot(text: string, options: ParseOptions = {}): PolicyGraph {
  const fail = failWith(options.file);
  if (text.trim() === "") throw fail("SNAPSHOT_CORRUPT", "snapshot file is empty");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fail("SNAPSHOT_CORRUPT", `not valid JSON, the snapshot is truncated or damaged (${(e as Error).message}); rebuild it with 'pnpm kg build'`);
  }
  checkHeader(data, fail, options.remedy);
  const checked = checkSnapshot(data);
  if ("problem" in checked) throw fail("SNAPSHOT_INVALID", checked.problem);
  let decoded;
  try {
    decoded = decodeSnapshot(checked.data as Snapshot);
  } catch (e) {
    throw fail("SNAPSHOT_INVALID", graphologyProblem(e));
  }
  if ("problem" in decoded) throw fail("SNAPSHOT_INVALID", decoded.problem);
  return decoded.value;
}

/**
 * The graph from its graphology export (every attribute and edge key, as GraphDataSchema; what
 * pullGraph reads from Neo4j), with every check of snapshotProblem; errors as parseSnapshot's.
 */
export function graphFromData(data: unknown, options: ParseOptions = {}): PolicyGraph {
  const fail = failWith(options.file);
  checkHeader(data, fail, options.remedy);
  const checked = checkGraphData(data);
  if ("problem" in checked) throw fail("SNAPSHOT_INVALID", checked.problem);
  const graph = createGraph();
  try {
    graph.import(checked.data as GraphData);
  } catch (e) {
    throw fail("SNAPSHOT_INVALID", graphologyProblem(e));
  }
  const problem = integrityProblem(graph);
  if (problem) throw fail("SNAPSHOT_INVALID", problem);
  return graph;
}

export { SnapshotSchema, GraphDataSchema };
