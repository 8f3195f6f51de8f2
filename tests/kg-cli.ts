/**
 * Shared by the CLI end-to-end tests: run the real `kg` tool (node --import tsx …/cli/main.ts)
 * from the repo root, and check the one-line error contract.
 */

import { execFile } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "packages", "graph", "src", "cli", "main.ts");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `kg <args>` from the repo root, without KG_* variables; never rejects. */
export function kg(...args: string[]): Promise<Run> {
  const env = { ...process.env };
  for (const k of ["KG_DEBUG", "KG_DATA", "KG_OUT"]) delete env[k];
  return new Promise((done) => {
    execFile(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export const stderrLines = (r: Run): string[] => r.stderr.split("\n").filter((l) => l.trim() !== "");

/** Progress lines a command may print before it fails. */
const PROGRESS = /^(extracting \d+\/\d+|building graph:|reading |checking and writing |exporting \d+ nodes|writing )/;

/** Exit code, exactly one stderr line (besides progress) naming `file` with `[CODE]`, no stack trace. */
export function expectOneLineError(r: Run, exit: number, code: string, file?: string): void {
  expect(r.code, r.stderr).toBe(exit);
  const lines = stderrLines(r).filter((l) => !PROGRESS.test(l));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`[${code}]`);
  if (file) expect(lines[0]).toContain(file);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}
