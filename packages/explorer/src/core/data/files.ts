/**
 * The explorer's contract with whoever serves it (`pnpm kg serve`, or any static file server):
 * next to index.html sit `graph.json` (the snapshot) and `documents/<document id>.txt`, the
 * original text of every document, UTF-8, exactly as the extractor read it, so that the UTF-16
 * offsets of the snapshot's spans index into it.
 */

export const SNAPSHOT_PATH = "graph.json";

export function documentPath(id: string): string {
  return `documents/${encodeURIComponent(id)}.txt`;
}

export class FetchError extends Error {}

export async function fetchText(path: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path);
  } catch (e) {
    throw new FetchError(`${path}: cannot be fetched (${(e as Error).message})`);
  }
  if (!response.ok) throw new FetchError(`${path}: ${response.status} ${response.statusText || "error"}`);
  return response.text();
}
