/**
 * File-system failures as GraphErrors whose one-line message names the file: reading a text file
 * (FILE_NOT_FOUND, FILE_UNREADABLE), and errors met writing one (FILE_UNWRITABLE).
 */

import { readFile } from "node:fs/promises";
import { GraphError } from "../errors";

/** `what` names the file in messages ("snapshot"); `hint` says how to make one when it is missing. */
export async function readTextFile(path: string, what: string, hint: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new GraphError("FILE_NOT_FOUND", `${what} not found; ${hint}`, path);
    if (code === "EISDIR") throw new GraphError("FILE_UNREADABLE", `is a folder, expected a ${what}`, path);
    throw new GraphError("FILE_UNREADABLE", `cannot read the ${what} (${code ?? (e as Error).message})`, path);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: "its folder does not exist",
  EISDIR: "is a folder; give a file name",
  ENOTDIR: "a parent of it is a file, not a folder",
  EEXIST: "a parent of it is a file, not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

/** A file-system error met writing `path` (the `what`: "snapshot") as FILE_UNWRITABLE; anything else unchanged. */
export function writeError(e: unknown, path: string, what: string): unknown {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return e;
  return new GraphError("FILE_UNWRITABLE", `cannot write the ${what}: ${WRITE_PROBLEMS[code] ?? code}`, path);
}
