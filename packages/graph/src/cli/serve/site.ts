/**
 * The explorer's site, assembled in memory for `kg serve`: the built explorer (a folder of static
 * files), the snapshot text as graph.json, and documents/<id>.txt for every document of the
 * snapshot, read from the data folder with the extractor's readDocumentFile so that the served
 * text is the one the snapshot's offsets index into. The texts are checked against the
 * snapshot's corpus hash: a data folder that changed since the build is refused.
 */

import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { readDocumentFile } from "@policy-kg/extractor/node";
import { documentKey, GraphError, parseSnapshot } from "../../index";
import { readTextFile } from "../../node/files";

export interface SiteFile {
  body: Buffer;
  type: string;
}

export interface Site {
  /** URL path (no leading slash) → file */
  files: Map<string, SiteFile>;
  documents: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export function contentType(path: string): string {
  const dot = path.lastIndexOf(".");
  return TYPES[dot < 0 ? "" : path.slice(dot).toLowerCase()] ?? "application/octet-stream";
}

/** The path of a document's text in the site (URL-decoded: the explorer asks for documents/<encodeURIComponent(id)>.txt). */
export const documentPath = (id: string): string => `documents/${id}.txt`;

async function explorerFiles(dir: string, files: Map<string, SiteFile>): Promise<void> {
  const index = join(dir, "index.html");
  if (!(await stat(index).catch(() => null))?.isFile()) {
    throw new GraphError("FILE_NOT_FOUND", "the explorer is not built (no index.html); build it with 'pnpm --filter @policy-kg/explorer build'", dir);
  }
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(relative(dir, path).split(sep).join("/"), { body: await readFile(path), type: contentType(entry.name) });
    }
  };
  await walk(dir);
}

export interface SiteOptions {
  snapshot: string;
  data: string;
  explorer: string;
}

export async function buildSite(options: SiteOptions): Promise<Site> {
  const files = new Map<string, SiteFile>();
  await explorerFiles(options.explorer, files);
  const text = await readTextFile(options.snapshot, "snapshot", "build one with 'pnpm kg build'");
  const graph = parseSnapshot(text, { file: options.snapshot });
  files.set("graph.json", { body: Buffer.from(text), type: contentType("graph.json") });

  const documents: { id: string; text: string }[] = [];
  for (const key of graph.filterNodes((_k, a) => a.kind === "Document")) {
    const node = graph.getNodeAttributes(key);
    if (node.kind !== "Document") continue;
    const id = key.slice(documentKey("").length);
    const path = isAbsolute(node.file) ? node.file : resolve(options.data, node.file);
    documents.push({ id, text: (await readDocumentFile(path)).text });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : 1));
  // the same hash the extractor computes over a corpus: id, NUL, text, NUL, by id
  const hash = createHash("sha256");
  for (const d of documents) hash.update(d.id).update("\0").update(d.text).update("\0");
  const corpusHash = `sha256:${hash.digest("hex")}`;
  if (corpusHash !== graph.getAttribute("corpusHash")) {
    throw new GraphError(
      "SNAPSHOT_INVALID",
      `the documents in ${options.data} are not the ones this snapshot was built from (corpus hash differs), so its offsets would not match; rebuild it with 'pnpm kg build', or give the right folder with --data`,
      options.snapshot,
    );
  }
  for (const d of documents) files.set(documentPath(d.id), { body: Buffer.from(d.text), type: contentType(".txt") });
  return { files, documents: documents.length };
}
