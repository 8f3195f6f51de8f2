/**
 * The first push into a database without any node of the policy graph's labels: plain CREATE
 * statements instead of MERGE and property comparison (nothing can exist yet, and the uniqueness
 * constraints still refuse a duplicate key), entities grouped by kind so the kind label is
 * written directly. Labels and relationship types come from the fixed lists only.
 */

import type { Session } from "neo4j-driver";
import { ENTITY_TYPES, type EntityType } from "@policy-kg/extractor";
import type { EdgeRelation } from "../model/attributes";
import { NODE_LABELS } from "./schema";

/** True when the database holds no node of any label of the policy graph (GraphMeta included). */
export async function holdsNoPolicyNodes(session: Session): Promise<boolean> {
  const result = await session.executeRead((tx) => tx.run(`MATCH (n:${NODE_LABELS.join("|")}) RETURN n.key AS key LIMIT 1`));
  return result.records.length === 0;
}

export const createYearOrDocument = (label: "Year" | "Document") => `UNWIND $rows AS r CREATE (n:${label}) SET n = r.props`;

const ENTITY_CREATE = new Map<string, string>(ENTITY_TYPES.map((k) => [k, `UNWIND $rows AS r CREATE (n:Entity:${k}) SET n = r.props`]));
export const createEntity = (kind: EntityType): string => ENTITY_CREATE.get(kind)!;

export const createStatement = (label: "Event" | "IndicatorValue", link: "HAS_EVENT" | "HAS_VALUE") =>
  `UNWIND $rows AS r
   MATCH (n:Entity {key: r.entity})
   MATCH (d:Document {key: r.document})
   CREATE (s:${label}) SET s = r.props
   CREATE (n)-[:${link}]->(s)
   CREATE (s)-[:STATED_IN]->(d)`;

export const createEdge = (relation: EdgeRelation, from: string, to: string) =>
  `UNWIND $rows AS r
   MATCH (a:${from} {key: r.source})
   MATCH (b:${to} {key: r.target})
   CREATE (a)-[e:${relation}]->(b) SET e = r.props`;
