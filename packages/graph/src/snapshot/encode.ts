/**
 * Graph → snapshot text (the stored form of snapshot/stored.ts), in pieces so that a large graph
 * is never held whole as text. Two passes over the nodes: the first numbers the documents and the
 * distinct quotes (in order of first use), the second writes the nodes with their events as
 * tuples; then the edges without MENTIONED_IN. Deterministic: the same graph gives the same text.
 */

import { isEntityNode, type EntityNode, type NodeAttributes, type PolicyGraph } from "../model/attributes";
import { documentKey } from "../model/keys";
import type { StoredEntity, StoredEvent, StoredGraphAttributes, StoredValue } from "./stored";

const DOCUMENT_PREFIX = documentKey("");

interface Tables {
  documents: Map<string, number>;
  quotes: Map<string, number>;
}

const indexOf = (table: Map<string, number>, value: string): number => {
  let i = table.get(value);
  if (i === undefined) table.set(value, (i = table.size));
  return i;
};

/** Document ids (Document nodes first, in node order, then any other id an event cites) and quotes. */
function tables(graph: PolicyGraph): Tables {
  const documents = new Map<string, number>();
  const quotes = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (a.kind === "Document" && key.startsWith(DOCUMENT_PREFIX)) indexOf(documents, key.slice(DOCUMENT_PREFIX.length));
  });
  graph.forEachNode((_key, a) => {
    if (!isEntityNode(a)) return;
    for (const e of a.events) {
      indexOf(documents, e.document);
      indexOf(quotes, e.quote);
    }
  });
  return { documents, quotes };
}

function storedEntity(a: EntityNode, { documents, quotes }: Tables): StoredEntity {
  const events = a.events.map((e): StoredEvent => [e.year, e.modality, e.stage, documents.get(e.document)!, e.start, e.end, quotes.get(e.quote)!]);
  const values = a.values.map(({ said: _said, ...v }): StoredValue => v);
  return { kind: a.kind, label: a.label, aliases: a.aliases, definition: a.definition, events, values };
}

const storedNode = (a: NodeAttributes, t: Tables) => (isEntityNode(a) ? storedEntity(a, t) : a);

/** The snapshot text in pieces of about `chunkItems` nodes or edges each. */
export function* encodeSnapshot(graph: PolicyGraph, chunkItems = 500): Generator<string> {
  const t = tables(graph);
  const attributes: StoredGraphAttributes = { ...graph.getAttributes(), documents: [...t.documents.keys()], quotes: [...t.quotes.keys()] };
  const head = JSON.stringify({ options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes });
  yield `${head.slice(0, -1)},"nodes":[`;
  let batch: unknown[] = [];
  let first = true;
  const flush = function* (): Generator<string> {
    if (batch.length === 0) return;
    const text = JSON.stringify(batch);
    yield `${first ? "" : ","}${text.slice(1, -1)}`;
    first = false;
    batch = [];
  };
  for (const { node, attributes: a } of graph.nodeEntries()) {
    batch.push({ key: node, attributes: storedNode(a, t) });
    if (batch.length >= chunkItems) yield* flush();
  }
  yield* flush();
  yield '],"edges":[';
  first = true;
  for (const { source, target, attributes: a } of graph.edgeEntries()) {
    if (a.relation === "MENTIONED_IN") continue;
    batch.push({ source, target, attributes: a });
    if (batch.length >= chunkItems) yield* flush();
  }
  yield* flush();
  yield "]}\n";
}
