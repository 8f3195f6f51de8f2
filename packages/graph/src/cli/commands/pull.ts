/**
 * `kg pull`: read the policy graph back from Neo4j and write it as a snapshot, atomically; the
 * snapshot is the one that was pushed (pull(push(g)) = g, same text).
 */

import { join, resolve } from "node:path";
import { pullGraph, saveSnapshot, withNeo4j } from "../../node/index";
import { parse } from "../args";
import { EXIT, UsageError, outDir, printJson } from "../io";
import { formatBytes, formatMeta } from "../format/graph";
import { NEO4J_HELP, neo4jExit, NEO4J_OPTIONS, settingsFrom } from "../neo4j-options";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg pull [options]

Read the policy graph from Neo4j (written by 'pnpm kg push') and save it as a snapshot: the same
snapshot that was pushed, byte for byte. The graph read goes through every check of 'kg info'
before it is written, and the write is atomic. A database with no graph, or with a push that did
not finish, is refused.

Options:
  --out <file>       where to write (default out/pulled.json, or $KG_OUT/pulled.json)
${NEO4J_HELP}
  --json             print {file, bytes, metadata} as JSON on stdout instead of the summary
  -h, --help         show this help

Exit codes: 0 pulled, 2 usage error, 3 the database's graph fails the snapshot checks,
${neo4jExit(true)}.`;

export const pullCommand: Command = {
  name: "pull",
  summary: "read the graph back from Neo4j into a snapshot (out/pulled.json)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, { out: { type: "string" }, json: { type: "boolean" }, ...NEO4J_OPTIONS }, "pull");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new UsageError(`pull: unexpected argument "${positionals[0]}" (see 'pnpm kg pull --help')`);
    const settings = settingsFrom(values);
    const out = resolve((values.out as string | undefined) ?? join(outDir(), "pulled.json"));
    const graph = await withNeo4j(settings, (driver) => pullGraph(driver, { source: settings.uri }));
    const { bytes } = await saveSnapshot(out, graph);
    if (values.json) printJson({ file: out, bytes, ...graph.getAttributes() });
    else process.stdout.write(`wrote ${out} (${formatBytes(bytes)}) from ${settings.uri}\n${formatMeta(graph.getAttributes())}\n`);
    return EXIT.OK;
  },
};
