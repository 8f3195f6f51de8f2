/**
 * The snapshot file's form (graph schema version 2), declared once as zod schemas. It is still
 * graphology's serialisation format (options, attributes, nodes, edges), but stores each fact
 * once; loading rebuilds the rest (snapshot/decode.ts), so the graph in memory is the one
 * declared in model/attributes.ts:
 *
 * - the graph attributes add two tables: `documents` (document ids) and `quotes` (the distinct
 *   sentences quoted by events);
 * - an entity's events are tuples `[year, modality, stage, document, start, end, quote]`, where
 *   `document` and `quote` are positions in those tables; `said` (the year the document was
 *   delivered) is the document's; `years` and `stage` are derived from the events and values;
 * - indicator values are stored without `said`;
 * - edges have no key (it is edgeKey(relation, source, target)); MENTIONED_IN edges are not
 *   stored (one per entity and document its events cite, counting them).
 */

import { z } from "zod";
import { MODALITIES, STAGES } from "@policy-kg/extractor";
import {
  DocumentNodeSchema,
  DocumentYearEdgeSchema,
  EdgeAttributesSchema,
  EntityNodeSchema,
  GraphAttributesSchema,
  IndicatorPointSchema,
  NodeAttributesSchema,
  RelationEdgeSchema,
  YearNodeSchema,
} from "../model/attributes";

const Year = z.number().int().min(1900).max(2100);
const Index = z.number().int().nonnegative();

const GraphOptionsSchema = z.strictObject({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) });

/** The fields of a stored event, by position (error messages name them). */
export const STORED_EVENT_FIELDS = ["year", "modality", "stage", "document", "start", "end", "quote"] as const;
/** An event as stored: [year, modality, stage, document (index), start, end, quote (index)]. */
export const StoredEventSchema = z.tuple([Year.nullable(), z.enum(MODALITIES).nullable(), z.enum(STAGES), Index, Index, Index, Index]);
export type StoredEvent = z.infer<typeof StoredEventSchema>;

export const StoredValueSchema = IndicatorPointSchema.omit({ said: true }).strict();
export type StoredValue = z.infer<typeof StoredValueSchema>;

export const StoredEntitySchema = EntityNodeSchema.omit({ years: true, stage: true })
  .extend({ events: z.array(StoredEventSchema), values: z.array(StoredValueSchema) })
  .strict();
export type StoredEntity = z.infer<typeof StoredEntitySchema>;

export const StoredNodeAttributesSchema = z.discriminatedUnion("kind", [StoredEntitySchema, DocumentNodeSchema, YearNodeSchema]);
export const StoredEdgeAttributesSchema = z.discriminatedUnion("relation", [RelationEdgeSchema, DocumentYearEdgeSchema]);

export const StoredGraphAttributesSchema = GraphAttributesSchema.extend({ documents: z.array(z.string()), quotes: z.array(z.string()) }).strict();
export type StoredGraphAttributes = z.infer<typeof StoredGraphAttributesSchema>;

/** A snapshot file (graph schema version 2). */
export const SnapshotSchema = z.strictObject({
  options: GraphOptionsSchema,
  attributes: StoredGraphAttributesSchema,
  nodes: z.array(z.strictObject({ key: z.string(), attributes: StoredNodeAttributesSchema })),
  edges: z.array(z.strictObject({ source: z.string(), target: z.string(), attributes: StoredEdgeAttributesSchema })),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** The graph in memory as graphology exports it (`graph.export()`), every attribute and edge key included. */
export const GraphDataSchema = z.strictObject({
  options: GraphOptionsSchema,
  attributes: GraphAttributesSchema,
  nodes: z.array(z.strictObject({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(z.strictObject({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema })),
});
export type GraphData = z.infer<typeof GraphDataSchema>;
