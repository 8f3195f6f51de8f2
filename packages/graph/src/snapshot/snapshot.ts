/**
 * Snapshots, browser-safe: a graph as a string in graphology's serialisation format (the graph
 * attributes carry the metadata: format, schema version, corpus hash, extractor version, time of
 * build, counts) and back. Parsing checks, in this order, and stops at the first problem:
 * JSON (SNAPSHOT_CORRUPT), format marker (SNAPSHOT_INVALID), schema version
 * (SNAPSHOT_SCHEMA_VERSION), attribute schema, graph structure and integrity (SNAPSHOT_INVALID).
 */

import { z } from "zod";
import { EdgeAttributesSchema, GRAPH_SCHEMA_VERSION, GraphAttributesSchema, NodeAttributesSchema, SNAPSHOT_FORMAT, type PolicyGraph } from "../model/attributes";
import { createGraph } from "../model/build";
import { GraphError } from "../errors";
import { integrityProblem } from "./integrity";

export const SnapshotSchema = z.strictObject({
  options: z.strictObject({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
  attributes: GraphAttributesSchema,
  nodes: z.array(z.strictObject({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(z.strictObject({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema })),
});

export interface ParseOptions {
  /** file name for error messages */
  file?: string;
}

/** The graph as a snapshot string (compact JSON, one line, newline at the end). */
export function serialiseSnapshot(graph: PolicyGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

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
  const parsed = SnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw fail("SNAPSHOT_INVALID", `${issuePath(issue.path, data)}: ${issue.message}`);
  }
  const graph = createGraph();
  try {
    graph.import(parsed.data);
  } catch (e) {
    throw fail("SNAPSHOT_INVALID", `not a consistent graph: ${(e as Error).message.replace(/^Graph\.\w+: /, "")}`);
  }
  const problem = integrityProblem(graph);
  if (problem) throw fail("SNAPSHOT_INVALID", problem);
  return graph;
}
