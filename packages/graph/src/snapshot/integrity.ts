/**
 * Checks a graph beyond its attribute schema: edges join the kinds their relation allows, the
 * documents that events, values and evidence cite exist (and `said` is the year they were
 * delivered), node keys match their attributes, derived attributes (years, stage), MENTIONED_IN
 * counts and the metadata counts agree with the contents. Returns the first problem found, or
 * null. integrityProblem runs on every snapshot save and pull; a loaded snapshot rebuilds what is
 * derived and checks its edges (oneEdgeProblem) and counts (countsProblem) as it decodes. Written to allocate little: document years
 * in one Map, edge keys compared in place, one pass over each entity's events and out-edges.
 */

import { isEntityNode, isEntityKind, type EdgeAttributes, type EdgeRelation, type EntityNode, type GraphCounts, type NodeKind, type PolicyGraph } from "../model/attributes";
import { countGraph } from "../model/counts";
import { deriveSummary } from "../model/events";
import { documentKey, edgeKey, isEdgeKey, yearKey } from "../model/keys";

const DOCUMENT_PREFIX = documentKey("");

/** The graph's documents (the keys of its Document nodes without the prefix) and the years they were delivered in. */
function documentYears(graph: PolicyGraph): Map<string, number | null> {
  const years = new Map<string, number | null>();
  graph.forEachNode((key, a) => {
    if (a.kind === "Document" && key.startsWith(DOCUMENT_PREFIX)) years.set(key.slice(DOCUMENT_PREFIX.length), a.year);
  });
  return years;
}

function uncited(items: readonly { document: string }[], documents: ReadonlyMap<string, unknown>): string | undefined {
  for (const e of items) if (!documents.has(e.document)) return e.document;
  return undefined;
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether an edge of `relation` may join a node of kind `s` to one of kind `t`. */
export function joins(relation: EdgeRelation, s: NodeKind, t: NodeKind): boolean {
  if (relation === "MENTIONED_IN") return isEntityKind(s) && t === "Document";
  if (relation === "DELIVERED_IN" || relation === "REVIEWS" || relation === "PLANS") return s === "Document" && t === "Year";
  return isEntityKind(s) && isEntityKind(t);
}

/** The problem of one edge (kinds it joins, the documents its evidence cites), or null. */
export function oneEdgeProblem(key: string, a: EdgeAttributes, s: NodeKind, t: NodeKind, documents: ReadonlyMap<string, unknown>): string | null {
  if (!joins(a.relation, s, t)) return `edge ${key}: a ${a.relation} edge cannot join a ${s} to a ${t}`;
  const missing = "evidence" in a ? uncited(a.evidence, documents) : undefined;
  return missing === undefined ? null : `edge ${key}: evidence cites unknown document ${missing}`;
}

/** Edge kinds, keys and the documents their evidence cites. */
function edgeProblem(graph: PolicyGraph, documents: ReadonlyMap<string, unknown>): string | null {
  let problem: string | null = null;
  graph.someEdge((key, a, source, target, s, t) => {
    problem = isEdgeKey(key, a.relation, source, target)
      ? oneEdgeProblem(key, a, s.kind, t.kind, documents)
      : `edge ${key}: key does not match its relation and ends (expected ${edgeKey(a.relation, source, target)})`;
    return problem !== null;
  });
  return problem;
}

/** Maps reused from entity to entity (cleared each time): statements per document, MENTIONED_IN count per document. */
interface Scratch {
  statements: Map<string, number>;
  mentioned: Map<string, number>;
}

/** One MENTIONED_IN edge per document the entity's events cite, counting them. */
function mentionProblem(graph: PolicyGraph, key: string, a: EntityNode, { statements, mentioned }: Scratch): string | null {
  statements.clear();
  mentioned.clear();
  for (const e of a.events) statements.set(e.document, (statements.get(e.document) ?? 0) + 1);
  let edges = 0;
  graph.forEachOutEdge(key, (_edge, attributes, _source, target) => {
    if (attributes.relation !== "MENTIONED_IN") return;
    edges++;
    if (target.startsWith(DOCUMENT_PREFIX) && "count" in attributes) mentioned.set(target.slice(DOCUMENT_PREFIX.length), attributes.count);
  });
  for (const [document, n] of statements) {
    const count = mentioned.get(document);
    if (count !== n) return `node ${key}: ${n} statements in ${document} but ${count === undefined ? "no MENTIONED_IN edge" : `a MENTIONED_IN count of ${count}`}`;
  }
  return edges === statements.size ? null : `node ${key}: ${edges} MENTIONED_IN edges for statements in ${statements.size} documents`;
}

/** The first event or value whose `said` is not the year its document was delivered in. */
function misdated(items: readonly { document: string; said: number | null }[], documents: ReadonlyMap<string, number | null>): string | undefined {
  for (const e of items) if (documents.get(e.document) !== e.said) return e.document;
  return undefined;
}

function entityProblem(graph: PolicyGraph, key: string, a: EntityNode, documents: ReadonlyMap<string, number | null>, scratch: Scratch): string | null {
  const cited = uncited(a.events, documents) ?? uncited(a.values, documents);
  if (cited !== undefined) return `node ${key}: cites unknown document ${cited}`;
  const misdatedIn = misdated(a.events, documents) ?? misdated(a.values, documents);
  if (misdatedIn !== undefined) return `node ${key}: a statement in ${misdatedIn} is said in another year than the document was delivered in`;
  const derived = deriveSummary(a.events, a.values);
  if (derived.stage !== a.stage || !sameNumbers(derived.years, a.years)) return `node ${key}: years/stage do not match its events`;
  return mentionProblem(graph, key, a, scratch);
}

function nodeProblem(graph: PolicyGraph, documents: ReadonlyMap<string, number | null>): string | null {
  let problem: string | null = null;
  const scratch: Scratch = { statements: new Map(), mentioned: new Map() };
  graph.someNode((key, a) => {
    if (a.kind === "Year") {
      if (key !== yearKey(a.year)) problem = `node ${key}: a Year node's key must be ${yearKey(a.year)}`;
    } else if (a.kind === "Document") {
      if (!key.startsWith(DOCUMENT_PREFIX)) problem = `node ${key}: a Document node's key must start with ${DOCUMENT_PREFIX}`;
    } else if (isEntityNode(a)) {
      problem = entityProblem(graph, key, a, documents, scratch);
    }
    return problem !== null;
  });
  return problem;
}

export function integrityProblem(graph: PolicyGraph): string | null {
  const documents = documentYears(graph);
  return nodeProblem(graph, documents) ?? edgeProblem(graph, documents) ?? countsProblem(graph.getAttribute("counts"), countGraph(graph));
}

/** The metadata counts against the counts of the graph's contents. */
export function countsProblem(stated: GraphCounts, actual: GraphCounts): string | null {
  for (const group of ["nodes", "edges", "events", "values"] as const) {
    for (const [name, n] of Object.entries(actual[group])) {
      const said = (stated[group] as Record<string, number>)[name];
      if (said !== n) return `metadata counts ${n} ${group === "nodes" || group === "edges" ? name : `${name} ${group}`} but says ${said}`;
    }
  }
  return null;
}
