/**
 * Node-only API of @policy-kg/graph: snapshot files (atomic save, checked load) and corpus files.
 * Kept apart from the browser-safe entry point, like everything that needs the file system.
 */

export { saveSnapshot, loadSnapshot } from "./snapshot-file";
export { loadCorpusFile } from "./corpus-file";
