/**
 * Neo4j, Node-only (neo4j-driver): connect, push a graph, pull it back, run the query catalogue,
 * clear the database. Exported through `@policy-kg/graph/node`, never from the browser-safe entry.
 */

export { neo4jSettings, connectNeo4j, withNeo4j, neo4jError, type Neo4jSettings, type ConnectOptions } from "./connect";
export { pushGraph, type PushOptions, type PushPhase, type PushSummary } from "./push";
export { pullGraph, type PullOptions } from "./pull";
export { runNeo4jQuery, type Neo4jQueryOptions } from "./queries";
export { clearGraph, type ClearOptions } from "./clear";
export { readMeta, requireCompleteGraph, type MetaState } from "./meta";
export { NODE_LABELS, RELATIONSHIP_TYPES, STATEMENT_RELATIONSHIPS, NAMES_INDEX, schemaStatements, type NodeLabel, type RelationshipType } from "./schema";
export { COUNTER_NAMES, type WriteCounters } from "./counters";
