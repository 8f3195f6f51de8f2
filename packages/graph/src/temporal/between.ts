/**
 * graphBetween: the graph of the statements placed in a range of years, `from` to `to`, both
 * included (graphAsOf gives "up to a year" and "in one year"). An entity stays when a statement
 * or indicator value of it is placed in the range, with only those (years and stage derived
 * again); a document stays when it makes a kept statement or value; a relation stays when both
 * ends stay and a kept document states it; MENTIONED_IN counts the kept statements; Year nodes in
 * the range stay. Undated statements are dropped. The input graph is not changed.
 */

import { isEntityNode, isRelationEdge, type GraphEvent, type PolicyGraph } from "../model/attributes";
import { countGraph } from "../model/counts";
import { deriveSummary, eventYear } from "../model/events";
import { documentKey } from "../model/keys";
import { GraphError } from "../errors";
import { requireYear } from "./common";

export interface BetweenOptions {
  /** first year, included */
  from: number;
  /** last year, included */
  to: number;
}

const documentOf = (key: string): string => key.slice(documentKey("").length);

export function graphBetween(graph: PolicyGraph, options: BetweenOptions): PolicyGraph {
  const from = requireYear(options.from, "from");
  const to = requireYear(options.to, "to");
  if (from > to) throw new GraphError("INVALID_OPTIONS", `from (${from}) must not be a later year than to (${to})`);
  const inRange = (x: Pick<GraphEvent, "year" | "said">): boolean => {
    const y = eventYear(x);
    return y !== null && y >= from && y <= to;
  };

  const view = graph.copy();
  const dropped: string[] = [];
  /** statements kept per entity and document id; documents cited by a kept statement or value */
  const perDocument = new Map<string, Map<string, number>>();
  const cited = new Set<string>();
  view.forEachNode((key, a) => {
    if (a.kind === "Year") {
      if (a.year < from || a.year > to) dropped.push(key);
      return;
    }
    if (!isEntityNode(a)) return;
    const events = a.events.filter(inRange);
    const values = a.values.filter(inRange);
    if (events.length === 0 && values.length === 0) {
      dropped.push(key);
      return;
    }
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.document, (counts.get(e.document) ?? 0) + 1);
    perDocument.set(key, counts);
    for (const x of [...events, ...values]) cited.add(x.document);
    if (events.length < a.events.length || values.length < a.values.length) view.replaceNodeAttributes(key, { ...a, events, values, ...deriveSummary(events, values) });
  });
  view.forEachNode((key, a) => {
    if (a.kind === "Document" && !cited.has(documentOf(key))) dropped.push(key);
  });
  for (const key of dropped) view.dropNode(key);

  const droppedEdges: string[] = [];
  view.forEachEdge((key, a, source, target) => {
    if (isRelationEdge(a)) {
      const evidence = a.evidence.filter((e) => cited.has(e.document));
      if (evidence.length === 0) droppedEdges.push(key);
      else if (evidence.length < a.evidence.length) view.replaceEdgeAttributes(key, { ...a, evidence });
    } else if (a.relation === "MENTIONED_IN") {
      const count = perDocument.get(source)?.get(documentOf(target)) ?? 0;
      if (count === 0) droppedEdges.push(key);
      else if (count !== a.count) view.replaceEdgeAttributes(key, { relation: "MENTIONED_IN", count });
    }
  });
  for (const key of droppedEdges) view.dropEdge(key);

  const { view: _asOf, ...attributes } = graph.getAttributes();
  view.replaceAttributes({ ...attributes, counts: countGraph(view) });
  return view;
}
