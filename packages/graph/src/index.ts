/**
 * Public, browser-safe API of @policy-kg/graph: the attribute schema of the policy graph, the
 * builder, the temporal queries (as of a year, diff between years, lineage, stage in a year,
 * indicator series), snapshot serialisation, and the exports (GEXF, GraphML, CSV, JSON) of a graph
 * or a filtered view of it, and the query catalogue (definitions, and answers on a graph in memory;
 * the Neo4j backend is Node-only). No Node imports here: file access is in
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
export { inwardClosure, INSIDE_PLACE } from "./model/closure";
export { eventYear, isReported } from "./model/events";
export { documentKey, yearKey, edgeKey } from "./model/keys";
export { graphAsOf, type AsOfOptions } from "./temporal/as-of";
export { graphBetween, type BetweenOptions } from "./temporal/between";
export { diffYears, type DiffOptions, type DiffEntry, type YearDiff } from "./temporal/diff";
export { lineage, stageInYear, type LineageOptions, type GraphLineage, type EntityRef, type StageOptions, type StageInYear } from "./temporal/lineage";
export { indicatorSeries, type SeriesOptions, type SeriesPoint, type SeriesRow, type IndicatorSeries } from "./temporal/indicators";
export { findEntityNode } from "./temporal/common";
export { serialiseSnapshot, serialiseSnapshotChunks, parseSnapshot, graphFromData, snapshotProblem, SnapshotSchema, GraphDataSchema, type ParseOptions } from "./snapshot/snapshot";
export { filterGraph, checkFilters, type ExportFilters } from "./export/filter";
export { EXPORT_FORMATS, EXPORT_MARKER, TOOL_NAME, TOOL_VERSION, exportMeta, type ExportFormat, type ExportOptions, type ExportMeta } from "./export/meta";
export { writeGexf } from "./export/gexf";
export { writeGraphml } from "./export/graphml";
export { writeCsv, csvField, CSV_FILES, type CsvFile, type CsvManifest } from "./export/csv";
export { writeJson } from "./export/json";
export {
  QUERY_CATALOGUE,
  QUERY_NAMES,
  checkQueryParams,
  queryDefinition,
  isQueryName,
  type QueryName,
  type QueryParam,
  type QueryParamType,
  type QueryDefinition,
  type QueryParams,
  type QueryResults,
  type AnyQueryResult,
  type EntitySummary,
  type DistrictEntity,
  type DistrictYear,
  type StrategyMember,
  type StrategyPart,
  type StrategyParts,
  type StalledEntity,
  type Stalled,
} from "./queries/catalogue";
export { runEmbeddedQuery, isPlanning } from "./queries/embedded";
export { GraphError, isGraphError, GRAPH_ERROR_CODES, type GraphErrorCode } from "./errors";
