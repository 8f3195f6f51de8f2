/**
 * Typed errors of the graph package with a stable `code` (tests assert codes, not messages).
 * Messages are one line and, when a file is involved, start with the file's path, so the CLI can
 * print them as they are.
 */

export const GRAPH_ERROR_CODES = [
  /** the snapshot is not valid JSON: truncated, or edited by hand */
  "SNAPSHOT_CORRUPT",
  /** valid JSON, but not a snapshot of this schema: wrong shape, bad attribute, dangling edge, counts that do not add up */
  "SNAPSHOT_INVALID",
  /** a snapshot written with another graph schema version */
  "SNAPSHOT_SCHEMA_VERSION",
  /** the extraction given to buildGraph breaks its own contract (relation to an unknown entity …) */
  "CORPUS_INVALID",
  /** no entity with that id, name or alias */
  "ENTITY_NOT_FOUND",
  /** bad options to a graph function (a year that is not a whole number, from ≥ to …) */
  "INVALID_OPTIONS",
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  /** no document of that district (query district-year) */
  "DISTRICT_NOT_FOUND",
  /** Neo4j cannot be reached (nothing listens at the URI, connection timed out) or the URI is unusable */
  "NEO4J_UNAVAILABLE",
  /** Neo4j refused the user name or password */
  "NEO4J_AUTH",
  /** the database holds no policy graph: nothing was pushed */
  "NEO4J_EMPTY",
  /** the database holds a push that did not finish: rerun kg push */
  "NEO4J_INCOMPLETE",
  /** any other error Neo4j reports */
  "NEO4J_FAILED",
  /** an output path that cannot be written: its folder is missing, no permission, it is a folder */
  "FILE_UNWRITABLE",
] as const;
export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export class GraphError extends Error {
  readonly code: GraphErrorCode;
  readonly file: string | undefined;
  constructor(code: GraphErrorCode, message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = "GraphError";
    this.code = code;
    this.file = file;
  }
}

export function isGraphError(e: unknown): e is GraphError {
  return e instanceof GraphError;
}
