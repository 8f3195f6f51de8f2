/**
 * Public, browser-safe API of @policy-kg/extractor: the schema vocabulary, the output contract,
 * document and corpus extraction, lineage, and evaluation against gold annotations.
 */

export * from "./schema/vocabulary";
export * from "./schema/document";
export * from "./schema/output";
export { ExtractError, isExtractError, ERROR_CODES, type ErrorCode } from "./errors";
export { extractDocument, type ExtractInput } from "./extract";
export { normalizeText, toOriginalSpan, type NormalizedText } from "./normalize/normalize";
export { entityId } from "./entities/ids";
export { canonicalName, nameKey } from "./entities/names";
export { resolveEntities, EMPTY_RULES, type AliasRules } from "./resolve/resolve";
export { lineage, findEntity, closestNames, type Lineage, type LineageEvent } from "./lineage";
export { GoldSchema, parseGold, checkGold, type Gold } from "./eval/gold";
export { scoreCorpus, scoreDocument, type EvalReport, type DocumentScore, type Prf } from "./eval/score";
export { detectMetadata } from "./read/metadata";
export { decodeDocument } from "./read/decode";
