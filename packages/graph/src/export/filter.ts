/**
 * filterGraph: the view of the graph an export is made of. Time first (as of a year with
 * graphAsOf, or a range of years with graphBetween), then place (--district: a Place and what is
 * located in it), then node kinds (--type). Browser-safe, so the explorer can export the view it
 * shows. Bad filters are INVALID_OPTIONS (checkFilters finds them without a graph), an unknown
 * place ENTITY_NOT_FOUND.
 */

import { NODE_KINDS, VIEW_MODES, isEntityNode, type NodeKind, type PolicyGraph, type ViewMode } from "../model/attributes";
import { countGraph } from "../model/counts";
import { documentKey } from "../model/keys";
import { GraphError } from "../errors";
import { graphAsOf } from "../temporal/as-of";
import { graphBetween } from "../temporal/between";
import { findEntityNode } from "../temporal/common";
import { INSIDE_PLACE, inwardClosure } from "../model/closure";

export interface ExportFilters {
  /** as of this year (graphAsOf) */
  year?: number;
  /** with `year`: "cumulative" (default, statements up to the year) or "year" (that year only) */
  mode?: ViewMode;
  /** statements placed from this year (graphBetween); not with `year` */
  from?: number;
  /** statements placed up to this year, included (graphBetween); not with `year` */
  to?: number;
  /** keep only nodes of these kinds (entity types, Document, Year) */
  types?: NodeKind[];
  /** keep only this Place (id, name or alias) and what is located in it */
  district?: string;
}

/** Relations along which an entity lies inside another: located in a place, a phase of a project. */

const invalid = (message: string) => new GraphError("INVALID_OPTIONS", message);

/** Check filters without a graph (the place of a district is checked when filtering): INVALID_OPTIONS. */
export function checkFilters(filters: ExportFilters): void {
  const range = filters.from !== undefined || filters.to !== undefined;
  if (filters.year !== undefined && range) throw invalid("give either a year (with a mode) or a range of years (from, to), not both");
  if (filters.mode !== undefined && filters.year === undefined) throw invalid("mode applies to a year: give the year too");
  if (filters.mode !== undefined && !VIEW_MODES.includes(filters.mode)) throw invalid(`mode must be one of ${VIEW_MODES.join(", ")}, got ${JSON.stringify(filters.mode)}`);
  for (const t of filters.types ?? []) {
    if (!NODE_KINDS.includes(t)) throw invalid(`unknown type ${JSON.stringify(t)}; types are ${NODE_KINDS.join(", ")}`);
  }
  if (filters.types !== undefined && filters.types.length === 0) throw invalid(`give at least one type: ${NODE_KINDS.join(", ")}`);
  if (filters.district !== undefined && filters.district.trim() === "") throw invalid("district is empty");
}

/** The graph at the filters' time: as of a year, between two years, or the whole graph. */
function inTime(graph: PolicyGraph, filters: ExportFilters): PolicyGraph {
  if (filters.year !== undefined) return graphAsOf(graph, { year: filters.year, ...(filters.mode ? { mode: filters.mode } : {}) });
  if (filters.from !== undefined || filters.to !== undefined) return graphBetween(graph, { from: filters.from ?? 1900, to: filters.to ?? 2100 });
  return graph;
}

/**
 * Nodes of the district: its entities (as placed in the whole graph, so that a place stated in a
 * later year still counts), the documents that make their statements and values, and the years
 * those documents are linked to.
 */
function districtNodes(graph: PolicyGraph, view: PolicyGraph, district: string): Set<string> {
  // the Place and every entity with a chain of LOCATED_IN / PHASE_OF edges to it, in the whole graph
  const inside = inwardClosure(graph, findEntityNode(graph, district, "Place").id, INSIDE_PLACE);
  const keep = new Set<string>();
  view.forEachNode((key, a) => {
    if (!isEntityNode(a) || !inside.has(key)) return;
    keep.add(key);
    for (const x of [...a.events, ...a.values]) keep.add(documentKey(x.document));
  });
  view.forEachNode((key, a) => {
    if (a.kind === "Year" && view.someInNeighbor(key, (n) => keep.has(n))) keep.add(key);
  });
  return keep;
}

/** The nodes for which `keep` holds and the edges between them, counts recomputed. */
function restrict(view: PolicyGraph, keep: (key: string, kind: NodeKind) => boolean): PolicyGraph {
  const out = view.copy();
  for (const key of out.filterNodes((k, a) => !keep(k, a.kind))) out.dropNode(key);
  out.setAttribute("counts", countGraph(out));
  return out;
}

export function filterGraph(graph: PolicyGraph, filters: ExportFilters = {}): PolicyGraph {
  checkFilters(filters);
  const view = inTime(graph, filters);
  const district = filters.district !== undefined ? districtNodes(graph, view, filters.district) : null;
  const types = filters.types ? new Set<string>(filters.types) : null;
  if (!district && !types) return view;
  return restrict(view, (key, kind) => (!district || district.has(key)) && (!types || types.has(kind)));
}
