/**
 * The query catalogue on Neo4j: each query one or two parameterised Cypher statements over the
 * pushed graph (docs/graph-model.md#neo4j), giving the same answer as the embedded backend
 * (src/queries/embedded.ts). Stages are ranked with the vocabulary's lifecycle order, passed as
 * parameters ($rank, $stages); no user string is ever part of the Cypher text.
 */

import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { STAGES, nameKey, type EntityType } from "@policy-kg/extractor";
import { GraphError } from "../errors";
import type { GraphEvent } from "../model/attributes";
import type { EntityRef, GraphLineage } from "../temporal/lineage";
import type { DiffEntry, YearDiff } from "../temporal/diff";
import { checkQueryParams, type DistrictYear, type QueryName, type QueryParams, type QueryResults, type Stalled, type StrategyMember, type StrategyParts } from "../queries/catalogue";
import { requireCompleteGraph } from "./meta";

const STAGE_PARAMS = { stages: [...STAGES], rank: Object.fromEntries(STAGES.map((s, i) => [s, neo4j.int(i)])) };
const int = (n: number | null) => (n === null ? null : neo4j.int(n));

/** Reported: modality done or none (isReported). */
const REPORTED = "(e.modality IS NULL OR e.modality = 'done')";
/** Furthest stage rank of a list of events `list` (0 = mentioned). */
const maxRank = (list: string, where = "true") => `reduce(m = 0, e IN ${list} | CASE WHEN ${where} AND $rank[e.stage] > m THEN $rank[e.stage] ELSE m END)`;

type Row = Record<string, unknown>;
const rows = async (tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<Row[]> =>
  (await tx.run(query, { ...STAGE_PARAMS, ...params })).records.map((r) => r.toObject() as Row);

/** As findEntityNode: the key, else a folded name or alias; the entity with most events, then the smallest key. */
async function findEntity(tx: ManagedTransaction, query: string, kind: EntityType | null): Promise<EntityRef> {
  const [found] = await rows(
    tx,
    `MATCH (n:Entity) WHERE (n.key = $query OR $folded IN n.names) AND ($kind IS NULL OR n.kind = $kind)
     RETURN n.key AS id, n.kind AS kind, n.label AS label, n.aliases AS aliases, n.definition AS definition
     ORDER BY CASE WHEN n.key = $query THEN 0 ELSE 1 END, COUNT { (n)-[:HAS_EVENT]->() } DESC, n.key LIMIT 1`,
    { query, folded: nameKey(query), kind },
  );
  if (!found) throw new GraphError("ENTITY_NOT_FOUND", `no ${kind ?? "entity"} with id, name or alias "${query}"`);
  return found as unknown as EntityRef;
}

async function lineage(tx: ManagedTransaction, { entity, all }: QueryParams["lineage"]): Promise<GraphLineage> {
  const ref = await findEntity(tx, entity, null);
  const events = await rows(
    tx,
    `MATCH (n:Entity {key: $key})-[:HAS_EVENT]->(e:Event) WHERE $all OR e.stage <> 'mentioned'
     RETURN e {.year, .modality, .stage, .document, .start, .end, .quote, .said} AS event ORDER BY e.seq`,
    { key: ref.id, all },
  );
  // key order as in GraphEventSchema, so both backends print the same JSON
  const ordered = events.map(({ event: e }) => {
    const { year, modality, stage, document, start, end, quote, said } = e as GraphEvent;
    return { year, modality, stage, document, start, end, quote, said };
  });
  return { entity: ref, events: ordered };
}

async function districtYear(tx: ManagedTransaction, { district, year }: QueryParams["district-year"]): Promise<DistrictYear> {
  const [{ documents }] = (await rows(tx, "MATCH (d:Document {district: $district}) RETURN count(d) AS documents", { district })) as [{ documents: number }];
  if (documents === 0) throw new GraphError("DISTRICT_NOT_FOUND", `no document of district "${district}"`);
  const entities = await rows(
    tx,
    `MATCH (:Document {district: $district})<-[:STATED_IN]-(s)<-[:HAS_EVENT|HAS_VALUE]-(n:Entity) WHERE s.at = $year
     WITH n, collect(s) AS statements
     RETURN n.key AS id, n.kind AS kind, n.label AS label, size(statements) AS statements,
            $stages[${maxRank("statements", `e:Event AND ${REPORTED}`)}] AS stage
     ORDER BY id`,
    { district, year: int(year) },
  );
  return { district, year, entities: entities as unknown as DistrictYear["entities"] };
}

async function strategyParts(tx: ManagedTransaction, { strategy }: QueryParams["strategy-parts"]): Promise<StrategyParts> {
  const ref = await findEntity(tx, strategy, "Strategy");
  const parts = await rows(
    tx,
    `MATCH (p:Entity)-[:PART_OF]->(:Entity {key: $key})
     OPTIONAL MATCH (m:Entity)-[r:PART_OF|UNDER_STRATEGY]->(p)
     WITH p, m, r ORDER BY m.key, type(r)
     WITH p, collect(CASE WHEN m IS NULL THEN null ELSE {id: m.key, kind: m.kind, label: m.label, relation: type(r)} END) AS under
     RETURN p.key AS id, p.kind AS kind, p.label AS label, under ORDER BY id`,
    { key: ref.id },
  );
  // key order as the embedded backend's (Cypher maps come back in their own order)
  for (const part of parts) part.under = (part.under as StrategyMember[]).map(({ id, kind, label, relation }) => ({ id, kind, label, relation }));
  const direct = await rows(
    tx,
    "MATCH (m:Entity)-[r:UNDER_STRATEGY]->(:Entity {key: $key}) RETURN m.key AS id, m.kind AS kind, m.label AS label, type(r) AS relation ORDER BY id",
    { key: ref.id },
  );
  return {
    strategy: { id: ref.id, kind: ref.kind, label: ref.label, aliases: ref.aliases },
    parts: parts as unknown as StrategyParts["parts"],
    direct: direct as unknown as StrategyParts["direct"],
  };
}

async function yearDiff(tx: ManagedTransaction, { from, to }: QueryParams["year-diff"]): Promise<YearDiff> {
  const entries = await rows(
    tx,
    `MATCH (n:Entity) WHERE $from IN n.years OR $to IN n.years
     OPTIONAL MATCH (n)-[:HAS_EVENT]->(e:Event) WHERE ${REPORTED}
     WITH n, collect(e) AS reported
     WITH n, reported, n.years[0] <= $from AS known, $to IN n.years AS inTo,
          ${maxRank("reported", "e.at <= $from")} AS rankFrom, ${maxRank("reported", "e.at <= $to")} AS rankTo
     RETURN n.key AS id, n.label AS label, n.kind AS kind,
            CASE WHEN known THEN $stages[rankFrom] ELSE null END AS stageFrom, $stages[rankTo] AS stageTo,
            CASE WHEN NOT inTo THEN 'dropped' WHEN NOT known THEN 'new' WHEN rankTo > rankFrom THEN 'advanced' ELSE 'continued' END AS change
     ORDER BY id`,
    { from: int(from), to: int(to) },
  );
  const diff: YearDiff = { from, to, new: [], continued: [], advanced: [], dropped: [] };
  for (const r of entries) {
    const entry = { id: r.id, label: r.label, kind: r.kind, from: r.stageFrom, to: r.stageTo } as DiffEntry;
    diff[r.change as "new" | "continued" | "advanced" | "dropped"].push(entry);
  }
  return diff;
}

async function stalled(tx: ManagedTransaction, { kind, until }: QueryParams["stalled"]): Promise<Stalled> {
  const entities = await rows(
    tx,
    `MATCH (n:Entity {kind: $kind})-[:HAS_EVENT]->(e:Event) WHERE $until IS NULL OR e.at <= $until
     WITH n, collect(e) AS events
     WITH n, [e IN events WHERE e.modality IN ['plan', 'target'] OR (${REPORTED} AND e.stage IN ['proposed', 'approved'])] AS plans,
          [e IN events WHERE ${REPORTED}] AS reported
     WHERE size(plans) > 0 AND none(e IN reported WHERE $rank[e.stage] >= $rank['started'])
     WITH n, plans, reported, [e IN plans WHERE e.at IS NOT NULL | e.at] AS years
     RETURN n.key AS id, n.kind AS kind, n.label AS label,
            $stages[${maxRank("reported")}] AS stage, $stages[${maxRank("plans")}] AS planned, size(plans) AS plans,
            reduce(y = null, x IN years | CASE WHEN y IS NULL OR x < y THEN x ELSE y END) AS firstPlanned,
            reduce(y = null, x IN years | CASE WHEN y IS NULL OR x > y THEN x ELSE y END) AS lastPlanned
     ORDER BY id`,
    { kind, until: int(until) },
  );
  return { kind, until, entities: entities as unknown as Stalled["entities"] };
}

type Runner<N extends QueryName> = (tx: ManagedTransaction, params: QueryParams[N]) => Promise<QueryResults[N]>;

const RUNNERS: { [N in QueryName]: Runner<N> } = {
  lineage,
  "district-year": districtYear,
  "strategy-parts": strategyParts,
  "year-diff": yearDiff,
  stalled,
};

export interface Neo4jQueryOptions {
  /** names the database in error messages (default "Neo4j") */
  source?: string;
}

/**
 * Run a catalogue query on the graph in Neo4j (a read transaction, retried on transient errors).
 * NEO4J_EMPTY / NEO4J_INCOMPLETE when no complete graph was pushed.
 */
export async function runNeo4jQuery<N extends QueryName>(driver: Driver, name: N, params: Readonly<Record<string, unknown>>, options: Neo4jQueryOptions = {}): Promise<QueryResults[N]> {
  const checked = checkQueryParams(name, params);
  await requireCompleteGraph(driver, options.source ?? "Neo4j");
  const session = driver.session();
  try {
    return await session.executeRead((tx) => RUNNERS[name](tx, checked));
  } finally {
    await session.close();
  }
}
