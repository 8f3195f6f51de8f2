/**
 * Public, browser-safe API of @policy-kg/graph: the attribute schema of the policy graph, the
 * builder, the temporal queries (as of a year, diff between years, lineage, stage in a year,
 * indicator series) and snapshot serialisation. No Node imports here: file access is in
 * `@policy-kg/graph/node`.
 */

export {
  GRAPH_SCHEMA_VERSION,
  SNAPSHOT_FORMAT,
  NODE_KINDS,
  EDGE_RELATIONS,
  DOCUMENT_YEAR_RELATIONS,
  VIEW_MODES,
  GraphEventSchema,
  IndicatorPointSchema,
  EntityNodeSchema,
  DocumentNodeSchema,
  YearNodeSchema,
  NodeAttributesSchema,
  EdgeAttributesSchema,
  GraphAttributesSchema,
  GraphCountsSchema,
  isEntityNode,
  isRelationEdge,
  type NodeKind,
  type EdgeRelation,
  type DocumentYearRelation,
  type ViewMode,
  type GraphEvent,
  type IndicatorPoint,
  type EntityNode,
  type DocumentNode,
  type YearNode,
  type NodeAttributes,
  type RelationEdge,
  type MentionEdge,
  type DocumentYearEdge,
  type EdgeAttributes,
  type GraphCounts,
  type GraphAttributes,
  type PolicyGraph,
} from "./model/attributes";
export { buildGraph, createGraph, type BuildOptions } from "./model/build";
export { countGraph } from "./model/counts";
export { eventYear, isReported } from "./model/events";
export { documentKey, yearKey, edgeKey } from "./model/keys";
export { graphAsOf, type AsOfOptions } from "./temporal/as-of";
export { diffYears, type DiffOptions, type DiffEntry, type YearDiff } from "./temporal/diff";
export { lineage, stageInYear, type LineageOptions, type GraphLineage, type EntityRef, type StageOptions, type StageInYear } from "./temporal/lineage";
export { indicatorSeries, type SeriesOptions, type SeriesPoint, type SeriesRow, type IndicatorSeries } from "./temporal/indicators";
export { findEntityNode } from "./temporal/common";
export { serialiseSnapshot, parseSnapshot, SnapshotSchema, type ParseOptions } from "./snapshot/snapshot";
export { GraphError, isGraphError, GRAPH_ERROR_CODES, type GraphErrorCode } from "./errors";
