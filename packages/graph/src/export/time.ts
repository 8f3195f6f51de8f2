/**
 * When each node and edge is present, in years, for the exports (GEXF spells, a `years` column
 * elsewhere). An entity: the years its statements and values are placed in. A document: the
 * years it is delivered in, reviews and plans for, and those of the statements it makes. A year
 * node: its year. MENTIONED_IN: the years of the statements it counts. Document → year: that
 * year. A relation: for each span of evidence, the year of the statement or value of either end
 * that the span overlaps, else the year the document was delivered. All within the export's
 * window. Also the runs of consecutive years (spells) and the stage an entity has reached in each.
 */

import { stageRank, type Stage } from "@policy-kg/extractor";
import { isEntityNode, isRelationEdge, type EntityNode, type GraphEvent, type IndicatorPoint, type PolicyGraph, type RelationEdge } from "../model/attributes";
import { eventYear, isReported } from "../model/events";
import { documentKey } from "../model/keys";

export interface Window {
  from: number | null;
  to: number | null;
}

/** A run of consecutive years, both included. */
export interface Spell {
  from: number;
  to: number;
}

export interface Timeline {
  nodeYears(key: string): number[];
  edgeYears(key: string): number[];
}

/** Distinct years within the window, ascending. */
function clip(years: Iterable<number | null>, window: Window): number[] {
  const kept = new Set<number>();
  for (const y of years) if (y !== null && (window.from === null || y >= window.from) && (window.to === null || y <= window.to)) kept.add(y);
  return [...kept].sort((a, b) => a - b);
}

/** Years of the statements and values each document (by id) makes in this graph. */
function statementYears(graph: PolicyGraph): Map<string, number[]> {
  const years = new Map<string, number[]>();
  graph.forEachNode((_key, a) => {
    if (!isEntityNode(a)) return;
    for (const x of [...a.events, ...a.values]) {
      const y = eventYear(x);
      if (y === null) continue;
      if (!years.has(x.document)) years.set(x.document, []);
      years.get(x.document)!.push(y);
    }
  });
  return years;
}

/** The statements and values of the relation's entity ends made in one document. */
function statementsIn(ends: readonly EntityNode[], document: string): (GraphEvent | IndicatorPoint)[] {
  const found: (GraphEvent | IndicatorPoint)[] = [];
  for (const a of ends) {
    for (const x of a.events) if (x.document === document) found.push(x);
    for (const x of a.values) if (x.document === document) found.push(x);
  }
  return found;
}

function relationYears(graph: PolicyGraph, source: string, target: string, edge: RelationEdge): (number | null)[] {
  const ends = [graph.getNodeAttributes(source), graph.getNodeAttributes(target)].filter(isEntityNode);
  return edge.evidence.map((ev) => {
    const inDocument = statementsIn(ends, ev.document);
    const overlapping = inDocument.find((x) => x.start < ev.end && ev.start < x.end && eventYear(x) !== null);
    if (overlapping) return eventYear(overlapping);
    const said = inDocument.find((x) => x.said !== null)?.said;
    if (said !== undefined) return said;
    const doc = documentKey(ev.document);
    const a = graph.hasNode(doc) ? graph.getNodeAttributes(doc) : null;
    return a?.kind === "Document" ? a.year : null;
  });
}

export function timeline(graph: PolicyGraph, window: Window): Timeline {
  const byDocument = statementYears(graph);
  const nodeYears = (key: string): number[] => {
    const a = graph.getNodeAttributes(key);
    if (a.kind === "Year") return clip([a.year], window);
    if (a.kind === "Document") return clip([a.year, ...a.yearsReviewed, a.yearPlanned, ...(byDocument.get(key.slice(documentKey("").length)) ?? [])], window);
    return clip(a.years, window);
  };
  const edgeYears = (key: string): number[] => {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    if (isRelationEdge(a)) return clip(relationYears(graph, source, target, a), window);
    const to = graph.getNodeAttributes(target);
    if (to.kind === "Year") return clip([to.year], window);
    const from = graph.getNodeAttributes(source) as EntityNode;
    const document = target.slice(documentKey("").length);
    return clip(from.events.filter((e) => e.document === document).map(eventYear), window);
  };
  return { nodeYears, edgeYears };
}

/** Runs of consecutive years: [2019, 2020, 2022] → 2019–2020, 2022–2022. */
export function spells(years: readonly number[]): Spell[] {
  const runs: Spell[] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last.to + 1) last.to = y;
    else runs.push({ from: y, to: y });
  }
  return runs;
}

/**
 * The furthest stage an entity has reported by the end of each of `years` (ascending), as runs of
 * consecutive years with the same stage. One pass: events are sorted by the year they are placed in.
 */
export function stageRuns(node: EntityNode, years: readonly number[]): (Spell & { stage: Stage })[] {
  const runs: (Spell & { stage: Stage })[] = [];
  let next = 0;
  let reached: Stage = "mentioned";
  for (const y of years) {
    for (; next < node.events.length && (eventYear(node.events[next]!) ?? Infinity) <= y; next++) {
      const e = node.events[next]!;
      if (isReported(e) && stageRank(e.stage) > stageRank(reached)) reached = e.stage;
    }
    const last = runs[runs.length - 1];
    if (last && y === last.to + 1 && reached === last.stage) last.to = y;
    else runs.push({ from: y, to: y, stage: reached });
  }
  return runs;
}
