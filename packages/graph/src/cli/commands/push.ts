/**
 * `kg push`: write a graph snapshot to Neo4j (constraints, full-text index, batched MERGE), so
 * that the database holds exactly that graph; a second push of the same graph changes nothing
 * and says so. Progress on stderr, the summary (counters of the result summaries) on stdout.
 */

import { join, resolve } from "node:path";
import { loadSnapshot, pushGraph, withNeo4j, type PushPhase, type PushSummary } from "../../node/index";
import { intOption, parse } from "../args";
import { EXIT, UsageError, outDir, printJson, progress } from "../io";
import { NEO4J_HELP, neo4jExit, NEO4J_OPTIONS, settingsFrom } from "../neo4j-options";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg push [options]

Write a graph snapshot (default out/graph.json) to Neo4j: uniqueness constraints per label, a
full-text index over entity names and aliases (cjk analyzer), then the nodes, the events and
indicator values (as nodes, with their documents), and the relationships, in batches of MERGE,
each batch one transaction. Idempotent: what is there already is left as it is, so pushing the
same graph again creates and changes nothing, and says so. What the database has but the graph
does not (an earlier push of another graph) is deleted. The corpus hash is stored last, so a push
that stopped half-way is detected (pull and query refuse it) and completed by pushing again.
Schema: docs/graph-model.md#neo4j. Progress goes to stderr, the summary to stdout.

Options:
  --snapshot <file>  graph snapshot (default out/graph.json, or $KG_OUT/graph.json)
  --batch-size <n>   rows per transaction (default 5000)
${NEO4J_HELP}
  --json             print the summary (counters, timings) as JSON on stdout
  -h, --help         show this help

Exit codes: 0 pushed, 2 usage error, 3 missing or unusable snapshot,
${neo4jExit(false)}.`;

const PHASES: Record<PushPhase, string> = {
  nodes: "pushing nodes",
  statements: "pushing events and indicator values",
  relationships: "pushing relationships",
  cleanup: "deleting what the graph no longer has",
};

function formatSummary(file: string, uri: string, s: PushSummary): string {
  const c = s.counters;
  const lines = [
    `pushed ${file} to ${uri} in ${s.seconds.toFixed(1)} s: ${s.nodes} nodes, ${s.statements} events and indicator values, ${s.relationships} relationships (${Math.round(s.relationships / s.seconds)} relationships/s)`,
  ];
  if (s.resumed !== null) lines.push(`  completed a push that had not finished (corpus ${s.resumed})`);
  if (s.replaced !== null) lines.push(`  replaced the graph of corpus ${s.replaced}`);
  if (s.unchanged) {
    const meta = s.metadataChanged ? "; only its metadata (time of build, versions) was updated" : "";
    lines.push(`  unchanged: the database already held this graph (0 nodes and 0 relationships created, 0 properties set, nothing deleted)${meta}`);
  }
  else {
    lines.push(`  created ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships, set ${c.propertiesSet} properties, deleted ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships`);
  }
  if (s.schema.constraintsAdded + s.schema.indexesAdded > 0) lines.push(`  created ${s.schema.constraintsAdded} constraints and ${s.schema.indexesAdded} indexes`);
  return lines.join("\n");
}

export const pushCommand: Command = {
  name: "push",
  summary: "write a graph snapshot to Neo4j (idempotent)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, { snapshot: { type: "string" }, "batch-size": { type: "string" }, json: { type: "boolean" }, ...NEO4J_OPTIONS }, "push");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new UsageError(`push: unexpected argument "${positionals[0]}" (see 'pnpm kg push --help')`);
    const batchSize = intOption(values["batch-size"] as string | undefined, "batch-size") ?? 5000;
    const settings = settingsFrom(values);
    const file = resolve((values.snapshot as string | undefined) ?? join(outDir(), "graph.json"));
    const graph = await loadSnapshot(file);
    const reporters = new Map<PushPhase, ReturnType<typeof progress>>();
    const summary = await withNeo4j(settings, (driver) =>
      pushGraph(driver, graph, {
        batchSize,
        onProgress: (phase, done, total) => {
          if (!reporters.has(phase)) reporters.set(phase, progress(PHASES[phase]));
          reporters.get(phase)!(done, total, "");
        },
      }),
    );
    if (values.json) printJson({ file, uri: settings.uri, ...summary });
    else process.stdout.write(`${formatSummary(file, settings.uri, summary)}\n`);
    return EXIT.OK;
  },
};
