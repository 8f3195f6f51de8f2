/**
 * Node-only file access for the corpus: read one document (size-limited, decoded), list the
 * document files of a folder, and write outputs atomically (temp file + fsync + rename).
 * Every failure a user can cause is an ExtractError with a stable code.
 */

import { open, readdir, rename, stat, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { randomBytes } from "node:crypto";
import { ExtractError } from "../errors";
import { decodeDocument } from "../read/decode";
import type { TextEncoding } from "../read/decode";

/** Default size limit of one document: 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = [".txt", ".md"] as const;
/** Documentation files that sit next to documents and are not documents. */
const SKIPPED_FILES = new Set(["readme.md", "source.md"]);
/** Folders never searched for documents (gold annotations, tooling). */
const SKIPPED_DIRS = new Set(["gold", "node_modules"]);

export interface DocumentFile {
  /** file name without extension */
  id: string;
  /** the path as given */
  file: string;
  text: string;
  encoding: TextEncoding;
}

export interface ReadOptions {
  /** refuse files larger than this many bytes (default 20 MiB) */
  maxBytes?: number;
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** Map a Node file-system error to an ExtractError (other errors are returned unchanged). */
export function fileError(e: unknown, path: string, what = "file"): unknown {
  const code = errnoCode(e);
  if (code === "ENOENT" || code === "ENOTDIR") return new ExtractError("FILE_NOT_FOUND", `${what} not found`, path);
  if (code === "EACCES" || code === "EPERM") return new ExtractError("FILE_UNREADABLE", `permission denied reading the ${what}`, path);
  if (code === "EISDIR") return new ExtractError("FILE_UNREADABLE", "is a folder, expected a .txt or .md file", path);
  if (code === "ELOOP" || code === "EIO") return new ExtractError("FILE_UNREADABLE", `cannot read the ${what} (${code})`, path);
  return e;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

export function isDocumentFileName(name: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** Read and decode one .txt/.md document. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<DocumentFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    throw fileError(e, path);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ExtractError("FILE_UNREADABLE", "is a folder, expected a .txt or .md file", path);
    if (!info.isFile()) throw new ExtractError("FILE_UNREADABLE", "is not a regular file", path);
    const ext = extname(path);
    if (!isDocumentFileName(path)) {
      throw new ExtractError("UNSUPPORTED_FILE_TYPE", `unsupported file type "${ext || "(none)"}"; expected .txt or .md`, path);
    }
    if (info.size > maxBytes) {
      throw new ExtractError(
        "FILE_TOO_LARGE",
        `file is ${formatBytes(info.size)} (${info.size} bytes), over the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes); raise it with --max-bytes ${info.size}`,
        path,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await handle.readFile();
    } catch (e) {
      throw fileError(e, path);
    }
    const { text, encoding } = decodeDocument(bytes, path);
    return { id: basename(path, ext), file: path, text, encoding };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Document files (.txt, .md) in a folder and in its direct subfolders, sorted by path.
 * Skips README.md, SOURCE.md, hidden entries and the gold/ folder.
 */
export async function listDocumentFiles(dir: string): Promise<string[]> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new ExtractError("FILE_UNREADABLE", "is a file, expected a folder of documents", dir);
  } catch (e) {
    throw fileError(e, dir, "folder");
  }
  const found: string[] = [];
  await collectFiles(dir, 1, found);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function collectFiles(dir: string, depth: number, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw fileError(e, dir, "folder");
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isFile && isDocumentFileName(entry.name) && !SKIPPED_FILES.has(entry.name.toLowerCase())) out.push(path);
    else if (isDir && depth > 0 && !SKIPPED_DIRS.has(entry.name.toLowerCase())) await collectFiles(path, depth - 1, out);
  }
}

/** Write all of `bytes` at the handle's position (a write may take fewer bytes than given). */
async function writeFully(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * Write a file atomically: write a temp file in the same folder, fsync it, rename it over the
 * target. Readers see the old or the new content, never a partial file. On error the temp file
 * is removed and the Node error is rethrown. `data` is a string (written as UTF-8) or pieces of
 * the content (strings as UTF-8, or bytes), written in order, so a large file need not be held
 * in memory whole.
 */
export async function writeFileAtomic(path: string, data: string | Iterable<string | Uint8Array>): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let handle: FileHandle | null = null;
  try {
    handle = await open(temp, "wx");
    if (typeof data === "string") await handle.writeFile(data, "utf8");
    else for (const piece of data) await writeFully(handle, typeof piece === "string" ? Buffer.from(piece, "utf8") : piece);
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temp, path);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  // Persist the rename itself (best effort: not supported on every platform).
  const dirHandle = await open(dir, "r").catch(() => null);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close().catch(() => undefined);
  }
}
