/**
 * Test fixture: a generated policy graph of a chosen size, without extraction (seeded, so the same
 * options give the same graph). Documents (one per year, cycling), entities of every kind each
 * stated in a few documents (1–3 statements per document, with a year of their own, the
 * document's or none, every modality and stage), Indicator entities with values, relations
 * between random entities with evidence in one or two documents, and DELIVERED_IN edges to the
 * years. Years and stage of each entity are derived as the graph builder derives them; the graph
 * attributes carry the counts, so snapshotProblem accepts it.
 */

import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, STAGES, stageRank, type EntityType, type Stage } from "@policy-kg/extractor";
import { countGraph, createGraph, documentKey, edgeKey, eventYear, isReported, yearKey, type GraphEvent, type IndicatorPoint, type PolicyGraph } from "@policy-kg/graph";
import { mulberry32 } from "../src/core/layout/prng";

export interface GeneratedGraphOptions {
  /** entities (default 4,000) */
  entities?: number;
  /** documents (default 40) */
  documents?: number;
  /** documents each entity is stated in (default 5) */
  mentionsPerEntity?: number;
  /** relation edges wanted (default 1,000; duplicates of a (relation, source, target) are skipped) */
  relations?: number;
  /** first year (default 2015); the documents are delivered in the years after it */
  firstYear?: number;
  seed?: number;
}

const KINDS = ENTITY_TYPES.filter((k) => k !== "Indicator");

export function generatedGraph(options: GeneratedGraphOptions = {}): PolicyGraph {
  const { entities = 4_000, documents = 40, mentionsPerEntity = 5, relations = 1_000, firstYear = 2015, seed = 1 } = options;
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const graph = createGraph();
  const span = 10;
  const docs = Array.from({ length: documents }, (_, i) => ({ id: `doc-${i}`, year: firstYear + 1 + (i % span) }));
  const years = new Set<number>(docs.flatMap((d) => [d.year, d.year - 1]));
  const entityKeys: string[] = [];
  const nodes: { key: string; kind: EntityType; events: GraphEvent[]; values: IndicatorPoint[] }[] = [];
  for (let i = 0; i < entities; i++) {
    const kind: EntityType = i % 10 === 9 ? "Indicator" : KINDS[i % KINDS.length]!;
    const key = `${kind.toLowerCase()}:实体${i}`;
    const events: GraphEvent[] = [];
    const values: IndicatorPoint[] = [];
    const chosen = new Set<number>();
    while (chosen.size < Math.min(mentionsPerEntity, documents)) chosen.add(int(documents));
    for (const d of [...chosen].sort((a, b) => a - b)) {
      const doc = docs[d]!;
      for (let k = 1 + int(3); k > 0; k--) {
        const start = int(5_000);
        const year = random() < 0.2 ? null : doc.year - 1 + int(4);
        events.push({ year, modality: random() < 0.3 ? null : pick(MODALITIES), stage: pick(STAGES), document: doc.id, start, end: start + 4, quote: `句子${d}-${start}`, said: doc.year });
      }
      if (kind === "Indicator") {
        const start = int(5_000);
        values.push({ year: random() < 0.2 ? null : doc.year - int(2), kind: random() < 0.5 ? "actual" : "target", measure: "level", value: int(1000), unit: "亿元", normalized: null, qualifier: "exact", direction: "none", text: "100亿元", said: doc.year, document: doc.id, start, end: start + 5 });
      }
    }
    for (const s of [...events, ...values]) {
      const y = eventYear(s);
      if (y !== null) years.add(y);
    }
    nodes.push({ key, kind, events, values });
    entityKeys.push(key);
  }
  for (const y of [...years].sort((a, b) => a - b)) graph.addNode(yearKey(y), { kind: "Year", label: String(y), year: y });
  for (const d of docs) {
    graph.addNode(documentKey(d.id), { kind: "Document", label: d.id, file: `${d.id}.txt`, title: null, issuer: null, district: null, genre: "gov_work_report", delivered: `${d.year}-01-15`, year: d.year, yearsReviewed: [d.year - 1], yearPlanned: d.year });
    graph.addEdgeWithKey(edgeKey("DELIVERED_IN", documentKey(d.id), yearKey(d.year)), documentKey(d.id), yearKey(d.year), { relation: "DELIVERED_IN" });
  }
  for (const n of nodes) {
    const placed = [...n.events, ...n.values].map(eventYear).filter((y): y is number => y !== null);
    const reported = n.events.filter(isReported).map((e) => stageRank(e.stage));
    const stage: Stage = STAGES[Math.max(0, ...reported)]!;
    graph.addNode(n.key, { kind: n.kind, label: n.key.slice(n.key.indexOf(":") + 1), aliases: [], definition: null, years: [...new Set(placed)].sort((a, b) => a - b), stage, events: n.events, values: n.values });
    const perDocument = new Map<string, number>();
    for (const e of n.events) perDocument.set(e.document, (perDocument.get(e.document) ?? 0) + 1);
    for (const [id, count] of perDocument) graph.addEdgeWithKey(edgeKey("MENTIONED_IN", n.key, documentKey(id)), n.key, documentKey(id), { relation: "MENTIONED_IN", count });
  }
  for (let i = 0; i < relations; i++) {
    const [source, target] = [pick(entityKeys), pick(entityKeys)];
    const relation = pick(RELATION_TYPES);
    const key = edgeKey(relation, source, target);
    if (source === target || graph.hasEdge(key)) continue;
    const evidence = Array.from({ length: 1 + int(2) }, () => ({ document: pick(docs).id, start: int(5_000), end: 5_010 }));
    graph.addEdgeWithKey(key, source, target, { relation, evidence });
  }
  graph.replaceAttributes({ format: "policy-kg/graph", schemaVersion: 2, corpusHash: `generated-${seed}`, extractorVersion: "0.0.0", builtAt: "2026-01-01T00:00:00.000Z", counts: countGraph(graph) });
  return graph;
}
