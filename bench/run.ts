/**
 * Benchmark runner: `pnpm bench [suite…]` runs the named suites (all by default), prints a table
 * per suite on stdout (progress on stderr) and writes out/bench/<suite>.json with the machine.
 * Options: --data <dir> (corpus folder, default data), --list, --help.
 */

import { mkdir } from "node:fs/promises";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "@policy-kg/extractor/node";
import { extractorSuite, type SuiteContext } from "./extractor";
import { graphSuite } from "./graph";
import { graphLargeSuite } from "./graph-large";
import { neo4jSuite } from "./neo4j";
import { neo4jLargeSuite } from "./neo4j-large";
import { explorerSuite } from "./explorer";

interface Suite {
  name: string;
  summary: string;
  run(ctx: SuiteContext): Promise<{ result: Record<string, unknown>; table: string }>;
}

/** Every suite, in run order (graph and explorer suites go here). */
const SUITES: Suite[] = [extractorSuite, graphSuite, neo4jSuite, graphLargeSuite, neo4jLargeSuite, explorerSuite];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function machine() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryBytes: totalmem(),
  };
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: "string" }, list: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message.split("\n")[0]}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || values.list) {
    process.stdout.write(`Usage: pnpm bench [suite…] [--data <dir>]\n\nSuites:\n${SUITES.map((s) => `  ${s.name.padEnd(12)} ${s.summary}`).join("\n")}\n`);
    return 0;
  }
  const unknown = positionals.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown suite ${unknown.join(", ")}; known: ${SUITES.map((s) => s.name).join(", ")}\n`);
    return 2;
  }
  const selected = positionals.length > 0 ? SUITES.filter((s) => positionals.includes(s.name)) : SUITES;
  const ctx: SuiteContext = {
    root: ROOT,
    data: resolve(values.data ?? join(ROOT, "data")),
    log: (line) => process.stderr.write(`  ${line}\n`),
  };
  const outDir = join(ROOT, "out", "bench");
  await mkdir(outDir, { recursive: true });
  const host = machine();
  process.stdout.write(`${host.cpu}, ${host.cores} cores, ${(host.memoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${host.node}\n`);
  for (const suite of selected) {
    process.stderr.write(`[${suite.name}]\n`);
    const { result, table } = await suite.run(ctx);
    const file = join(outDir, `${suite.name}.json`);
    await writeFileAtomic(file, `${JSON.stringify({ suite: suite.name, machine: host, ...result }, null, 2)}\n`);
    process.stdout.write(`\n${table}\n  → ${file}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
