/**
 * A graph of an exact size for the `explorer` suite (default 20,000 nodes and 100,000 edges),
 * made from a real corpus extraction: 1) enough copies of it (bench/replicate.ts), 2) entities of the
 * last copy, picked by a seeded hash of their keys, left out until the node count is exact, 3) extra statements
 * until the edge count is exact: a seeded PRNG picks an entity and one of its mentions, and states
 * that mention again in another document of the entity's copy, which adds one MENTIONED_IN edge
 * (the copy of a mention keeps its year, stage and quote; its offsets are those of the original
 * document, so these spans are synthetic). The real corpus has ~1.6 edges per node; the extra
 * mentions make entities shared by several documents. Built with buildGraph, so it is a snapshot
 * like the ones `kg build` writes. Deterministic: the same extraction and options give the same graph.
 */

import type { CorpusExtraction, Entity } from "@policy-kg/extractor";
import { buildGraph, type PolicyGraph } from "@policy-kg/graph";
import { hashString, mulberry32 } from "../packages/explorer/src/core/layout/prng";
import { replicateCorpus } from "./replicate";

export interface SizedGraphOptions {
  /** nodes of the graph; default 20,000 */
  nodes?: number;
  /** edges of the graph; default 100,000 */
  edges?: number;
  /** seed of the PRNG that places the extra mentions; default 1 */
  seed?: number;
  /** metadata time of the build; default 2026-01-01T00:00:00.000Z */
  builtAt?: string;
}

export interface SizedGraph {
  graph: PolicyGraph;
  copies: number;
  /** entities of the last copy left out */
  trimmed: number;
  /** statements added in other documents (one MENTIONED_IN edge each) */
  addedMentions: number;
}

const copyOf = (id: string): string => id.slice(id.lastIndexOf("#") + 1);

/** The corpus without the given entities (and the values, relations and glossary links that name them). */
function withoutEntities(corpus: CorpusExtraction, drop: ReadonlySet<string>): CorpusExtraction {
  return {
    ...corpus,
    entities: corpus.entities.filter((e) => !drop.has(e.id)),
    indicators: corpus.indicators.filter((v) => !drop.has(v.indicator)),
    relations: corpus.relations.filter((r) => !drop.has(r.source) && !drop.has(r.target)),
    glossary: corpus.glossary.map((g) => (g.entity !== null && drop.has(g.entity) ? { ...g, entity: null } : g)),
  };
}

/** `count` new (entity, document) pairs, each one copied mention, documents chosen within the entity's copy. */
function addMentions(corpus: CorpusExtraction, count: number, seed: number): CorpusExtraction {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const documents = new Map<string, string[]>();
  for (const d of corpus.documents) {
    if (!documents.has(copyOf(d.id))) documents.set(copyOf(d.id), []);
    documents.get(copyOf(d.id))!.push(d.id);
  }
  const entities: Entity[] = corpus.entities.map((e) => ({ ...e, mentions: [...e.mentions] }));
  const speaking = entities.filter((e) => e.mentions.length > 0);
  const pairs = new Set(entities.flatMap((e) => e.mentions.map((m) => `${e.id}\u0000${m.document}`)));
  let added = 0;
  for (let attempts = 0; added < count; attempts++) {
    if (speaking.length === 0 || attempts > 20 * count + 1000) throw new Error(`cannot add ${count} mentions: the documents are saturated after ${added}`);
    const entity = pick(speaking);
    const document = pick(documents.get(copyOf(entity.id)) ?? []);
    const pair = `${entity.id}\u0000${document}`;
    if (document === undefined || pairs.has(pair)) continue;
    pairs.add(pair);
    entity.mentions.push({ ...pick(entity.mentions), document });
    added++;
  }
  return { ...corpus, entities };
}

/** A graph with exactly `nodes` nodes and `edges` edges from copies of `corpus`; throws when that cannot be made. */
export function sizedGraph(corpus: CorpusExtraction, options: SizedGraphOptions = {}): SizedGraph {
  const { nodes = 20_000, edges = 100_000, seed = 1, builtAt = "2026-01-01T00:00:00.000Z" } = options;
  const real = buildGraph(corpus, { builtAt });
  const years = real.filterNodes((_k, a) => a.kind === "Year").length;
  const perCopy = real.order - years;
  const copies = Math.max(1, Math.ceil((nodes - years) / perCopy));
  const replicated = replicateCorpus(corpus, copies);
  const excess = years + copies * perCopy - nodes;
  // node keys of the last copy: entities and indicator-only nodes (documents stay)
  const last = real.filterNodes((_k, a) => a.kind !== "Year" && a.kind !== "Document").map((k) => `${k}#${copies - 1}`);
  if (excess > last.length) throw new Error(`cannot make ${nodes} nodes from copies of ${real.order}`);
  const drop = new Set(last.map((k) => [hashString(k, seed), k] as const).sort(([a, ka], [b, kb]) => a - b || (ka < kb ? -1 : 1)).slice(0, excess).map(([, k]) => k));
  const trimmed = withoutEntities(replicated, drop);
  const before = buildGraph(trimmed, { builtAt });
  if (before.size > edges) throw new Error(`${nodes} nodes of this corpus already have ${before.size} edges, more than ${edges}`);
  const graph = buildGraph(addMentions(trimmed, edges - before.size, seed), { builtAt });
  if (graph.order !== nodes || graph.size !== edges) throw new Error(`made ${graph.order} nodes and ${graph.size} edges instead of ${nodes} and ${edges}`);
  return { graph, copies, trimmed: drop.size, addedMentions: edges - before.size };
}
