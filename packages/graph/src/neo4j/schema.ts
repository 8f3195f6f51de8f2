/**
 * The policy graph's schema in Neo4j (documented in docs/graph-model.md#neo4j): the fixed labels
 * and relationship types — the only ones ever written into Cypher text, everything else goes in
 * parameters — the uniqueness constraints and the cjk full-text index, and the conversion of the
 * graph's attributes to node and relationship properties.
 */

import neo4j, { type Session } from "neo4j-driver";
import { ENTITY_TYPES, nameKey } from "@policy-kg/extractor";
import { EDGE_RELATIONS, type EntityNode, type GraphEvent, type IndicatorPoint } from "../model/attributes";
import { eventYear } from "../model/events";

/** Labels: every entity node has Entity and its kind; the rest one label each. */
export const NODE_LABELS = ["Entity", ...ENTITY_TYPES, "Document", "Year", "Event", "IndicatorValue", "GraphMeta"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types: the graph's relations, and the links of events and indicator values. */
export const STATEMENT_RELATIONSHIPS = ["HAS_EVENT", "HAS_VALUE", "STATED_IN"] as const;
export const RELATIONSHIP_TYPES = [...EDGE_RELATIONS, ...STATEMENT_RELATIONSHIPS] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Name of the full-text index over entity names and aliases (cjk analyzer). */
export const NAMES_INDEX = "policy_kg_names";
/** Prefix of every constraint and index this package creates. */
export const SCHEMA_PREFIX = "policy_kg_";
export const META_KEY = "graph";

export const constraintName = (label: NodeLabel): string => `${SCHEMA_PREFIX}${label.toLowerCase()}_key`;

/** Statements that create the schema, by the name of what they create; each is idempotent (IF NOT EXISTS). */
export function schemaStatements(): Map<string, string> {
  return new Map([
    ...NODE_LABELS.map((label): [string, string] => [constraintName(label), `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`]),
    [NAMES_INDEX, `CREATE FULLTEXT INDEX ${NAMES_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.label, n.aliases] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`],
  ]);
}

/** The schema statements for the constraints and indexes the database does not have yet, by name. */
export async function missingSchema(session: Session): Promise<Map<string, string>> {
  const present = await session.executeRead(async (tx) => {
    const names = async (show: string) => (await tx.run(`${show} YIELD name RETURN name`)).records.map((r) => r.get("name") as string);
    return new Set([...(await names("SHOW CONSTRAINTS")), ...(await names("SHOW FULLTEXT INDEXES"))]);
  });
  return new Map([...schemaStatements()].filter(([name]) => !present.has(name)));
}

/** The constraints whose indexes the writes look nodes up by (MATCH by key): they must exist before statements and relationships are written. */
export const LOOKUP_CONSTRAINTS: readonly string[] = (["Year", "Document", "Entity"] as const).map(constraintName);

type Scalar = string | number | boolean | null;
export type Props = Record<string, unknown>;

/** Whole numbers as Neo4j integers (not floats), nulls left out (Neo4j stores no nulls). */
function toValue(v: Scalar | Scalar[]): unknown {
  if (Array.isArray(v)) return v.map((x) => toValue(x));
  return typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v;
}

export function toProps(attributes: Readonly<Record<string, Scalar | Scalar[]>>): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(attributes)) if (v !== null) props[k] = toValue(v);
  return props;
}

/** Entity node properties: the attributes but events and values, with `names` (folded names and aliases, for look-ups). */
export function entityProps(key: string, seq: number, a: EntityNode): Props {
  const names = [...new Set([a.label, ...a.aliases].map(nameKey))];
  return toProps({ key, seq, kind: a.kind, label: a.label, aliases: a.aliases, definition: a.definition, years: a.years, stage: a.stage, names });
}

/** Event node properties, with `at`: the year the event is placed in (eventYear). */
export function eventProps(key: string, seq: number, e: GraphEvent): Props {
  return { key: key, seq: neo4j.int(seq), ...eventFields(e), ...toProps({ at: eventYear(e) }) };
}

/** An event's own properties (no key, seq or at: a fresh push's query makes those). */
export function eventFields(e: GraphEvent): Props {
  return toProps({ year: e.year, modality: e.modality, stage: e.stage, document: e.document, start: e.start, end: e.end, quote: e.quote, said: e.said });
}

export function valueProps(key: string, seq: number, v: IndicatorPoint): Props {
  return { key: key, seq: neo4j.int(seq), ...valueFields(v), ...toProps({ at: eventYear(v) }) };
}

/** An indicator value's own properties (no key, seq or at). */
export function valueFields(v: IndicatorPoint): Props {
  const { normalized, ...rest } = v;
  return toProps({ ...rest, normalizedValue: normalized?.value ?? null, normalizedUnit: normalized?.unit ?? null });
}
