/**
 * CLI plumbing shared by every command: exit codes scripts can rely on, error printing without
 * stack traces, progress on stderr (stdout stays clean for --json), and the data folder default.
 */

import { isExtractError } from "@policy-kg/extractor";
import { isGraphError } from "../errors";
import { resolve } from "node:path";

export const EXIT = {
  OK: 0,
  /** the thing asked for does not exist (unknown entity name) */
  NOT_FOUND: 1,
  /** bad command line */
  USAGE: 2,
  /** bad input file, manifest, alias, gold or snapshot file */
  INPUT: 3,
  /** --keep-going run that skipped some inputs */
  PARTIAL: 4,
  /** Neo4j unreachable, refused the credentials, holds no (complete) graph, or failed */
  DATABASE: 5,
  /** a bug: please report */
  INTERNAL: 70,
} as const;

export class UsageError extends Error {}

export function dataDir(flag: string | undefined): string {
  return resolve(flag ?? process.env.KG_DATA ?? "data");
}

export function outDir(): string {
  return resolve(process.env.KG_OUT ?? "out");
}

/** Progress line on stderr: overwritten in place on a terminal, otherwise every 10% only. */
export function progress(label: string): (done: number, total: number, item: string) => void {
  const tty = process.stderr.isTTY;
  let lastPct = -1;
  return (done, total, item) => {
    const pct = Math.floor((done / total) * 100);
    if (tty) {
      process.stderr.write(`\r${label} ${done}/${total} ${item}`.padEnd(70).slice(0, 100));
      if (done === total) process.stderr.write("\n");
    } else if (pct >= lastPct + 10 || done === total) {
      lastPct = pct;
      process.stderr.write(`${label} ${done}/${total} (${pct}%)\n`);
    }
  };
}

export function printError(e: unknown): number {
  if (e instanceof UsageError) {
    process.stderr.write(`kg: ${e.message}\n`);
    return EXIT.USAGE;
  }
  if (isExtractError(e)) {
    process.stderr.write(`kg: ${e.message} [${e.code}]\n`);
    if (e.code === "ENTITY_NOT_FOUND") return EXIT.NOT_FOUND;
    if (e.code === "USAGE") return EXIT.USAGE;
    return EXIT.INPUT;
  }
  if (isGraphError(e)) {
    process.stderr.write(`kg: ${e.message} [${e.code}]\n`);
    if (e.code === "ENTITY_NOT_FOUND" || e.code === "DISTRICT_NOT_FOUND") return EXIT.NOT_FOUND;
    if (e.code === "INVALID_OPTIONS") return EXIT.USAGE;
    if (e.code.startsWith("NEO4J_")) return EXIT.DATABASE;
    return EXIT.INPUT;
  }
  const err = e as Error;
  process.stderr.write(`kg: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.KG_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  else process.stderr.write("kg: set KG_DEBUG=1 to see details, and please report it\n");
  return EXIT.INTERNAL;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
