/**
 * Test fixture: the graph built from the real extraction of the five seed documents (extracted
 * once per test file), and the repository's folders.
 */

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, parseSnapshot, serialiseSnapshot, type PolicyGraph } from "@policy-kg/graph";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DATA = join(ROOT, "data");
export const isSeed = (id: string): boolean => !id.startsWith("national");

let snapshot: Promise<string> | null = null;

/** Snapshot text of the seed graph (fixed build time, so two calls give the same text). */
export function seedSnapshot(): Promise<string> {
  snapshot ??= extractCorpus(DATA, { include: isSeed }).then(({ corpus }) => serialiseSnapshot(buildGraph(corpus, { builtAt: "2026-01-01T00:00:00.000Z" })));
  return snapshot;
}

export async function seedGraph(): Promise<PolicyGraph> {
  return parseSnapshot(await seedSnapshot());
}
