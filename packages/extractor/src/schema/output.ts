/**
 * The extraction output: the single, schema-validated contract the graph package consumes.
 * Offsets (start, end) are always character offsets (UTF-16 code units) into the ORIGINAL
 * decoded text of the document, end exclusive.
 */

import { z } from "zod";
import { DocumentMetaSchema } from "./document";
import { ENTITY_TYPES, INDICATOR_KINDS, MEASURES, MODALITIES, QUALIFIERS, RELATION_TYPES, STAGES } from "./vocabulary";

export const SCHEMA_VERSION = 1;
export const EXTRACTOR_VERSION = "0.1.0";

const Year = z.number().int().min(1900).max(2100);

export const EvidenceSchema = z.object({
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MentionSchema = z.object({
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** the original text of the span */
  text: z.string(),
  year: Year.nullable(),
  modality: z.enum(MODALITIES).nullable(),
  stage: z.enum(STAGES),
  /** the sentence the mention sits in (original offsets) and its text, for quoting */
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
  quote: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  /** deterministic id: `<type>:<canonical name>` */
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  definition: z.string().optional(),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: z.string(),
  target: z.string(),
  evidence: EvidenceSchema,
});
export type Relation = z.infer<typeof RelationSchema>;

export const SectionSchema = z.object({
  index: z.number().int(),
  parent: z.number().int().nullable(),
  level: z.number().int(),
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  year: Year.nullable(),
  modality: z.enum(MODALITIES).nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

export const IndicatorValueSchema = z.object({
  /** Indicator entity id */
  indicator: z.string(),
  name: z.string(),
  year: Year.nullable(),
  kind: z.enum(INDICATOR_KINDS),
  measure: z.enum(MEASURES),
  value: z.number(),
  /** unit as written (亿元, %, 万人 …) */
  unit: z.string(),
  /** value in the base unit of its dimension (元, 人, 平方米 …) where the unit is known */
  normalized: z.object({ value: z.number(), unit: z.string() }).nullable(),
  qualifier: z.enum(QUALIFIERS),
  direction: z.enum(["up", "down", "none"]),
  text: z.string(),
  evidence: EvidenceSchema,
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const GlossaryEntrySchema = z.object({
  term: z.string(),
  /** entity the term defines, if recognised */
  entity: z.string().nullable(),
  definition: z.string(),
  parts: z.array(z.object({ name: z.string(), includes: z.array(z.string()) })),
  evidence: EvidenceSchema,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const DocumentExtractionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string(),
  document: DocumentMetaSchema,
  sections: z.array(SectionSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  indicators: z.array(IndicatorValueSchema),
  glossary: z.array(GlossaryEntrySchema),
});
export type DocumentExtraction = z.infer<typeof DocumentExtractionSchema>;

export const CorpusExtractionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string(),
  /** sha256 over the documents' texts in id order */
  corpusHash: z.string(),
  documents: z.array(DocumentMetaSchema),
  /** entities resolved across documents, mentions from every document */
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  indicators: z.array(IndicatorValueSchema),
  glossary: z.array(GlossaryEntrySchema.extend({ document: z.string() })),
});
export type CorpusExtraction = z.infer<typeof CorpusExtractionSchema>;
