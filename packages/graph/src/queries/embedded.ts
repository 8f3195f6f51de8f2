/**
 * The query catalogue on the embedded graph (a graphology graph in memory, e.g. a loaded
 * snapshot), through the temporal API. Browser-safe. The Neo4j backend (src/neo4j/queries.ts)
 * answers the same queries with Cypher; the shared test suite holds them to the same answers.
 */

import { stageRank, type Stage } from "@policy-kg/extractor";
import { isEntityNode, isRelationEdge, type EntityNode, type GraphEvent, type PolicyGraph } from "../model/attributes";
import { eventYear, isReported } from "../model/events";
import { documentKey } from "../model/keys";
import { GraphError } from "../errors";
import { diffYears } from "../temporal/diff";
import { graphAsOf } from "../temporal/as-of";
import { lineage } from "../temporal/lineage";
import { eventsIn, findEntityNode, reportedStage } from "../temporal/common";
import {
  checkQueryParams,
  type DistrictYear,
  type EntitySummary,
  type QueryName,
  type QueryParams,
  type QueryResults,
  type Stalled,
  type StalledEntity,
  type StrategyMember,
  type StrategyParts,
} from "./catalogue";

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const summary = (id: string, node: EntityNode): EntitySummary => ({ id, kind: node.kind, label: node.label });

/** A planning statement: planned or targeted (any stage), or a reported stage proposed or approved. */
export function isPlanning(e: Pick<GraphEvent, "modality" | "stage">): boolean {
  return e.modality === "plan" || e.modality === "target" || (isReported(e) && (e.stage === "proposed" || e.stage === "approved"));
}

function districtYear(graph: PolicyGraph, { district, year }: QueryParams["district-year"]): DistrictYear {
  const documents = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.kind === "Document" && a.district === district) documents.add(key.slice(documentKey("").length));
  });
  if (documents.size === 0) throw new GraphError("DISTRICT_NOT_FOUND", `no document of district "${district}"`);
  const entities: DistrictYear["entities"] = [];
  graphAsOf(graph, { year, mode: "year" }).forEachNode((id, node) => {
    if (!isEntityNode(node)) return;
    const events = node.events.filter((e) => documents.has(e.document));
    const statements = events.length + node.values.filter((v) => documents.has(v.document)).length;
    if (statements > 0) entities.push({ ...summary(id, node), statements, stage: reportedStage(events) ?? "mentioned" });
  });
  return { district, year, entities: entities.sort(byId) };
}

/** Entities joined to `target` by PART_OF or UNDER_STRATEGY (only `relations`), sorted by id then relation. */
function members(graph: PolicyGraph, target: string, relations: readonly StrategyMember["relation"][]): StrategyMember[] {
  const found: StrategyMember[] = [];
  graph.forEachInEdge(target, (_key, a, source, _target, s) => {
    const relation = a.relation as StrategyMember["relation"];
    if (isRelationEdge(a) && relations.includes(relation) && isEntityNode(s)) found.push({ ...summary(source, s), relation });
  });
  return found.sort((a, b) => byId(a, b) || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0));
}

function strategyParts(graph: PolicyGraph, { strategy }: QueryParams["strategy-parts"]): StrategyParts {
  const { id, node } = findEntityNode(graph, strategy, "Strategy");
  const parts = members(graph, id, ["PART_OF"]).map(({ relation: _relation, ...part }) => ({ ...part, under: members(graph, part.id, ["PART_OF", "UNDER_STRATEGY"]) }));
  return { strategy: { ...summary(id, node), aliases: [...node.aliases] }, parts, direct: members(graph, id, ["UNDER_STRATEGY"]) };
}

const furthest = (events: readonly GraphEvent[]): Stage => events.reduce<Stage>((best, e) => (stageRank(e.stage) > stageRank(best) ? e.stage : best), "mentioned");

function stalled(graph: PolicyGraph, { kind, until }: QueryParams["stalled"]): Stalled {
  const entities: StalledEntity[] = [];
  graph.forEachNode((id, node) => {
    if (!isEntityNode(node) || node.kind !== kind) return;
    const events = until === null ? node.events : eventsIn(node.events, until, "cumulative");
    const plans = events.filter(isPlanning);
    const reported = events.filter(isReported);
    if (plans.length === 0 || reported.some((e) => stageRank(e.stage) >= stageRank("started"))) return;
    const years = plans.map(eventYear).filter((y): y is number => y !== null);
    entities.push({
      ...summary(id, node),
      stage: furthest(reported),
      planned: furthest(plans),
      plans: plans.length,
      firstPlanned: years.length ? Math.min(...years) : null,
      lastPlanned: years.length ? Math.max(...years) : null,
    });
  });
  return { kind, until, entities: entities.sort(byId) };
}

type Runner<N extends QueryName> = (graph: PolicyGraph, params: QueryParams[N]) => QueryResults[N];

const RUNNERS: { [N in QueryName]: Runner<N> } = {
  lineage: (graph, { entity, all }) => lineage(graph, { entity, includeMentions: all }),
  "district-year": districtYear,
  "strategy-parts": strategyParts,
  "year-diff": (graph, { from, to }) => diffYears(graph, { from, to }),
  stalled,
};

/** Run a catalogue query on a graph in memory; parameters are checked as by checkQueryParams. */
export function runEmbeddedQuery<N extends QueryName>(graph: PolicyGraph, name: N, params: Readonly<Record<string, unknown>>): QueryResults[N] {
  return RUNNERS[name](graph, checkQueryParams(name, params));
}
