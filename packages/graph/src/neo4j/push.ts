/**
 * pushGraph: write a policy graph to Neo4j so that the database holds exactly that graph. Schema
 * first (constraints, full-text index), then batches of `UNWIND $rows AS r MERGE …`, each batch
 * one transaction (retried on transient errors), that create what is missing and set only what
 * differs — so pushing the same graph again changes nothing — then what the graph no longer has
 * is deleted, and the GraphMeta node is completed last. Into a database holding no node of the
 * policy graph's labels, plain CREATE statements instead (fresh.ts), and no cleanup. A push that
 * stops half-way leaves `pushing` set on GraphMeta (pull and queries refuse it); pushing again
 * completes it.
 */

import { isDeepStrictEqual } from "node:util";
import neo4j, { type Driver, type QueryResult } from "neo4j-driver";
import { ENTITY_TYPES, RELATION_TYPES } from "@policy-kg/extractor";
import { isEntityNode, isRelationEdge, type EdgeRelation, type PolicyGraph } from "../model/attributes";
import { documentKey } from "../model/keys";
import { LOOKUP_CONSTRAINTS, META_KEY, entityProps, eventFields, eventProps, missingSchema, toProps, valueFields, valueProps, type Props } from "./schema";
import { metaProps, readMeta } from "./meta";
import { deleteStale } from "./prune";
import { createEdge, createEntity, createStatement, createYearOrDocument, holdsNoPolicyNodes } from "./fresh";
import { addCounters, emptyCounters, isUnchanged, type WriteCounters } from "./counters";
import { rowWeight, writeBatches, type Batch } from "./batches";

export interface PushOptions {
  /** rows per transaction (default 5000) */
  batchSize?: number;
  /** transactions written at the same time, each on its own session (default 2) */
  concurrency?: number;
  /** called after every batch: phase ("nodes", "statements", "relationships", "cleanup"), rows done, rows in the phase */
  onProgress?: (phase: PushPhase, done: number, total: number) => void;
  /** stops the push between two batches (the database keeps the batches done, and says the push is incomplete) */
  signal?: AbortSignal;
  /** time written as GraphMeta.pushedAt (default: now) */
  pushedAt?: string;
}

export type PushPhase = "nodes" | "statements" | "relationships" | "cleanup";

export interface PushSummary {
  corpusHash: string;
  /** what the pushed graph holds in Neo4j */
  nodes: number;
  statements: number;
  relationships: number;
  /** changes made to the graph's nodes and relationships (GraphMeta aside) */
  counters: WriteCounters;
  /** constraints and indexes created */
  schema: { constraintsAdded: number; indexesAdded: number };
  /** true when nothing was created, changed or deleted: the database already held this graph */
  unchanged: boolean;
  /** the metadata (GraphMeta: corpus hash, extractor version, time of build, view) differs from what the database held */
  metadataChanged: boolean;
  /** the database held a push that had not finished (its corpus hash), now completed or replaced */
  resumed: string | null;
  /** the corpus hash of a different complete graph the push replaced */
  replaced: string | null;
  seconds: number;
}

/** Rows that group statements or edges weigh their number of items. */
const itemCount = (row: Props): number => (row.items as unknown[]).length;

/** Labels and relationship types below come from the model's fixed lists only. */
const yearOrDocument = (label: "Year" | "Document") =>
  `UNWIND $rows AS r MERGE (n:${label} {key: r.props.key}) WITH n, r WHERE properties(n) <> r.props SET n = r.props`;

/** One statement for every kind: the kind label is set, and the others removed, by a FOREACH per kind of the vocabulary. */
const ENTITY_QUERY = `UNWIND $rows AS r MERGE (n:Entity {key: r.props.key})
   WITH n, r WHERE properties(n) <> r.props OR NOT r.props.kind IN labels(n)
   SET n = r.props
   ${ENTITY_TYPES.map((k) => `FOREACH (_ IN CASE WHEN r.props.kind = '${k}' THEN [1] ELSE [] END | SET n:${k})`).join("\n   ")}
   ${ENTITY_TYPES.map((k) => `FOREACH (_ IN CASE WHEN r.props.kind <> '${k}' THEN [1] ELSE [] END | REMOVE n:${k})`).join("\n   ")}`;

const statementQuery = (label: "Event" | "IndicatorValue", link: "HAS_EVENT" | "HAS_VALUE") =>
  `UNWIND $rows AS r
   MATCH (n:Entity {key: r.entity})
   MATCH (d:Document {key: r.document})
   MERGE (s:${label} {key: r.props.key})
   WITH n, d, s, r, properties(s) <> r.props AS changed
   FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET s = r.props)
   MERGE (n)-[:${link}]->(s)
   WITH d, s
   OPTIONAL MATCH (s)-[old:STATED_IN]->(other) WHERE other <> d
   DELETE old
   WITH DISTINCT d, s
   MERGE (s)-[:STATED_IN]->(d)`;

function edgeEnds(relation: EdgeRelation): [string, string] {
  if ((RELATION_TYPES as readonly string[]).includes(relation)) return ["Entity", "Entity"];
  return relation === "MENTIONED_IN" ? ["Entity", "Document"] : ["Document", "Year"];
}

const edgeQuery = (relation: EdgeRelation, fresh: boolean) => {
  const [from, to] = edgeEnds(relation);
  if (fresh) return createEdge(relation, from, to);
  return `UNWIND $rows AS r
   MATCH (a:${from} {key: r.source})
   MATCH (b:${to} {key: r.target})
   MERGE (a)-[e:${relation}]->(b)
   WITH e, r WHERE properties(e) <> r.props SET e = r.props`;
};

/**
 * Every write of the graph, in order: nodes, statements (events, values), relationships; with
 * `fresh` (the database holds no policy node) CREATE statements, entities grouped by kind.
 */
function batchesOf(graph: PolicyGraph, fresh: boolean): { batches: Batch[]; nodes: number; statements: number; relationships: number } {
  const batches: Batch[] = [];
  const add = (phase: PushPhase, query: string, rows: Props[], weight?: (row: Props) => number) => {
    if (rows.length > 0) batches.push({ phase, query, rows, weight });
  };
  const years: Props[] = [];
  const documents: Props[] = [];
  const entities: Props[] = [];
  const events: Props[] = [];
  const values: Props[] = [];
  let seq = 0;
  graph.forEachNode((key, a) => {
    if (a.kind === "Year") years.push({ props: toProps({ key, seq, label: a.label, year: a.year }) });
    else if (a.kind === "Document") {
      const { kind: _kind, ...rest } = a;
      documents.push({ props: toProps({ key, seq, ...rest }) });
    } else if (isEntityNode(a)) {
      entities.push({ props: entityProps(key, seq, a) });
      if (fresh) {
        // one row per entity (createStatement)
        if (a.events.length > 0) events.push({ entity: key, items: a.events.map(eventFields) });
        if (a.values.length > 0) values.push({ entity: key, items: a.values.map(valueFields) });
      } else {
        a.events.forEach((e, i) => events.push({ entity: key, document: documentKey(e.document), props: eventProps(`${key}#${i}`, i, e) }));
        a.values.forEach((v, i) => values.push({ entity: key, document: documentKey(v.document), props: valueProps(`${key}#${i}`, i, v) }));
      }
    }
    seq++;
  });
  if (fresh) {
    add("nodes", createYearOrDocument("Year"), years);
    add("nodes", createYearOrDocument("Document"), documents);
    for (const kind of ENTITY_TYPES) add("nodes", createEntity(kind), entities.filter((r) => (r.props as { kind: string }).kind === kind));
    add("statements", createStatement("Event", "HAS_EVENT"), events, itemCount);
    add("statements", createStatement("IndicatorValue", "HAS_VALUE"), values, itemCount);
  } else {
    add("nodes", yearOrDocument("Year"), years);
    add("nodes", yearOrDocument("Document"), documents);
    add("nodes", ENTITY_QUERY, entities);
    add("statements", statementQuery("Event", "HAS_EVENT"), events);
    add("statements", statementQuery("IndicatorValue", "HAS_VALUE"), values);
  }

  const edges = new Map<EdgeRelation, Props[]>();
  seq = 0;
  graph.forEachEdge((key, a, source, target) => {
    // a fresh push's query makes the key (createEdge)
    const props: Record<string, string | number | string[] | number[]> = fresh ? { seq } : { key, seq };
    if (isRelationEdge(a)) {
      Object.assign(props, { evidenceDocuments: a.evidence.map((e) => e.document), evidenceStarts: a.evidence.map((e) => e.start), evidenceEnds: a.evidence.map((e) => e.end) });
    } else if ("count" in a) props.count = a.count;
    if (!edges.has(a.relation)) edges.set(a.relation, []);
    const rows = edges.get(a.relation)!;
    if (!fresh) rows.push({ source, target, props: toProps(props) });
    // fresh: one row per run of edges from the same source (createEdge)
    else if (rows.at(-1)?.source === source) (rows.at(-1)!.items as Props[]).push({ target, props: toProps(props) });
    else rows.push({ source, items: [{ target, props: toProps(props) }] });
    seq++;
  });
  for (const [relation, rows] of edges) add("relationships", edgeQuery(relation, fresh), rows, fresh ? itemCount : undefined);
  const statements = rowWeight({ rows: events, weight: fresh ? itemCount : undefined }) + rowWeight({ rows: values, weight: fresh ? itemCount : undefined });
  return { batches, nodes: graph.order, statements, relationships: graph.size + 2 * statements };
}

const DEFAULT_CONCURRENCY = 2;
/** How long a push waits for new indexes to come online. */
const INDEX_WAIT_SECONDS = 600;

type Updates = WriteCounters & { constraintsAdded: number; indexesAdded: number };
const countersOf = (result: QueryResult): Updates => result.summary.counters.updates() as unknown as Updates;

export async function pushGraph(driver: Driver, graph: PolicyGraph, options: PushOptions = {}): Promise<PushSummary> {
  const t0 = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const attributes = graph.getAttributes();
  const session = driver.session();
  try {
    const schema = { constraintsAdded: 0, indexesAdded: 0 };
    const missing = await missingSchema(session);
    /** Create the missing constraints and indexes (those named, or all), and wait until they are online. */
    const createSchema = async (names: Iterable<string> = [...missing.keys()]) => {
      let created = 0;
      for (const name of names) {
        const statement = missing.get(name);
        if (statement === undefined) continue;
        missing.delete(name);
        const c = countersOf(await session.executeWrite((tx) => tx.run(statement)));
        schema.constraintsAdded += c.constraintsAdded;
        schema.indexesAdded += c.indexesAdded;
        created++;
      }
      if (created > 0) await session.run("CALL db.awaitIndexes($seconds)", { seconds: neo4j.int(INDEX_WAIT_SECONDS) });
    };
    const before = await session.executeRead(readMeta);
    const fresh = await holdsNoPolicyNodes(session);
    // into an empty database, an index is created after the rows it indexes (populated in one go,
    // not row by row): the look-up constraints after the nodes, everything else at the end
    if (!fresh) await createSchema();
    await session.executeWrite((tx) => tx.run("MERGE (m:GraphMeta {key: $key}) SET m.pushing = $hash", { key: META_KEY, hash: attributes.corpusHash }));

    const { batches, nodes, statements, relationships } = batchesOf(graph, fresh);
    const counters = emptyCounters();
    const totals = new Map<PushPhase, number>();
    for (const b of batches) totals.set(b.phase, (totals.get(b.phase) ?? 0) + rowWeight(b));
    const done = new Map<PushPhase, number>();
    await writeBatches(driver, batches, {
      batchSize,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      signal: options.signal,
      beforePhase: async (phase) => {
        if (phase !== "nodes") await createSchema(LOOKUP_CONSTRAINTS);
      },
      onWritten: (phase, rows, result) => {
        addCounters(counters, countersOf(result));
        done.set(phase, (done.get(phase) ?? 0) + rows);
        options.onProgress?.(phase, done.get(phase)!, totals.get(phase)!);
      },
    });
    options.signal?.throwIfAborted();
    await createSchema();
    // a fresh push created exactly the graph: nothing can be stale
    if (!fresh) addCounters(counters, await deleteStale(session, graph, { batchSize, onProgress: (d, t) => options.onProgress?.("cleanup", d, t) }));
    await session.executeWrite((tx) => tx.run("MATCH (m:GraphMeta {key: $key}) SET m = $props", { key: META_KEY, props: metaProps(attributes, options.pushedAt ?? new Date().toISOString()) }));
    return {
      corpusHash: attributes.corpusHash,
      nodes,
      statements,
      relationships,
      counters,
      schema,
      unchanged: isUnchanged(counters),
      metadataChanged: before.state !== "complete" || !isDeepStrictEqual(before.attributes, attributes),
      resumed: before.state === "incomplete" ? before.pushing : null,
      replaced: before.state === "complete" && before.attributes.corpusHash !== attributes.corpusHash ? before.attributes.corpusHash : null,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await session.close();
  }
}
