/**
 * Snapshots, browser-safe: a graph as a string in graphology's serialisation format (the graph
 * attributes carry the metadata: format, schema version, corpus hash, extractor version, time of
 * build, counts) and back. Parsing checks, in this order, and stops at the first problem:
 * JSON (SNAPSHOT_CORRUPT), format marker (SNAPSHOT_INVALID), schema version
 * (SNAPSHOT_SCHEMA_VERSION), attribute schema, graph structure and integrity (SNAPSHOT_INVALID).
 * The attribute schema is checked by checks compiled from the zod schemas (fast-check.ts) on
 * the hot path; zod itself runs on the graph attributes, and on everything only when a fast
 * check fails (for its message) or keys are out of the schema's order (for its normalised copy).
 */

import { z } from "zod";
import { EdgeAttributesSchema, GRAPH_SCHEMA_VERSION, GraphAttributesSchema, NodeAttributesSchema, SNAPSHOT_FORMAT, type PolicyGraph } from "../model/attributes";
import { createGraph } from "../model/build";
import { GraphError } from "../errors";
import { compileFastCheck } from "./fast-check";
import { integrityProblem } from "./integrity";

export const SnapshotSchema = z.strictObject({
  options: z.strictObject({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
  attributes: GraphAttributesSchema,
  nodes: z.array(z.strictObject({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(z.strictObject({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema })),
});

type Snapshot = z.infer<typeof SnapshotSchema>;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export interface ParseOptions {
  /** file name for error messages */
  file?: string;
}

/** The graph as a snapshot string (compact JSON, one line, newline at the end). */
export function serialiseSnapshot(graph: PolicyGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

/**
 * The same text as serialiseSnapshot, in pieces of about `chunkItems` nodes or edges each, so
 * that a large graph can be written without holding its whole text (and its encoding) at once.
 */
export function* serialiseSnapshotChunks(graph: PolicyGraph, chunkItems = 500): Generator<string> {
  const { options, attributes, nodes, edges } = graph.export();
  const head = JSON.stringify({ options, attributes });
  yield `${head.slice(0, -1)},"nodes":[`;
  for (const [list, items] of [["nodes", nodes] as const, ["edges", edges] as const]) {
    if (list === "edges") yield '],"edges":[';
    for (let i = 0; i < items.length; i += chunkItems) {
      const text = JSON.stringify(items.slice(i, i + chunkItems));
      yield `${i === 0 ? "" : ","}${text.slice(1, -1)}`;
    }
  }
  yield "]}\n";
}

/** "nodes[12] (park:X).attributes.events[3].stage" */
function issuePath(path: readonly PropertyKey[], data: Json): string {
  let out = "";
  let at: unknown = data;
  for (const p of path) {
    out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
    at = isObject(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[p] : undefined;
    if (typeof p === "number" && isObject(at) && typeof at.key === "string") out += ` (${at.key})`;
  }
  return out || "(top level)";
}

const fastOptions = compileFastCheck(SnapshotSchema.shape.options);
const fastNodes = compileFastCheck(SnapshotSchema.shape.nodes);
const fastEdges = compileFastCheck(SnapshotSchema.shape.edges);
const TOP_KEYS = Object.keys(SnapshotSchema.shape).join();

/**
 * `data` checked against SnapshotSchema, as zod would give it back: `data` itself (its graph
 * attributes replaced by zod's copy) when the fast checks pass, else zod's result; or the
 * first problem zod finds.
 */
function checkSchema(data: Json): { snapshot: Snapshot } | { problem: string } {
  if (Object.keys(data).join() === TOP_KEYS && fastOptions(data.options) && fastNodes(data.nodes) && fastEdges(data.edges)) {
    const attributes = GraphAttributesSchema.safeParse(data.attributes);
    if (attributes.success) return { snapshot: { ...(data as unknown as Snapshot), attributes: attributes.data } };
  }
  const parsed = SnapshotSchema.safeParse(data);
  if (parsed.success) return { snapshot: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { problem: `${issuePath(issue.path, data)}: ${issue.message}` };
}

/**
 * The first problem parseSnapshot would find in the graph's snapshot, or null, found on the graph
 * in memory (attribute schema, options, integrity and counts) without writing or parsing the
 * text. The schema checks also refuse what JSON would not carry faithfully (NaN, infinities,
 * undefined, objects that are not plain), so a graph without problems serialises to a snapshot
 * that parses back to the same graph.
 */
export function snapshotProblem(graph: PolicyGraph): string | null {
  const checked = checkSchema(graph.export() as unknown as Json);
  return "problem" in checked ? checked.problem : integrityProblem(graph);
}

export function parseSnapshot(text: string, options: ParseOptions = {}): PolicyGraph {
  const fail = (code: "SNAPSHOT_CORRUPT" | "SNAPSHOT_INVALID" | "SNAPSHOT_SCHEMA_VERSION", message: string) => new GraphError(code, message, options.file);
  if (text.trim() === "") throw fail("SNAPSHOT_CORRUPT", "snapshot file is empty");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fail("SNAPSHOT_CORRUPT", `not valid JSON, the snapshot is truncated or damaged (${(e as Error).message}); rebuild it with 'pnpm kg build'`);
  }
  const attributes = isObject(data) ? data.attributes : undefined;
  if (!isObject(data) || !isObject(attributes) || attributes.format !== SNAPSHOT_FORMAT) {
    const hint = isObject(data) && "entities" in data && "corpusHash" in data ? "; it looks like a corpus extraction: build a snapshot from it with 'pnpm kg build --corpus <file>'" : "";
    throw fail("SNAPSHOT_INVALID", `not a policy-kg graph snapshot (attributes.format is not "${SNAPSHOT_FORMAT}")${hint}`);
  }
  if (attributes.schemaVersion !== GRAPH_SCHEMA_VERSION) {
    throw fail(
      "SNAPSHOT_SCHEMA_VERSION",
      `snapshot has graph schema version ${JSON.stringify(attributes.schemaVersion)}, this version of kg reads version ${GRAPH_SCHEMA_VERSION}; rebuild it with 'pnpm kg build'`,
    );
  }
  const checked = checkSchema(data);
  if ("problem" in checked) throw fail("SNAPSHOT_INVALID", checked.problem);
  const graph = createGraph();
  try {
    graph.import(checked.snapshot);
  } catch (e) {
    throw fail("SNAPSHOT_INVALID", `not a consistent graph: ${(e as Error).message.replace(/^Graph\.\w+: /, "")}`);
  }
  const problem = integrityProblem(graph);
  if (problem) throw fail("SNAPSHOT_INVALID", problem);
  return graph;
}
