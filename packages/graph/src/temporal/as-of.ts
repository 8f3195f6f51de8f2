/**
 * graphAsOf: the graph as of a year. "cumulative" keeps every statement placed in that year or
 * before; "year" keeps the statements placed in that year only. An entity stays when a statement
 * or indicator value of it is kept (with only those, and its years and stage derived again); a
 * document stays when it makes a kept statement or value; a relation stays when both ends stay
 * and a kept document states it. Year nodes in the range stay. The input graph is not changed.
 */

import { VIEW_MODES, isEntityNode, isRelationEdge, type EntityNode, type PolicyGraph, type ViewMode } from "../model/attributes";
import { createGraph } from "../model/build";
import { countGraph } from "../model/counts";
import { deriveSummary } from "../model/events";
import { documentKey } from "../model/keys";
import { GraphError } from "../errors";
import { eventsIn, requireYear } from "./common";

export interface AsOfOptions {
  year: number;
  /** "cumulative" (default): statements placed up to `year`; "year": placed in `year` only */
  mode?: ViewMode;
}

interface Kept {
  node: EntityNode;
  /** statements kept per document id, when some were dropped (null: all kept) */
  perDocument: Map<string, number> | null;
}

export function graphAsOf(graph: PolicyGraph, options: AsOfOptions): PolicyGraph {
  const year = requireYear(options.year, "year");
  const mode = options.mode ?? "cumulative";
  if (!VIEW_MODES.includes(mode)) throw new GraphError("INVALID_OPTIONS", `mode must be one of ${VIEW_MODES.join(", ")}, got ${JSON.stringify(mode)}`);

  const entities = new Map<string, Kept>();
  /** ids (not keys) of the documents kept */
  const documents = new Set<string>();
  graph.forEachNode((id, node) => {
    if (!isEntityNode(node)) return;
    const events = eventsIn(node.events, year, mode);
    const values = eventsIn(node.values, year, mode);
    if (events.length === 0 && values.length === 0) return;
    for (const x of values) documents.add(x.document);
    for (const x of events) documents.add(x.document);
    if (events.length === node.events.length && values.length === node.values.length) {
      entities.set(id, { node: { ...node }, perDocument: null });
      return;
    }
    const perDocument = new Map<string, number>();
    for (const e of events) perDocument.set(e.document, (perDocument.get(e.document) ?? 0) + 1);
    entities.set(id, { node: { ...node, events, values, ...deriveSummary(events, values) }, perDocument });
  });
  const documentKeys = new Set([...documents].map(documentKey));

  const view = createGraph();
  graph.forEachNode((id, node) => {
    if (node.kind === "Year" ? (mode === "year" ? node.year === year : node.year <= year) : node.kind === "Document" && documentKeys.has(id)) view.addNode(id, { ...node });
    else if (entities.has(id)) view.addNode(id, entities.get(id)!.node);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (!view.hasNode(source) || !view.hasNode(target)) return;
    if (isRelationEdge(attributes)) {
      const evidence = attributes.evidence.filter((e) => documents.has(e.document));
      if (evidence.length > 0) view.addEdgeWithKey(key, source, target, { ...attributes, evidence });
    } else if (attributes.relation === "MENTIONED_IN") {
      const perDocument = entities.get(source)!.perDocument;
      const count = perDocument ? (perDocument.get(target.slice(documentKey("").length)) ?? 0) : attributes.count;
      if (count > 0) view.addEdgeWithKey(key, source, target, { relation: "MENTIONED_IN", count });
    } else {
      view.addEdgeWithKey(key, source, target, { ...attributes });
    }
  });
  view.replaceAttributes({ ...graph.getAttributes(), counts: countGraph(view), view: { year, mode } });
  return view;
}
