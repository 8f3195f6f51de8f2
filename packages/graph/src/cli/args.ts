/**
 * Argument parsing on node:util parseArgs, turning its errors into usage errors.
 */

import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.split("\n")[0]} (see 'pnpm kg ${command} --help')`);
  }
}

export function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive whole number, got "${value}"`);
  return n;
}
