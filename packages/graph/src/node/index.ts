/**
 * Node-only API of @policy-kg/graph: snapshot files (atomic save, checked load), corpus files, and
 * writing exports (atomic; a CSV folder all or nothing).
 * Kept apart from the browser-safe entry point, like everything that needs the file system.
 * Neo4j (neo4j-driver: connect, push, pull, the query catalogue) is here for the same reason.
 */

export { saveSnapshot, loadSnapshot } from "./snapshot-file";
export { loadCorpusFile } from "./corpus-file";
export { writeExportFile, writeExportFolder } from "./export-files";
// Neo4j, Node-only: src/neo4j/
export * from "../neo4j/index";
