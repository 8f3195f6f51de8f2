/**
 * Snapshot files: save atomically (temp file + fsync + rename, so the previous snapshot stays
 * intact when anything fails) after checking the graph the way loading will check the file, and
 * load with every check of parseSnapshot.
 */

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic } from "@policy-kg/extractor/node";
import type { PolicyGraph } from "../model/attributes";
import { parseSnapshot, serialiseSnapshotChunks, snapshotProblem } from "../snapshot/snapshot";
import { readTextFile, writeError } from "./files";

/** The chunks as UTF-8 bytes, counted into `written.bytes`. */
function* encoded(chunks: Iterable<string>, written: { bytes: number }): Generator<Buffer> {
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, "utf8");
    written.bytes += bytes.length;
    yield bytes;
  }
}

/**
 * Write the graph's snapshot to `path` (folders created as needed) and return the bytes written.
 * The graph is checked first (snapshotProblem: every check loading makes, on the graph in memory,
 * so the text is not parsed back); a graph that fails its own checks is a bug, reported as a
 * plain Error, and nothing is written. The text is written in pieces (serialiseSnapshotChunks),
 * the same text serialiseSnapshot gives. A path that cannot be written is FILE_UNWRITABLE.
 */
export async function saveSnapshot(path: string, graph: PolicyGraph): Promise<{ bytes: number }> {
  const problem = snapshotProblem(graph);
  if (problem) throw new Error(`refusing to write ${path}: the graph fails its own checks (${problem})`);
  const written = { bytes: 0 };
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, encoded(serialiseSnapshotChunks(graph), written));
  } catch (e) {
    throw writeError(e, path, "snapshot");
  }
  return { bytes: written.bytes };
}

/** Read and check a snapshot file. */
export async function loadSnapshot(path: string): Promise<PolicyGraph> {
  return parseSnapshot(await readTextFile(path, "snapshot", "build one with 'pnpm kg build'"), { file: path });
}
