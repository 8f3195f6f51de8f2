/**
 * The project's schema vocabulary, declared once (mirrors shared/domain.md).
 * Every package imports entity types, stages, modalities and relation types from here.
 */

export const ENTITY_TYPES = [
  "Project",
  "Park",
  "Institution",
  "Enterprise",
  "Program",
  "Strategy",
  "Place",
  "Goal",
  "Indicator",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Lifecycle stages in order; `mentioned` (no stage) sorts first. */
export const STAGES = [
  "mentioned",
  "proposed",
  "approved",
  "started",
  "building",
  "topped_out",
  "completed",
  "operating",
  "recognized",
] as const;
export type Stage = (typeof STAGES)[number];

export const MODALITIES = ["done", "plan", "target"] as const;
export type Modality = (typeof MODALITIES)[number];

export const GENRES = ["gov_work_report", "plan_execution_report", "party_congress_report", "news", "other"] as const;
export type Genre = (typeof GENRES)[number];

/** Relation types between entities (the graph adds Document/Year edges of its own). */
export const RELATION_TYPES = [
  "LOCATED_IN", // entity → Place
  "PART_OF", // strategy part → strategy, place/area → strategy part
  "UNDER_STRATEGY", // entity → strategy part the text puts it under
  "PHASE_OF", // 二期 → parent project
  "MEASURES", // Goal → Indicator
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const INDICATOR_KINDS = ["actual", "target"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const MEASURES = ["level", "growth", "share"] as const;
export type Measure = (typeof MEASURES)[number];

export const QUALIFIERS = ["exact", "approx", "at_least", "at_most"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Index of a stage in lifecycle order; higher = further along. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
