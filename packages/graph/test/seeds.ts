/**
 * Test fixture: the real extraction of the five seed documents in data/ (manifest metadata and
 * alias rules), the graph built from it, and the original text of a document. Extracted once per
 * test file.
 */

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusExtraction } from "@policy-kg/extractor";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, type PolicyGraph } from "../src/index";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DATA = join(ROOT, "data");
export const BUILT_AT = "2026-01-01T00:00:00.000Z";
export const isSeed = (id: string): boolean => !id.startsWith("national");

let corpus: Promise<CorpusExtraction> | null = null;

export function seedCorpus(): Promise<CorpusExtraction> {
  corpus ??= extractCorpus(DATA, { include: isSeed }).then((r) => r.corpus);
  return corpus;
}

export async function seedGraph(): Promise<PolicyGraph> {
  return buildGraph(await seedCorpus(), { builtAt: BUILT_AT });
}

/** Original decoded text of a seed document (offsets are into this). */
export function originalText(corpus: CorpusExtraction, id: string): string {
  const doc = corpus.documents.find((d) => d.id === id)!;
  return readFileSync(join(DATA, doc.file), "utf8").replace(/^\uFEFF/, "");
}

export const D000 = "000_5c8c693250c75479";
export const D001 = "001_6bbf6b6bd295e350";
export const D002 = "002_78575848d0c7b811";
