/**
 * Node-only API of @policy-kg/extractor: files, manifest, alias rules and whole-corpus
 * extraction. Kept apart from the browser-safe entry point.
 */

export { readDocumentFile, listDocumentFiles, writeFileAtomic } from "./files";
export { loadManifest, resolveCorpus } from "./manifest";
export { loadAliasRules } from "./aliases";
export { extractCorpus, type CorpusOptions, type CorpusResult } from "./corpus";
export { loadGoldDir } from "./gold";
