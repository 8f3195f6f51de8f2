// The explorer benchmark's graph generator (bench/sized-graph.ts), not timed: from the seed
// corpus it makes snapshots that parseSnapshot accepts with exactly the requested numbers of
// nodes and edges, the same text for the same seed, another for another seed; impossible sizes
// are refused.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusExtraction } from "@policy-kg/extractor";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, parseSnapshot, serialiseSnapshot } from "@policy-kg/graph";
import { makeCorpus } from "../packages/explorer/e2e/harness";
import { sizedGraph } from "../bench/sized-graph";

let dir: string;
let corpus: CorpusExtraction;
let realOrder: number;
let realSize: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "policy-kg-sized-"));
  await makeCorpus(dir);
  corpus = (await extractCorpus(dir)).corpus;
  const real = buildGraph(corpus);
  [realOrder, realSize] = [real.order, real.size];
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("sizedGraph", () => {
  it("makes a valid snapshot with the requested nodes and edges, several copies of the corpus", () => {
    const nodes = Math.round(realOrder * 2.5);
    const edges = Math.round(nodes * 5);
    const made = sizedGraph(corpus, { nodes, edges });
    expect(made.copies).toBe(3);
    expect(made.trimmed).toBeGreaterThan(0);
    expect(made.addedMentions).toBeGreaterThan(edges / 2);
    const text = serialiseSnapshot(made.graph);
    const parsed = parseSnapshot(text, { file: "sized.json" });
    expect([parsed.order, parsed.size]).toEqual([nodes, edges]);
    const counts = parsed.getAttribute("counts");
    expect(Object.values(counts.nodes).reduce((a, b) => a + b, 0)).toBe(nodes);
    expect(Object.values(counts.edges).reduce((a, b) => a + b, 0)).toBe(edges);
    // the copies share nothing but the year nodes: every entity and document key names its copy
    expect(parsed.filterNodes((k, a) => a.kind !== "Year" && !/#[0-2]$/.test(k))).toEqual([]);
  });

  it("is deterministic: the same seed gives the same text, another seed another one", () => {
    const options = { nodes: realOrder + 10, edges: realSize * 3 };
    const a = serialiseSnapshot(sizedGraph(corpus, options).graph);
    expect(serialiseSnapshot(sizedGraph(corpus, options).graph)).toBe(a);
    expect(serialiseSnapshot(sizedGraph(corpus, { ...options, seed: 2 }).graph)).not.toBe(a);
  });

  it("refuses sizes it cannot make", () => {
    expect(() => sizedGraph(corpus, { nodes: realOrder * 2, edges: realSize })).toThrow(/already have/);
  });
});
