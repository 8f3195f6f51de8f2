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
import { readTextFile } from "./files";
import { GraphError } from "../errors";

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
    throw writeError(e, path);
  }
  return { bytes: Buffer.byteLength(text) };
}

const WRITE_PROBLEMS: Record<string, string> = {
  EISDIR: "is a folder; give the snapshot's file name",
  ENOTDIR: "a parent of it is a file, not a folder",
  EEXIST: "a parent of it is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

/** A file-system error while writing as FILE_UNWRITABLE; anything else unchanged. */
function writeError(e: unknown, path: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return e;
  return new GraphError("FILE_UNWRITABLE", `cannot write the snapshot: ${WRITE_PROBLEMS[code] ?? code}`, path);
}

/** Read and check a snapshot file. */
export async function loadSnapshot(path: string): Promise<PolicyGraph> {
  return parseSnapshot(await readTextFile(path, "snapshot", "build one with 'pnpm kg build'"), { file: path });
}
