/**
 * Checks a graph beyond its attribute schema: edges join the kinds their relation allows, the
 * documents that events, values and evidence cite exist, node keys match their attributes,
 * derived attributes (years, stage), MENTIONED_IN counts and the metadata counts agree with the
 * contents. Returns the
 * first problem found, or null.
 */

import { isEntityNode, isEntityKind, type EntityNode, type PolicyGraph } from "../model/attributes";
import { countGraph } from "../model/counts";
import { deriveSummary } from "../model/events";
import { documentKey, edgeKey, yearKey } from "../model/keys";

function edgeProblem(graph: PolicyGraph): string | null {
  let problem: string | null = null;
  graph.someEdge((key, a, source, target, s, t) => {
    const ok =
      a.relation === "MENTIONED_IN"
        ? isEntityKind(s.kind) && t.kind === "Document"
        : a.relation === "DELIVERED_IN" || a.relation === "REVIEWS" || a.relation === "PLANS"
          ? s.kind === "Document" && t.kind === "Year"
          : isEntityKind(s.kind) && isEntityKind(t.kind);
    if (!ok) problem = `edge ${key}: a ${a.relation} edge cannot join a ${s.kind} to a ${t.kind}`;
    else if (key !== edgeKey(a.relation, source, target)) problem = `edge ${key}: key does not match its relation and ends (expected ${edgeKey(a.relation, source, target)})`;
    else if ("evidence" in a) {
      const missing = a.evidence.find((e) => !graph.hasNode(documentKey(e.document)));
      if (missing) problem = `edge ${key}: evidence cites unknown document ${missing.document}`;
    }
    return problem !== null;
  });
  return problem;
}

/** One MENTIONED_IN edge per document the entity's events cite, counting them. */
function mentionProblem(graph: PolicyGraph, key: string, a: EntityNode): string | null {
  const perDocument = new Map<string, number>();
  for (const e of a.events) perDocument.set(e.document, (perDocument.get(e.document) ?? 0) + 1);
  for (const [document, n] of perDocument) {
    const edge = edgeKey("MENTIONED_IN", key, documentKey(document));
    const attributes = graph.hasEdge(edge) ? graph.getEdgeAttributes(edge) : undefined;
    const count = attributes && "count" in attributes ? attributes.count : undefined;
    if (count !== n) return `node ${key}: ${n} statements in ${document} but ${count === undefined ? "no MENTIONED_IN edge" : `a MENTIONED_IN count of ${count}`}`;
  }
  const edges = graph.filterOutEdges(key, (_e, attributes) => attributes.relation === "MENTIONED_IN").length;
  return edges === perDocument.size ? null : `node ${key}: ${edges} MENTIONED_IN edges for statements in ${perDocument.size} documents`;
}

function nodeProblem(graph: PolicyGraph): string | null {
  let problem: string | null = null;
  graph.someNode((key, a) => {
    if (a.kind === "Year") {
      if (key !== yearKey(a.year)) problem = `node ${key}: a Year node's key must be ${yearKey(a.year)}`;
    } else if (a.kind === "Document") {
      if (!key.startsWith(documentKey(""))) problem = `node ${key}: a Document node's key must start with ${documentKey("")}`;
    } else if (isEntityNode(a)) {
      const cited = [...a.events, ...a.values].find((e) => !graph.hasNode(documentKey(e.document)));
      const derived = deriveSummary(a.events, a.values);
      if (cited) problem = `node ${key}: cites unknown document ${cited.document}`;
      else if (derived.stage !== a.stage || derived.years.join() !== a.years.join()) problem = `node ${key}: years/stage do not match its events`;
      else problem = mentionProblem(graph, key, a);
    }
    return problem !== null;
  });
  return problem;
}

export function integrityProblem(graph: PolicyGraph): string | null {
  const problem = nodeProblem(graph) ?? edgeProblem(graph);
  if (problem) return problem;
  const stated = graph.getAttribute("counts");
  const actual = countGraph(graph);
  for (const group of ["nodes", "edges", "events", "values"] as const) {
    for (const [name, n] of Object.entries(actual[group])) {
      const said = (stated[group] as Record<string, number>)[name];
      if (said !== n) return `metadata counts ${n} ${group === "nodes" || group === "edges" ? name : `${name} ${group}`} but says ${said}`;
    }
  }
  return null;
}
