/**
 * Node-only API of @policy-kg/graph: snapshot files (atomic save, checked load), corpus files, and
 * writing exports (atomic; a CSV folder all or nothing).
 * Kept apart from the browser-safe entry point, like everything that needs the file system.
 */

export { saveSnapshot, loadSnapshot } from "./snapshot-file";
export { loadCorpusFile } from "./corpus-file";
export { writeExportFile, writeExportFolder } from "./export-files";
