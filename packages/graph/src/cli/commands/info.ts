/**
 * `kg info [snapshot]`: load a snapshot with every check and show its metadata, or say in one
 * line what is wrong with it.
 */

import { join, resolve } from "node:path";
import { loadSnapshot } from "../../node/index";
import { parse } from "../args";
import { EXIT, UsageError, outDir, printJson } from "../io";
import { formatMeta } from "../format/graph";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg info [snapshot] [options]

Check a graph snapshot (default: out/graph.json, or $KG_OUT/graph.json) and show its metadata:
graph schema version, corpus hash, extractor version, time of build, and counts of nodes, edges,
events and indicator values. It makes every check loading makes (JSON, format, schema version,
attributes, edges, counts), so a file that cannot be used is named with what is wrong.

Options:
  --json       print the metadata (the snapshot's graph attributes) as JSON on stdout
  -h, --help   show this help

Exit codes: 0 usable snapshot, 2 usage error, 3 missing or unusable snapshot.`;

export const infoCommand: Command = {
  name: "info",
  summary: "check a graph snapshot and show its metadata",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, { json: { type: "boolean" } }, "info");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 1) throw new UsageError("info: give at most one snapshot file (see 'pnpm kg info --help')");
    const file = resolve(positionals[0] ?? join(outDir(), "graph.json"));
    const graph = await loadSnapshot(file);
    if (values.json) printJson(graph.getAttributes());
    else process.stdout.write(`${file}: usable snapshot\n${formatMeta(graph.getAttributes())}\n`);
    return EXIT.OK;
  },
};
