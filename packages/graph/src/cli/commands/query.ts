/**
 * `kg query <name> [--param value …]`: run a query of the catalogue on the embedded graph (a
 * snapshot) or on Neo4j; both give the same answer. `kg query --list` shows the catalogue.
 */

import { join, resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { QUERY_CATALOGUE, QUERY_NAMES, isQueryName, queryDefinition, runEmbeddedQuery, type QueryName } from "../../index";
import { loadSnapshot, runNeo4jQuery, withNeo4j } from "../../node/index";
import { parse } from "../args";
import { EXIT, UsageError, outDir, printJson } from "../io";
import { formatCatalogue, formatQueryResult } from "../format/queries";
import { NEO4J_HELP, neo4jExit, NEO4J_OPTIONS, settingsFrom } from "../neo4j-options";
import type { Command } from "./types";

const BACKENDS = ["embedded", "neo4j"] as const;

const HELP = `Usage: pnpm kg query <name> [--<parameter> <value> …] [options]
       pnpm kg query --list

Run a named, parameterised query of the catalogue on the graph: on the embedded graph (a snapshot,
default out/graph.json) or on Neo4j (the graph written by 'pnpm kg push'). Both backends answer
every query the same. Queries: ${QUERY_NAMES.join(", ")}; 'pnpm kg query --list' shows each with
its parameters, e.g. pnpm kg query lineage --entity 深圳工业软件园.

Options:
  --list               show the catalogue (with --json: as JSON)
  --backend <name>     embedded or neo4j (default: neo4j when NEO4J_URI or --uri is set, else embedded)
  --snapshot <file>    embedded backend: the snapshot (default out/graph.json, or $KG_OUT/graph.json)
${NEO4J_HELP}
  --json               print the answer as JSON on stdout
  -h, --help           show this help

Exit codes: 0 answered, 1 no entity or district by that name, 2 usage error (unknown query or
parameter, bad value), 3 missing or unusable snapshot,
${neo4jExit(true)}.`;

const COMMON = { list: { type: "boolean" }, backend: { type: "string" }, snapshot: { type: "string" }, json: { type: "boolean" }, ...NEO4J_OPTIONS } as const;

/** The options of one query: its parameters (booleans as flags) and the common ones. */
function optionsOf(name: QueryName): NonNullable<ParseArgsConfig["options"]> {
  const params = Object.fromEntries(queryDefinition(name).params.map((p) => [p.name, { type: p.type === "boolean" ? ("boolean" as const) : ("string" as const) }]));
  return { ...params, ...COMMON };
}

export const queryCommand: Command = {
  name: "query",
  summary: "run a named query of the catalogue on the embedded graph or on Neo4j",
  help: HELP,
  async run(args) {
    const name = args[0] !== undefined && !args[0].startsWith("-") ? args[0] : undefined;
    if (name !== undefined && !isQueryName(name)) throw new UsageError(`query: no query named "${name}"; the catalogue has ${QUERY_NAMES.join(", ")} (see 'pnpm kg query --list')`);
    const parsed = parse(name ? args.slice(1) : args, name ? optionsOf(name) : { ...COMMON }, "query");
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const positionals = parsed.positionals;
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (values.list) {
      if (values.json) printJson(QUERY_CATALOGUE);
      else process.stdout.write(`${formatCatalogue()}\n`);
      return EXIT.OK;
    }
    if (!name) throw new UsageError("query: name a query, e.g. pnpm kg query lineage --entity 深圳工业软件园 (see 'pnpm kg query --list')");
    if (positionals.length > 0) throw new UsageError(`query: unexpected argument "${positionals[0]}"; parameters are given as --<name> <value> (see 'pnpm kg query --list')`);
    const backend = (values.backend as string | undefined) ?? (values.uri || process.env.NEO4J_URI ? "neo4j" : "embedded");
    if (!(BACKENDS as readonly string[]).includes(backend)) throw new UsageError(`query: --backend takes ${BACKENDS.join(" or ")}, got "${backend}"`);
    if (backend === "embedded" && (values.uri || values.user || values.password)) throw new UsageError("query: --uri, --user and --password are for --backend neo4j");
    if (backend === "neo4j" && values.snapshot) throw new UsageError("query: --snapshot is for --backend embedded");
    const params = Object.fromEntries(queryDefinition(name).params.map((p) => [p.name, values[p.name]]));
    let result;
    if (backend === "embedded") {
      const graph = await loadSnapshot(resolve((values.snapshot as string | undefined) ?? join(outDir(), "graph.json")));
      result = runEmbeddedQuery(graph, name, params);
    } else {
      const settings = settingsFrom(values);
      result = await withNeo4j(settings, (driver) => runNeo4jQuery(driver, name, params, { source: settings.uri }));
    }
    if (values.json) printJson(result);
    else process.stdout.write(`${formatQueryResult(name, result)}\n`);
    return EXIT.OK;
  },
};
