/**
 * Typed errors with a stable `code` (tests assert codes, not messages). Messages are one line,
 * name the file and say what is wrong, so the CLI can print them as they are.
 */

export const ERROR_CODES = [
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "FILE_EMPTY",
  "FILE_BINARY",
  "FILE_TOO_LARGE",
  "ENCODING_UNKNOWN",
  "UNSUPPORTED_FILE_TYPE",
  "MANIFEST_INVALID",
  "MANIFEST_MISSING_FILE",
  "ALIASES_INVALID",
  "GOLD_INVALID",
  "OUTPUT_INVALID",
  "ENTITY_NOT_FOUND",
  "USAGE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ExtractError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  constructor(code: ErrorCode, message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = "ExtractError";
    this.code = code;
    this.file = file;
  }
}

export function isExtractError(e: unknown): e is ExtractError {
  return e instanceof ExtractError;
}
