/**
 * The graph in time, precomputed once per snapshot so that moving the year slider only swaps
 * sets: for every entity, document and edge the years it is present in, and the first year from
 * which it is present "up to" a year; statements per year for the histogram; each entity's stage
 * per year. The rules are those of graphAsOf and stageInYear in @policy-kg/graph (the tests check
 * that both agree on every year and mode): an entity is present in a year when a statement or
 * indicator value of it is placed there; a document when a statement or value it makes is; a
 * MENTIONED_IN edge when a statement of the entity in that document is; a relation when both ends
 * are and a document stating it is.
 */

import { STAGES, stageRank, type Stage } from "@policy-kg/extractor";
import { documentKey, eventYear, isEntityNode, isRelationEdge, isReported, type PolicyGraph, type ViewMode } from "@policy-kg/graph";

export interface Presence {
  /** first year from which it is present in "up to that year" views; null: never */
  first: number | null;
  /** years it is present in "that year" views */
  years: ReadonlySet<number>;
}

/** Per year: is there a statement, and the furthest reported stage rank (-1: none reported). */
interface StageStep {
  year: number;
  reported: number;
}

export interface Timeline {
  /** every year of the snapshot (its Year nodes), ascending */
  years: number[];
  /** statements (events and indicator values) placed in each year */
  statements: Map<number, number>;
  nodes: Map<string, Presence>;
  edges: Map<string, Presence>;
  /** entity key → per-year stage steps, ascending by year */
  stages: Map<string, StageStep[]>;
  /** keys present in each year ("year" mode), and keys by first year ascending ("cumulative" mode) */
  index: { nodes: PresenceIndex; edges: PresenceIndex };
}

interface PresenceIndex {
  byYear: Map<number, string[]>;
  /** keys by the first year they are present from, and those years ascending */
  byFirst: Map<number, string[]>;
  firsts: number[];
}

export interface View {
  year: number;
  mode: ViewMode;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Presence over a set of years (the set is kept, not copied). */
const presence = (years: Set<number>): Presence => {
  let first: number | null = null;
  for (const y of years) if (first === null || y < first) first = y;
  return { first, years };
};

const add = <K>(map: Map<K, Set<number>>, key: K, year: number) => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(year);
};

/**
 * One pass over the entities: years of each entity, of each document (through the statements it
 * makes) and of each MENTIONED_IN edge (entity → document → years, grouped per entity, so no key is
 * built per statement); statements per year; stage steps.
 */
function scanEntities(graph: PolicyGraph) {
  const years: number[] = [];
  const statements = new Map<number, number>();
  const nodeYears = new Map<string, Set<number>>();
  const mentionYears = new Map<string, Map<string, Set<number>>>();
  const stages = new Map<string, StageStep[]>();
  const documentKeys = new Map<string, string>();
  const keyOf = (id: string): string => {
    let key = documentKeys.get(id);
    if (key === undefined) documentKeys.set(id, (key = documentKey(id)));
    return key;
  };
  const count = (y: number) => statements.set(y, (statements.get(y) ?? 0) + 1);
  graph.forEachNode((key, node) => {
    if (node.kind === "Year") years.push(node.year);
    if (!isEntityNode(node)) return;
    const own = new Set<number>();
    nodeYears.set(key, own);
    const perDocument = new Map<string, Set<number>>();
    const steps = new Map<number, number>();
    for (const e of node.events) {
      const y = eventYear(e);
      if (y === null) continue;
      own.add(y);
      add(perDocument, e.document, y);
      count(y);
      steps.set(y, Math.max(steps.get(y) ?? -1, isReported(e) ? stageRank(e.stage) : -1));
    }
    const mentions = new Map<string, Set<number>>();
    for (const [id, ys] of perDocument) {
      const document = keyOf(id);
      mentions.set(document, ys);
      for (const y of ys) add(nodeYears, document, y);
    }
    mentionYears.set(key, mentions);
    for (const v of node.values) {
      const y = eventYear(v);
      if (y === null) continue;
      own.add(y);
      add(nodeYears, keyOf(v.document), y);
      count(y);
    }
    stages.set(key, [...steps].sort(([a], [b]) => a - b).map(([year, reported]) => ({ year, reported })));
  });
  return { years, statements, nodeYears, mentionYears, stages };
}

export function buildTimeline(graph: PolicyGraph): Timeline {
  const { years, statements, nodeYears, mentionYears, stages } = scanEntities(graph);
  const nodes = new Map<string, Presence>();
  graph.forEachNode((key, node) => {
    if (node.kind !== "Year") nodes.set(key, presence(nodeYears.get(key) ?? new Set()));
  });
  const edges = new Map<string, Presence>();
  graph.forEachEdge((key, a, source, target) => {
    if (a.relation === "MENTIONED_IN") {
      edges.set(key, presence(mentionYears.get(source)?.get(target) ?? new Set()));
    } else if (isRelationEdge(a)) {
      const [s, t] = [nodes.get(source)!, nodes.get(target)!];
      const stated = [...new Set(a.evidence.map((e) => documentKey(e.document)))].map((d) => nodes.get(d)).filter((p): p is Presence => p !== undefined);
      const both = [...s.years].filter((y) => t.years.has(y) && stated.some((d) => d.years.has(y)));
      const firsts = stated.map((d) => d.first).filter((y): y is number => y !== null);
      const first = s.first === null || t.first === null || firsts.length === 0 ? null : Math.max(s.first, t.first, Math.min(...firsts));
      edges.set(key, { first, years: new Set(both) });
    }
  });
  return { years: years.sort((a, b) => a - b), statements, nodes, edges, stages, index: { nodes: indexOf(nodes), edges: indexOf(edges) } };
}

function indexOf(presence: Map<string, Presence>): PresenceIndex {
  const byYear = new Map<number, string[]>();
  const byFirst = new Map<number, string[]>();
  for (const [key, p] of presence) {
    if (p.first !== null) push(byFirst, p.first, key);
    for (const y of p.years) push(byYear, y, key);
  }
  return { byYear, byFirst, firsts: [...byFirst.keys()].sort((a, b) => a - b) };
}

function push(map: Map<number, string[]>, year: number, key: string): void {
  const list = map.get(year);
  if (list) list.push(key);
  else map.set(year, [key]);
}

function keysAt(index: PresenceIndex, year: number, mode: ViewMode): Set<string> {
  if (mode === "year") return new Set(index.byYear.get(year) ?? []);
  const out = new Set<string>();
  for (const first of index.firsts) {
    if (first > year) break;
    for (const key of index.byFirst.get(first)!) out.add(key);
  }
  return out;
}

/** The nodes and edges present in `year` ("year") or up to it ("cumulative"): a few milliseconds from the index. */
export function viewAt(timeline: Timeline, year: number, mode: ViewMode): View {
  return { year, mode, nodes: keysAt(timeline.index.nodes, year, mode), edges: keysAt(timeline.index.edges, year, mode) };
}

/** Views computed on first use; the last `size` are kept (default 16). */
export function viewCache(timeline: Timeline, size = 16): (year: number, mode: ViewMode) => View {
  const cache = new Map<string, View>();
  return (year, mode) => {
    const key = `${mode}:${year}`;
    let view = cache.get(key);
    if (view) cache.delete(key);
    else view = viewAt(timeline, year, mode);
    cache.set(key, view);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return view;
  };
}

/**
 * Stage of an entity in a year, as stageInYear gives it: the furthest stage reported by its
 * statements placed in the year ("year") or up to it ("cumulative"); "mentioned" when they report
 * none; null when there are none (or the key is not an entity).
 */
export function stageAt(timeline: Timeline, key: string, year: number, mode: ViewMode): Stage | null {
  const steps = timeline.stages.get(key);
  if (!steps) return null;
  let found = false;
  let best = -1;
  for (const s of steps) {
    if (mode === "year" ? s.year !== year : s.year > year) continue;
    found = true;
    best = Math.max(best, s.reported);
  }
  return found ? STAGES[Math.max(0, best)]! : null;
}

/** The year closest to `wanted` among the timeline's years (the last year when none is wanted). */
export function nearestYear(timeline: Timeline, wanted: number | null): number | null {
  const { years } = timeline;
  if (years.length === 0) return null;
  if (wanted === null) return years[years.length - 1]!;
  return years.reduce((best, y) => (Math.abs(y - wanted) < Math.abs(best - wanted) ? y : best), years[0]!);
}
