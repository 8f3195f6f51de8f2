/**
 * The graph's attribute schema, declared once: node kinds, edge relations, and the attributes
 * of every node, edge and of the graph itself (the snapshot metadata). The zod schemas ARE the
 * declaration: the TypeScript types are inferred from them and snapshots are validated against
 * them. Explained for humans, with examples, in docs/graph-model.md.
 *
 * Naming: nodes carry `kind` and edges `relation` (not `type`), because sigma.js reads a `type`
 * attribute as the name of its rendering program.
 */

import { z } from "zod";
import type { AbstractGraph } from "graphology-types";
import {
  ENTITY_TYPES,
  EvidenceSchema,
  GENRES,
  INDICATOR_KINDS,
  IndicatorValueSchema,
  MentionSchema,
  RELATION_TYPES,
  STAGES,
  type EntityType,
} from "@policy-kg/extractor";

/** Version of this attribute schema; bump it on any change a reader must know about. */
export const GRAPH_SCHEMA_VERSION = 2;
/** `attributes.format` of every snapshot, so a file can be told apart from other JSON. */
export const SNAPSHOT_FORMAT = "policy-kg/graph";

/** Node kinds: the entity types of the vocabulary, plus the documents and the years. */
export const NODE_KINDS = [...ENTITY_TYPES, "Document", "Year"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Edges from a document to a year: the year it was delivered in, reviews, plans for. */
export const DOCUMENT_YEAR_RELATIONS = ["DELIVERED_IN", "REVIEWS", "PLANS"] as const;
export type DocumentYearRelation = (typeof DOCUMENT_YEAR_RELATIONS)[number];

/** Every edge relation: the vocabulary's relations between entities, MENTIONED_IN, document → year. */
export const EDGE_RELATIONS = [...RELATION_TYPES, "MENTIONED_IN", ...DOCUMENT_YEAR_RELATIONS] as const;
export type EdgeRelation = (typeof EDGE_RELATIONS)[number];

const Year = z.number().int().min(1900).max(2100);
const Offset = z.number().int().nonnegative();

/**
 * One statement about an entity (one sentence of one document, for one stage, year and
 * modality), made from the extractor's Mention: `year` is the year the statement is about, as
 * the extractor found it (null when the text gives none); `start`/`end` is the mention's span in
 * the original text of `document`; `quote` is the sentence it sits in; `said` is the year the
 * document was delivered. Temporal queries place an event in `year ?? said` (see eventYear).
 */
export const GraphEventSchema = MentionSchema.pick({ year: true, modality: true, stage: true, document: true, start: true, end: true, quote: true })
  .extend({ said: Year.nullable() })
  .strict();
export type GraphEvent = z.infer<typeof GraphEventSchema>;

/**
 * One value of an indicator (on Indicator nodes), made from the extractor's IndicatorValue: an
 * actual or a target with its measure, value, unit as written, normalized value, qualifier and
 * text; its evidence flattened to `document`, `start`, `end`; `said` as on events.
 */
export const IndicatorPointSchema = IndicatorValueSchema.omit({ indicator: true, name: true, evidence: true })
  .extend({ said: Year.nullable(), document: z.string(), start: Offset, end: Offset })
  .strict();
export type IndicatorPoint = z.infer<typeof IndicatorPointSchema>;

/**
 * An entity node (key: the extractor's entity id, e.g. `park:深圳工业软件园`). `events` are sorted
 * by eventYear (undated last), document date, document id, offset. `values` is empty except on
 * Indicator nodes. `years` and `stage` are derived from events and values: the distinct years
 * they are placed in, and the furthest stage any reported statement gives (see isReported).
 */
export const EntityNodeSchema = z.strictObject({
  kind: z.enum(ENTITY_TYPES),
  label: z.string(),
  aliases: z.array(z.string()),
  definition: z.string().nullable(),
  years: z.array(Year),
  stage: z.enum(STAGES),
  events: z.array(GraphEventSchema),
  values: z.array(IndicatorPointSchema),
});
export type EntityNode = z.infer<typeof EntityNodeSchema>;

/** A document node (key `Document:<document id>`): the manifest metadata; `year` = year delivered. */
export const DocumentNodeSchema = z.strictObject({
  kind: z.literal("Document"),
  label: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  district: z.string().nullable(),
  genre: z.enum(GENRES),
  delivered: z.string().nullable(),
  year: Year.nullable(),
  yearsReviewed: z.array(Year),
  yearPlanned: Year.nullable(),
});
export type DocumentNode = z.infer<typeof DocumentNodeSchema>;

/** A year node (key `Year:<yyyy>`), for every year an event, value or document is placed in. */
export const YearNodeSchema = z.strictObject({ kind: z.literal("Year"), label: z.string(), year: Year });
export type YearNode = z.infer<typeof YearNodeSchema>;

export const NodeAttributesSchema = z.discriminatedUnion("kind", [EntityNodeSchema, DocumentNodeSchema, YearNodeSchema]);
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** Entity → entity, one edge per (relation, source, target), with every span that states it. */
export const RelationEdgeSchema = z.strictObject({ relation: z.enum(RELATION_TYPES), evidence: z.array(EvidenceSchema.strict()) });
/** Entity → Document: `count` statements (events) about the entity in that document. */
export const MentionEdgeSchema = z.strictObject({ relation: z.literal("MENTIONED_IN"), count: z.number().int().positive() });
/** Document → Year. */
export const DocumentYearEdgeSchema = z.strictObject({ relation: z.enum(DOCUMENT_YEAR_RELATIONS) });
export const EdgeAttributesSchema = z.discriminatedUnion("relation", [RelationEdgeSchema, MentionEdgeSchema, DocumentYearEdgeSchema]);
export type RelationEdge = z.infer<typeof RelationEdgeSchema>;
export type MentionEdge = z.infer<typeof MentionEdgeSchema>;
export type DocumentYearEdge = z.infer<typeof DocumentYearEdgeSchema>;
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

const count = z.number().int().nonnegative();
/** Counts of a graph: nodes by kind, edges by relation, events by stage, indicator values by kind. */
export const GraphCountsSchema = z.strictObject({
  nodes: z.record(z.enum(NODE_KINDS), count),
  edges: z.record(z.enum(EDGE_RELATIONS), count),
  events: z.record(z.enum(STAGES), count),
  values: z.record(z.enum(INDICATOR_KINDS), count),
});
export type GraphCounts = z.infer<typeof GraphCountsSchema>;

export const VIEW_MODES = ["cumulative", "year"] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** Graph attributes = the snapshot metadata. `view` is set on graphs made by graphAsOf. */
export const GraphAttributesSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  schemaVersion: z.literal(GRAPH_SCHEMA_VERSION),
  /** the extraction's corpus hash (sha256 over the documents' texts) */
  corpusHash: z.string(),
  extractorVersion: z.string(),
  /** ISO date-time of the build */
  builtAt: z.iso.datetime(),
  counts: GraphCountsSchema,
  view: z.strictObject({ year: Year, mode: z.enum(VIEW_MODES) }).optional(),
});
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

/**
 * The policy graph. Built as a graphology MultiDirectedGraph: directed, and multi because two
 * nodes can be joined by edges of different relations (a report DELIVERED_IN and PLANS for the
 * same year; a place PART_OF and UNDER_STRATEGY the same strategy). Edge keys are deterministic
 * (edgeKey), one edge per (relation, source, target).
 */
export type PolicyGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isEntityNode(a: NodeAttributes): a is EntityNode {
  return a.kind !== "Document" && a.kind !== "Year";
}

const ENTITY_KINDS: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function isEntityKind(kind: string): kind is EntityType {
  return ENTITY_KINDS.has(kind);
}

export function isRelationEdge(a: EdgeAttributes): a is RelationEdge {
  return "evidence" in a;
}
