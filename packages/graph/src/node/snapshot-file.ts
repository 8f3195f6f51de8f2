/**
 * Snapshot files: save atomically (temp file + fsync + rename, so the previous snapshot stays
 * intact when anything fails) after checking that the text parses back, and load with every
 * check of parseSnapshot.
 */

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { writeFileAtomic } from "@policy-kg/extractor/node";
import type { PolicyGraph } from "../model/attributes";
import { parseSnapshot, serialiseSnapshot } from "../snapshot/snapshot";
import { readTextFile, writeError } from "./files";

/**
 * Write the graph's snapshot to `path` (folders created as needed) and return the bytes written.
 * The text is parsed back first; a graph that fails its own checks is a bug, reported as a plain
 * Error, and nothing is written. A path that cannot be written is FILE_UNWRITABLE.
 */
export async function saveSnapshot(path: string, graph: PolicyGraph): Promise<{ bytes: number }> {
  const text = serialiseSnapshot(graph);
  try {
    parseSnapshot(text);
  } catch (e) {
    throw new Error(`refusing to write ${path}: the graph fails its own checks (${(e as Error).message})`);
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, text);
  } catch (e) {
    throw writeError(e, path, "snapshot");
  }
  return { bytes: Buffer.byteLength(text) };
}

/** Read and check a snapshot file. */
export async function loadSnapshot(path: string): Promise<PolicyGraph> {
  return parseSnapshot(await readTextFile(path, "snapshot", "build one with 'pnpm kg build'"), { file: path });
}
