/**
 * Corpus files: read a CorpusExtraction written by `kg corpus` and check it against the
 * extractor's output contract, with one-line errors naming the file.
 */

import { CorpusExtractionSchema, type CorpusExtraction } from "@policy-kg/extractor";
import { GraphError } from "../errors";
import { SNAPSHOT_FORMAT } from "../model/attributes";
import { readTextFile } from "./files";

export async function loadCorpusFile(path: string): Promise<CorpusExtraction> {
  const text = await readTextFile(path, "corpus file", "write one with 'pnpm kg corpus'");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphError("CORPUS_INVALID", `not valid JSON (${(e as Error).message})`, path);
  }
  const attributes = typeof data === "object" && data !== null ? (data as { attributes?: { format?: unknown } }).attributes : undefined;
  if (attributes?.format === SNAPSHOT_FORMAT) throw new GraphError("CORPUS_INVALID", "is a graph snapshot, not a corpus extraction; check it with 'pnpm kg info'", path);
  const parsed = CorpusExtractionSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GraphError("CORPUS_INVALID", `not a corpus extraction of this version: ${issue.path.join(".") || "(top level)"}: ${issue.message}`, path);
  }
  return parsed.data;
}
