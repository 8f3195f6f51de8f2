/**
 * Writing exports so that a failure leaves nothing half-written: one file atomically (temp file,
 * fsync, rename), or the files of a CSV export into a folder in two steps: every file is first
 * written in full under a temporary name next to its target, then all are renamed into place.
 * File-system failures become FILE_UNWRITABLE with a one-line message naming the path.
 */

import { randomBytes } from "node:crypto";
import { mkdir, rename, rmdir, stat, unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import { writeFileAtomic } from "@policy-kg/extractor/node";
import { GraphError, isGraphError } from "../errors";
import { writeError } from "./files";

/** A file-system error met writing `path`, as FILE_UNWRITABLE. */
const unwritable = (e: unknown, path: string): unknown => writeError(e, path, "export");

const kindOf = (path: string) => stat(path).then((s) => (s.isDirectory() ? "folder" : "file"), () => null);

/** Write one export file atomically; returns the bytes written. */
export async function writeExportFile(path: string, text: string): Promise<number> {
  if ((await kindOf(path)) === "folder") throw unwritable({ code: "EISDIR" }, path);
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    throw unwritable(e, path);
  }
  return Buffer.byteLength(text);
}

/**
 * Write the files (name → text) into the folder `dir`, made if missing (its parent must exist).
 * Returns the bytes written. On failure, no file of the folder has changed and a folder made
 * here is removed again.
 */
export async function writeExportFolder(dir: string, files: Readonly<Record<string, string>>): Promise<number> {
  const kind = await kindOf(dir);
  if (kind === "file") throw new GraphError("FILE_UNWRITABLE", "is a file; a CSV export needs a folder", dir);
  if (kind === null) {
    try {
      await mkdir(dir);
    } catch (e) {
      throw unwritable(e, dir);
    }
  }
  const tag = `${process.pid}.${randomBytes(4).toString("hex")}`;
  const staged = Object.entries(files).map(([name, text]) => ({ path: join(dir, name), temp: join(dir, `.${basename(name)}.${tag}.export`), text }));
  let at = dir;
  try {
    for (const f of staged) {
      at = f.path;
      if ((await kindOf(f.path)) === "folder") throw unwritable({ code: "EISDIR" }, f.path);
      await writeFileAtomic(f.temp, f.text);
    }
    for (const f of staged) {
      at = f.path;
      await rename(f.temp, f.path);
    }
  } catch (e) {
    await Promise.all(staged.map((f) => unlink(f.temp).catch(() => undefined)));
    if (kind === null) await rmdir(dir).catch(() => undefined);
    throw isGraphError(e) ? e : unwritable(e, at);
  }
  return staged.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
}
