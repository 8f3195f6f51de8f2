/**
 * Snapshot (stored form, schema-checked) → the graph in memory: events rebuilt from their tuples
 * and the documents and quotes tables, `said` from the documents, `years` and `stage` derived,
 * edge keys made, MENTIONED_IN edges made from the events (after the stored edges, entity by
 * entity, documents in delivery order, as buildGraph adds them). Checked on the way (one pass,
 * no second walk over the graph): table positions and entries, the kinds each stored edge joins
 * and the documents its evidence cites, the metadata counts; the first problem is returned.
 * graphology's own errors (an edge to a missing node, a key twice) are thrown.
 */

import { createGraph, documentRank } from "../model/build";
import type { DocumentNode, EntityNode, GraphCounts, GraphEvent, IndicatorPoint, PolicyGraph } from "../model/attributes";
import { emptyCounts } from "../model/counts";
import { deriveSummary } from "../model/events";
import { documentKey, edgeKey, yearKey } from "../model/keys";
import { countsProblem, oneEdgeProblem } from "./integrity";
import type { Snapshot, StoredEntity } from "./stored";

const DOCUMENT_PREFIX = documentKey("");

interface Tables {
  /** document ids, and the year each was delivered in, by position in `attributes.documents` */
  ids: readonly string[];
  said: readonly (number | null)[];
  quotes: readonly string[];
  /** year delivered by document id, for indicator values */
  delivered: ReadonlyMap<string, number | null>;
}

type Decoded<T> = { value: T } | { problem: string };

function entityNode(key: string, a: StoredEntity, t: Tables, counts: GraphCounts): Decoded<EntityNode> {
  const events: GraphEvent[] = new Array<GraphEvent>(a.events.length);
  for (let i = 0; i < a.events.length; i++) {
    const [year, modality, stage, d, start, end, q] = a.events[i]!;
    if (d >= t.ids.length) return { problem: `node ${key}: events[${i}] cites document ${d}, but attributes.documents has ${t.ids.length}` };
    if (q >= t.quotes.length) return { problem: `node ${key}: events[${i}] cites quote ${q}, but attributes.quotes has ${t.quotes.length}` };
    events[i] = { year, modality, stage, document: t.ids[d]!, start, end, quote: t.quotes[q]!, said: t.said[d]! };
    counts.events[stage]++;
  }
  const values: IndicatorPoint[] = [];
  for (const v of a.values) {
    const said = t.delivered.get(v.document);
    if (said === undefined) return { problem: `node ${key}: cites unknown document ${v.document}` };
    counts.values[v.kind]++;
    // key order as in IndicatorPointSchema
    const { year, kind, measure, value, unit, normalized, qualifier, direction, text, document, start, end } = v;
    values.push({ year, kind, measure, value, unit, normalized, qualifier, direction, text, said, document, start, end });
  }
  const { years, stage } = deriveSummary(events, values);
  return { value: { kind: a.kind, label: a.label, aliases: a.aliases, definition: a.definition, years, stage, events, values } };
}

function tablesOf(s: Snapshot): Decoded<Tables> {
  const documents = new Map<string, DocumentNode>();
  for (const { key, attributes: a } of s.nodes) {
    if (a.kind !== "Document") continue;
    if (!key.startsWith(DOCUMENT_PREFIX)) return { problem: `node ${key}: a Document node's key must start with ${DOCUMENT_PREFIX}` };
    documents.set(key.slice(DOCUMENT_PREFIX.length), a);
  }
  const ids = s.attributes.documents;
  const said: (number | null)[] = [];
  for (let i = 0; i < ids.length; i++) {
    const d = documents.get(ids[i]!);
    if (!d) return { problem: `attributes.documents[${i}]: no Document node for ${ids[i]}` };
    said.push(d.year);
  }
  const delivered = new Map([...documents].map(([id, d]) => [id, d.year]));
  return { value: { ids, said, quotes: s.attributes.quotes, delivered } };
}

/**
 * One MENTIONED_IN edge per entity and document its events cite, counting them, in delivery
 * order; returns how many. Each document's node key is made once and reused, so graphology
 * hashes it once, not once per edge.
 */
function addMentions(graph: PolicyGraph, entities: readonly string[], rank: ReadonlyMap<string, number>): number {
  const keys = new Map([...rank.keys()].map((id) => [id, documentKey(id)]));
  const perDocument = new Map<string, number>();
  let added = 0;
  for (const id of entities) {
    perDocument.clear();
    for (const e of (graph.getNodeAttributes(id) as EntityNode).events) perDocument.set(e.document, (perDocument.get(e.document) ?? 0) + 1);
    const documents = perDocument.size > 1 ? [...perDocument.keys()].sort((a, b) => rank.get(a)! - rank.get(b)!) : perDocument.keys();
    for (const doc of documents) {
      const target = keys.get(doc)!;
      graph.addEdgeWithKey(edgeKey("MENTIONED_IN", id, target), id, target, { relation: "MENTIONED_IN", count: perDocument.get(doc)! });
      added++;
    }
  }
  return added;
}

export function decodeSnapshot(s: Snapshot): Decoded<PolicyGraph> {
  const tables = tablesOf(s);
  if ("problem" in tables) return tables;
  const t = tables.value;
  const { documents: _documents, quotes: _quotes, ...attributes } = s.attributes;
  const graph = createGraph();
  graph.replaceAttributes(attributes);
  const counts = emptyCounts();
  const entities: string[] = [];
  for (const { key, attributes: a } of s.nodes) {
    counts.nodes[a.kind]++;
    if (a.kind === "Year") {
      if (key !== yearKey(a.year)) return { problem: `node ${key}: a Year node's key must be ${yearKey(a.year)}` };
      graph.addNode(key, a);
    } else if (a.kind === "Document") {
      graph.addNode(key, a);
    } else {
      const node = entityNode(key, a, t, counts);
      if ("problem" in node) return node;
      graph.addNode(key, node.value);
      entities.push(key);
    }
  }
  for (const { source, target, attributes: a } of s.edges) {
    const key = edgeKey(a.relation, source, target);
    graph.addEdgeWithKey(key, source, target, a);
    const problem = oneEdgeProblem(key, a, graph.getNodeAttribute(source, "kind"), graph.getNodeAttribute(target, "kind"), t.delivered);
    if (problem) return { problem };
    counts.edges[a.relation]++;
  }
  const rank = documentRank([...t.delivered.keys()].map((id) => ({ id, delivered: (graph.getNodeAttributes(documentKey(id)) as DocumentNode).delivered })));
  counts.edges.MENTIONED_IN = addMentions(graph, entities, rank);
  const problem = countsProblem(attributes.counts, counts);
  return problem ? { problem } : { value: graph };
}
