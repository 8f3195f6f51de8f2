/**
 * Reading a text file with file-system failures turned into GraphErrors (FILE_NOT_FOUND,
 * FILE_UNREADABLE) whose one-line message names the file.
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
