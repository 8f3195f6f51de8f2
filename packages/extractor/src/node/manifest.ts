/**
 * Node-only corpus manifest: load and validate `manifest.json` (ManifestSchema), check that every
 * listed file exists next to it, and resolve a corpus folder to the documents to process (the
 * manifest's entries when there is one, otherwise every document file in the folder).
 */

import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { z } from "zod";
import { ExtractError } from "../errors";
import { ManifestSchema } from "../schema/document";
import type { Manifest, ManifestEntry } from "../schema/document";
import { fileError, listDocumentFiles } from "./files";

export const MANIFEST_FILE = "manifest.json";

export interface CorpusDocument {
  /** the manifest entry, or null when the folder has no manifest */
  entry: ManifestEntry | null;
  /** path of the document file (folder joined with the entry's relative path) */
  path: string;
}

/** Load and validate a manifest; throws FILE_NOT_FOUND, MANIFEST_INVALID or MANIFEST_MISSING_FILE. */
export async function loadManifest(path: string): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    throw fileError(e, path, "manifest");
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ExtractError("MANIFEST_INVALID", `not valid JSON: ${reason.split("\n")[0]}`, path);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new ExtractError("MANIFEST_INVALID", describeIssues(parsed.error.issues, json), path);
  const manifest = parsed.data;

  const seen = new Map<string, number>();
  manifest.documents.forEach((doc, i) => {
    const first = seen.get(doc.id);
    if (first !== undefined) {
      throw new ExtractError("MANIFEST_INVALID", `documents[${i}] (id "${doc.id}"): field "id": duplicate of documents[${first}]`, path);
    }
    seen.set(doc.id, i);
  });

  const base = dirname(path);
  const missing: string[] = [];
  for (const [i, doc] of manifest.documents.entries()) {
    const target = resolve(base, doc.file);
    const info = await stat(target).catch(() => null);
    if (!info?.isFile()) missing.push(`documents[${i}] (id "${doc.id}"): file "${doc.file}" not found (looked for ${target})`);
  }
  if (missing.length > 0) {
    const more = missing.length > 1 ? ` (and ${missing.length - 1} more missing)` : "";
    throw new ExtractError("MANIFEST_MISSING_FILE", `${missing[0]}${more}`, path);
  }
  return manifest;
}

/** One line naming the entry, the field and what is wrong with it. */
function describeIssues(issues: readonly z.core.$ZodIssue[], json: unknown): string {
  const issue = issues[0];
  if (!issue) return "does not match the manifest schema";
  const path = [...issue.path];
  let where = "manifest";
  if (path[0] === "documents" && typeof path[1] === "number") {
    const index = path[1];
    const docs = (json as { documents?: unknown[] }).documents;
    const entry = Array.isArray(docs) ? docs[index] : undefined;
    const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
    where = typeof id === "string" && id ? `documents[${index}] (id "${id}")` : `documents[${index}]`;
    path.splice(0, 2);
  }
  let field = path.map(String).join(".");
  if (issue.code === "unrecognized_keys") field = issue.keys.join(", ");
  const what = issue.message.replace(/\s+/g, " ");
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `${where}: ${field ? `field "${field}": ` : ""}${what}${more}`;
}

/**
 * The documents of a corpus folder: the entries of `<dir>/manifest.json` when it exists (paths
 * relative to dir), otherwise every document file found by listDocumentFiles (entry null).
 */
export async function resolveCorpus(dir: string): Promise<CorpusDocument[]> {
  const manifestPath = join(dir, MANIFEST_FILE);
  const info = await stat(manifestPath).catch(() => null);
  if (info?.isFile()) {
    const manifest = await loadManifest(manifestPath);
    return manifest.documents.map((entry) => ({ entry, path: join(dir, entry.file) }));
  }
  const files = await listDocumentFiles(dir);
  return files.map((path) => ({ entry: null, path }));
}
