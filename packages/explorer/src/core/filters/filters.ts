/**
 * Filters of the explorer view, as pure functions over the display graph: node kind, place
 * (a Place and everything with a chain of LOCATED_IN / PHASE_OF edges to it, the rule of
 * filterGraph's --district), strategy part (the part, its sub-parts and what hangs under them:
 * chains of PART_OF / UNDER_STRATEGY / LOCATED_IN / PHASE_OF edges into it), stage in the chosen
 * year, modality of a statement placed in the shown years, and document (the entities it mentions
 * in the shown years). Filters narrow a set of keys; the graph is never changed.
 *
 * Documents: the kind filter applies to them as to entities; the document filter keeps that one
 * document; with a place, strategy, stage or modality filter a document stays when a shown
 * MENTIONED_IN edge links it to an entity that passes every filter.
 */

import type { Modality, Stage } from "@policy-kg/extractor";
import type { DisplayKind } from "../appearance/palette";
import type { DisplayGraph } from "../graph/display";
import { INSIDE_PLACE, inwardClosure } from "@policy-kg/graph";

export interface Filters {
  /** node kinds shown; null: all */
  types: readonly DisplayKind[] | null;
  /** key of a Place node */
  place: string | null;
  /** key of a Strategy node (a strategy or one of its parts) */
  strategy: string | null;
  /** key of a Document node */
  document: string | null;
  /** stages in the chosen year; null: any */
  stages: readonly Stage[] | null;
  /** modalities of a statement placed in the shown years; null: any */
  modalities: readonly Modality[] | null;
}

export const NO_FILTERS: Filters = { types: null, place: null, strategy: null, document: null, stages: null, modalities: null };

/** What the filters need to know about time: the entity's stage and its statements' modalities in the shown years. */
export interface FilterContext {
  stage(key: string): Stage | null;
  modalities(key: string): ReadonlySet<Modality>;
}

export interface KeySets {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Containment chains come from the graph package (the exports' --district uses the same ones). */
export { INSIDE_PLACE, inwardClosure };
/** Relations along which something hangs under a strategy part. */
export const UNDER_PART: readonly string[] = ["PART_OF", "UNDER_STRATEGY", "LOCATED_IN", "PHASE_OF"];

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((v) => v !== null);
}

const closures = new WeakMap<DisplayGraph, Map<string, Set<string>>>();

/** inwardClosure, kept per display graph (the graph never changes). */
function membersOf(display: DisplayGraph, root: string, relations: readonly string[]): Set<string> {
  let cache = closures.get(display);
  if (!cache) closures.set(display, (cache = new Map()));
  const id = `${relations.join(",")}\u0000${root}`;
  let set = cache.get(id);
  if (!set) cache.set(id, (set = inwardClosure(display, root, relations)));
  return set;
}

export const placeMembers = (display: DisplayGraph, place: string) => membersOf(display, place, INSIDE_PLACE);
export const strategyMembers = (display: DisplayGraph, part: string) => membersOf(display, part, UNDER_PART);

/** Entities with a shown MENTIONED_IN edge to the document. */
function mentionedIn(display: DisplayGraph, document: string, shownEdges: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!display.hasNode(document)) return out;
  display.forEachInEdge(document, (key, a, source) => {
    if (a.relation === "MENTIONED_IN" && shownEdges.has(key)) out.add(source);
  });
  return out;
}

/** The nodes of `base` that pass the filters, and the edges of `base` between them. */
export function applyFilters(display: DisplayGraph, base: KeySets, filters: Filters, context: FilterContext): KeySets {
  if (!isFiltering(filters)) return base;
  const types = filters.types ? new Set<string>(filters.types) : null;
  const place = filters.place !== null ? placeMembers(display, filters.place) : null;
  const strategy = filters.strategy !== null ? strategyMembers(display, filters.strategy) : null;
  const inDocument = filters.document !== null ? mentionedIn(display, filters.document, base.edges) : null;
  const stages = filters.stages ? new Set(filters.stages) : null;
  const modalities = filters.modalities;
  const entityFiltered = place !== null || strategy !== null || stages !== null || modalities !== null;

  const entityPasses = (key: string, kind: string): boolean => {
    if (types && !types.has(kind)) return false;
    if (place && !place.has(key)) return false;
    if (strategy && !strategy.has(key)) return false;
    if (inDocument && !inDocument.has(key)) return false;
    if (stages) {
      const s = context.stage(key);
      if (s === null || !stages.has(s)) return false;
    }
    if (modalities) {
      const shown = context.modalities(key);
      if (!modalities.some((m) => shown.has(m))) return false;
    }
    return true;
  };

  const nodes = new Set<string>();
  const documents: string[] = [];
  for (const key of base.nodes) {
    if (!display.hasNode(key)) continue;
    const kind = display.getNodeAttribute(key, "kind");
    if (kind === "Document") documents.push(key);
    else if (entityPasses(key, kind)) nodes.add(key);
  }
  for (const key of documents) {
    if (types && !types.has("Document")) continue;
    if (filters.document !== null && key !== filters.document) continue;
    if (entityFiltered && !display.someInEdge(key, (edge, _a, source) => base.edges.has(edge) && nodes.has(source))) continue;
    nodes.add(key);
  }
  return { nodes, edges: edgesBetween(display, base.edges, nodes) };
}

/** The edges of `edges` whose two ends are in `nodes`. */
export function edgesBetween(display: DisplayGraph, edges: ReadonlySet<string>, nodes: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of edges) {
    if (!display.hasEdge(key)) continue;
    if (nodes.has(display.source(key)) && nodes.has(display.target(key))) out.add(key);
  }
  return out;
}
