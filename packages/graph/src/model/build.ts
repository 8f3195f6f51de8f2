/**
 * buildGraph: the temporal policy graph from a corpus extraction. Entities become nodes keyed by
 * their extractor id, each statement about them a dated event on the node, indicator values sit
 * on Indicator nodes; relations, MENTIONED_IN and document → year edges join them. Pure and
 * deterministic: the same extraction and `builtAt` give the same graph, node and edge order.
 */

import { MultiDirectedGraph } from "graphology";
import { stageRank, type CorpusExtraction, type DocumentMeta, type Entity, type IndicatorValue } from "@policy-kg/extractor";
import { GraphError } from "../errors";
import {
  GRAPH_SCHEMA_VERSION,
  SNAPSHOT_FORMAT,
  type DocumentNode,
  type DocumentYearRelation,
  type EdgeAttributes,
  type EntityNode,
  type GraphAttributes,
  type GraphEvent,
  type IndicatorPoint,
  type NodeAttributes,
  type PolicyGraph,
  type RelationEdge,
} from "./attributes";
import { countGraph } from "./counts";
import { compareDated, deriveSummary } from "./events";
import { documentKey, edgeKey, yearKey } from "./keys";

export interface BuildOptions {
  /** time of the build written into the metadata (ISO date-time; default: now) */
  builtAt?: string;
}

/** An empty graph of the policy graph's class. */
export function createGraph(): MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

const deliveredYear = (d: DocumentMeta): number | null => (d.delivered ? Number(d.delivered.slice(0, 4)) : null);

/**
 * Documents in delivery order (undated last), then by id: the order events of one year are listed
 * in, and the order of an entity's MENTIONED_IN edges.
 */
export function documentRank(documents: readonly Pick<DocumentMeta, "id" | "delivered">[]): Map<string, number> {
  const sorted = [...documents].sort((a, b) => {
    const da = a.delivered ?? "9999";
    const db = b.delivered ?? "9999";
    return da !== db ? (da < db ? -1 : 1) : a.id < b.id ? -1 : 1;
  });
  return new Map(sorted.map((d, i) => [d.id, i]));
}

/** One event per statement: mentions of the entity in the same sentence with the same year, modality and stage count once. */
function eventsOf(entity: Entity, said: ReadonlyMap<string, number | null>): GraphEvent[] {
  const seen = new Set<string>();
  const events: GraphEvent[] = [];
  for (const m of [...entity.mentions].sort((a, b) => (a.document !== b.document ? (a.document < b.document ? -1 : 1) : a.start - b.start))) {
    if (!said.has(m.document)) throw new GraphError("CORPUS_INVALID", `entity ${entity.id} is mentioned in unknown document ${m.document}`);
    const key = `${m.document}|${m.sentence.start}|${m.year}|${m.modality}|${m.stage}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // key order as in GraphEventSchema, so that a parsed snapshot serialises to the same text
    events.push({ year: m.year, modality: m.modality, stage: m.stage, document: m.document, start: m.start, end: m.end, quote: m.quote, said: said.get(m.document)! });
  }
  return events;
}

function pointOf(v: IndicatorValue, said: ReadonlyMap<string, number | null>): IndicatorPoint {
  const { document, start, end } = v.evidence;
  if (!said.has(document)) throw new GraphError("CORPUS_INVALID", `indicator value "${v.text}" cites unknown document ${document}`);
  // key order as in IndicatorPointSchema, so that a parsed snapshot serialises to the same text
  return {
    year: v.year,
    kind: v.kind,
    measure: v.measure,
    value: v.value,
    unit: v.unit,
    normalized: v.normalized ? { value: v.normalized.value, unit: v.normalized.unit } : null,
    qualifier: v.qualifier,
    direction: v.direction,
    text: v.text,
    said: said.get(document)!,
    document,
    start,
    end,
  };
}

function documentNode(d: DocumentMeta): DocumentNode {
  return {
    kind: "Document",
    label: d.title ?? d.id,
    file: d.file,
    title: d.title,
    issuer: d.issuer,
    district: d.district,
    genre: d.genre,
    delivered: d.delivered,
    year: deliveredYear(d),
    yearsReviewed: [...d.yearsReviewed],
    yearPlanned: d.yearPlanned,
  };
}

/** Entity nodes with their events and (Indicator nodes) values, sorted, with derived years and stage. */
function entityNodes(corpus: CorpusExtraction, said: ReadonlyMap<string, number | null>, rank: ReadonlyMap<string, number>): Map<string, EntityNode> {
  const nodes = new Map<string, EntityNode>();
  for (const e of corpus.entities) {
    if (nodes.has(e.id)) throw new GraphError("CORPUS_INVALID", `entity id ${e.id} appears twice`);
    nodes.set(e.id, { kind: e.type, label: e.name, aliases: [...e.aliases], definition: e.definition ?? null, years: [], stage: "mentioned", events: eventsOf(e, said), values: [] });
  }
  for (const v of corpus.indicators) {
    let node = nodes.get(v.indicator);
    // the extractor may give a value to an indicator it did not list as an entity: the value is the evidence for the node
    if (!node) nodes.set(v.indicator, (node = { kind: "Indicator", label: v.name, aliases: [], definition: null, years: [], stage: "mentioned", events: [], values: [] }));
    if (node.kind !== "Indicator") throw new GraphError("CORPUS_INVALID", `indicator value "${v.text}" is given to ${v.indicator}, a ${node.kind}`);
    node.values.push(pointOf(v, said));
  }
  const order = compareDated(rank);
  for (const node of nodes.values()) {
    node.events.sort((a, b) => order(a, b) || stageRank(a.stage) - stageRank(b.stage));
    node.values.sort((a, b) => order(a, b) || a.kind.localeCompare(b.kind));
    Object.assign(node, deriveSummary(node.events, node.values));
  }
  return nodes;
}

/** Entity → entity edges, one per (relation, source, target), evidence deduplicated and in document order. */
function relationEdges(corpus: CorpusExtraction, nodes: ReadonlyMap<string, EntityNode>, rank: ReadonlyMap<string, number>) {
  const edges = new Map<string, { source: string; target: string; attributes: RelationEdge }>();
  for (const r of corpus.relations) {
    for (const end of [r.source, r.target]) {
      if (!nodes.has(end)) throw new GraphError("CORPUS_INVALID", `${r.type} relation ${r.source} → ${r.target} names unknown entity ${end}`);
    }
    if (r.source === r.target) throw new GraphError("CORPUS_INVALID", `${r.type} relation from ${r.source} to itself`);
    const key = edgeKey(r.type, r.source, r.target);
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { source: r.source, target: r.target, attributes: { relation: r.type, evidence: [] } }));
    const ev = edge.attributes.evidence;
    if (!ev.some((x) => x.document === r.evidence.document && x.start === r.evidence.start && x.end === r.evidence.end)) ev.push({ ...r.evidence });
  }
  for (const { attributes } of edges.values()) {
    attributes.evidence.sort((a, b) => (rank.get(a.document) ?? 0) - (rank.get(b.document) ?? 0) || a.start - b.start || a.end - b.end);
  }
  return [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function buildGraph(corpus: CorpusExtraction, options: BuildOptions = {}): PolicyGraph {
  const builtAt = options.builtAt ?? new Date().toISOString();
  const documents = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : 1));
  const said = new Map(documents.map((d) => [d.id, deliveredYear(d)]));
  const rank = documentRank(documents);
  const nodes = entityNodes(corpus, said, rank);

  const years = new Set<number>();
  for (const d of documents) for (const y of [deliveredYear(d), ...d.yearsReviewed, d.yearPlanned]) if (y !== null) years.add(y);
  for (const n of nodes.values()) for (const y of n.years) years.add(y);

  const graph = createGraph();
  for (const y of [...years].sort((a, b) => a - b)) graph.addNode(yearKey(y), { kind: "Year", label: String(y), year: y });
  for (const d of documents) graph.addNode(documentKey(d.id), documentNode(d));
  for (const id of [...nodes.keys()].sort()) graph.addNode(id, nodes.get(id)!);

  for (const d of documents) {
    const doc = documentKey(d.id);
    const links: [DocumentYearRelation, number | null][] = [
      ["DELIVERED_IN", deliveredYear(d)],
      ...d.yearsReviewed.map((y): [DocumentYearRelation, number] => ["REVIEWS", y]),
      ["PLANS", d.yearPlanned],
    ];
    for (const [relation, y] of links) {
      if (y === null || graph.hasEdge(edgeKey(relation, doc, yearKey(y)))) continue;
      graph.addEdgeWithKey(edgeKey(relation, doc, yearKey(y)), doc, yearKey(y), { relation });
    }
  }
  for (const [key, { source, target, attributes }] of relationEdges(corpus, nodes, rank)) graph.addEdgeWithKey(key, source, target, attributes);
  for (const id of [...nodes.keys()].sort()) {
    const perDocument = new Map<string, number>();
    for (const e of nodes.get(id)!.events) perDocument.set(e.document, (perDocument.get(e.document) ?? 0) + 1);
    for (const [doc, count] of [...perDocument].sort(([a], [b]) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))) {
      graph.addEdgeWithKey(edgeKey("MENTIONED_IN", id, documentKey(doc)), id, documentKey(doc), { relation: "MENTIONED_IN", count });
    }
  }
  graph.replaceAttributes({
    format: SNAPSHOT_FORMAT,
    schemaVersion: GRAPH_SCHEMA_VERSION,
    corpusHash: corpus.corpusHash,
    extractorVersion: corpus.extractorVersion,
    builtAt,
    counts: countGraph(graph),
  });
  return graph;
}
