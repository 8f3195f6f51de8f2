/**
 * The first push into a database without any node of the policy graph's labels: plain CREATE
 * statements instead of MERGE and property comparison (nothing can exist yet, and the uniqueness
 * constraints still refuse a duplicate key), entities grouped by kind so the kind label is
 * written directly. Labels and relationship types come from the fixed lists only.
 */

import type { Session } from "neo4j-driver";
import { ENTITY_TYPES, type EntityType } from "@policy-kg/extractor";
import type { EdgeRelation } from "../model/attributes";
import { documentKey, edgeKey } from "../model/keys";
import { NODE_LABELS } from "./schema";

/** True when the database holds no node of any label of the policy graph (GraphMeta included). */
export async function holdsNoPolicyNodes(session: Session): Promise<boolean> {
  const result = await session.executeRead((tx) => tx.run(`MATCH (n:${NODE_LABELS.join("|")}) RETURN n.key AS key LIMIT 1`));
  return result.records.length === 0;
}

export const createYearOrDocument = (label: "Year" | "Document") => `UNWIND $rows AS r CREATE (n:${label}) SET n = r.props`;

const ENTITY_CREATE = new Map<string, string>(ENTITY_TYPES.map((k) => [k, `UNWIND $rows AS r CREATE (n:Entity:${k}) SET n = r.props`]));
export const createEntity = (kind: EntityType): string => ENTITY_CREATE.get(kind)!;

// the queries below make keys as model/keys.ts does: fail at once if its formats change
const DOCUMENT_PREFIX = documentKey("");
if (!/^[A-Za-z]+:$/.test(DOCUMENT_PREFIX) || edgeKey("PART_OF", "a", "b") !== "a-[PART_OF]->b") throw new Error("model/keys.ts changed its key formats: update neo4j/fresh.ts");

/**
 * One row per entity, `{entity, items}`, items = its statements' own properties (eventFields,
 * valueFields) in order: the entity is looked up once, and each statement's key
 * (`<entity>#<i>`), seq (i) and at (year, else said) are made here rather than sent (as
 * eventProps and valueProps make them for the MERGE path).
 */
export const createStatement = (label: "Event" | "IndicatorValue", link: "HAS_EVENT" | "HAS_VALUE") =>
  `UNWIND $rows AS r
   MATCH (n:Entity {key: r.entity})
   UNWIND range(0, size(r.items) - 1) AS i
   WITH n, r.entity + '#' + i AS key, i, r.items[i] AS p
   MATCH (d:Document {key: '${DOCUMENT_PREFIX}' + p.document})
   CREATE (s:${label}) SET s = p, s.key = key, s.seq = i, s.at = coalesce(p.year, p.said)
   CREATE (n)-[:${link}]->(s)
   CREATE (s)-[:STATED_IN]->(d)`;

/** Rows `{source, items: [{target, props}]}` (edges from one source); each relationship's key (edgeKey) is made here, not sent. */
export const createEdge = (relation: EdgeRelation, from: string, to: string) =>
  `UNWIND $rows AS r
   MATCH (a:${from} {key: r.source})
   UNWIND r.items AS x
   MATCH (b:${to} {key: x.target})
   CREATE (a)-[e:${relation}]->(b) SET e = x.props, e.key = r.source + '-[${relation}]->' + x.target`;
