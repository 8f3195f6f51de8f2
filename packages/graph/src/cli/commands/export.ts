/**
 * `kg export`: read a snapshot, filter it (year, range, types, district) and write it as GEXF,
 * GraphML, CSV or JSON for other tools, atomically, with a provenance record in every format.
 * Progress on stderr; a summary (or --json) on stdout.
 */

import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { EXPORT_FORMATS, NODE_KINDS, VIEW_MODES, checkFilters, exportMeta, filterGraph, writeCsv, writeGexf, writeGraphml, writeJson, type ExportFilters, type ExportFormat, type NodeKind, type ViewMode } from "../../index";
import { loadSnapshot, writeExportFile, writeExportFolder } from "../../node/index";
import { intOption, parse } from "../args";
import { EXIT, UsageError, outDir, printJson } from "../io";
import { formatBytes } from "../format/graph";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg export --format gexf|graphml|csv|json [options]

Export the graph snapshot, or a view of it, for other tools: Gephi (GEXF), yEd, Cytoscape,
networkx (GraphML), R, pandas, Excel (CSV), graphology (JSON). Every export records what made it:
corpus hash, graph schema version, extractor version, tool version, filters, command line and
time of export, so that a figure can be made again.

Formats:
  gexf      GEXF 1.3, dynamic: nodes and edges have spells (the years they are present in, as
            dates), an entity's stage is given year by year, so Gephi's timeline plays the
            evolution. Provenance in <meta><description> (JSON).
  graphml   GraphML with typed keys; lists (years, aliases, evidence) joined by "|".
            Provenance in <desc> and graph-level <data>.
  csv       a folder with nodes.csv, edges.csv, events.csv (every statement with its evidence:
            document, start, end, quote), values.csv (indicator values) and export-meta.json
            (provenance, rows per file). RFC 4180 quoting, CRLF line ends, UTF-8 with a byte
            order mark so that Excel opens the Chinese text correctly. Lists joined by "|".
  json      graphology's serialisation of the graph, provenance as its graph attributes.

Options:
  --format <f>         gexf, graphml, csv or json (required)
  --snapshot <file>    snapshot to read (default: out/graph.json, or $KG_OUT/graph.json)
  --out <path>         file to write; for csv a folder (made if missing, its parent must exist)
                       (default: out/export.gexf, out/export.graphml, out/export.json, out/export-csv)
  --year <y>           the graph as of year y: statements placed up to y ...
  --mode <m>           ... with --mode cumulative (default), or in y only with --mode year
  --from <a>           statements placed from year a ...
  --to <b>             ... to year b, both included (either may be left out; not with --year)
  --type <t,…>         keep only nodes of these kinds: ${NODE_KINDS.join(", ")}
  --district <name>    keep only a Place (name, alias or id), the entities located in it (through
                       LOCATED_IN and PHASE_OF, as far as they go) and the documents and years of
                       their statements
  --json               print {file, bytes, and the provenance record} as JSON on stdout
  -h, --help           show this help

Examples:
  pnpm kg export --format gexf --from 2019 --to 2025 --out figures/evolution.gexf
  pnpm kg export --format csv --year 2022 --mode year --type Project,Park,Document
  pnpm kg export --format graphml --district 龙岗区

Exit codes: 0 written, 1 no Place of that name (--district), 2 usage error, 3 missing or unusable
snapshot, or an output path that cannot be written (nothing is left half-written).`;

const EXTENSIONS: Record<Exclude<ExportFormat, "csv">, string> = { gexf: "gexf", graphml: "graphml", json: "json" };
const SERIALIZERS = { gexf: writeGexf, graphml: writeGraphml, json: writeJson } as const;

/** A shell word for the recorded command line. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function filtersOf(values: Record<string, string | boolean | undefined>): ExportFilters {
  const text = (name: string) => values[name] as string | undefined;
  const filters: ExportFilters = {};
  const year = intOption(text("year"), "year");
  const from = intOption(text("from"), "from");
  const to = intOption(text("to"), "to");
  if (year !== undefined) filters.year = year;
  if (text("mode") !== undefined) filters.mode = text("mode") as ViewMode;
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  if (text("type") !== undefined) filters.types = text("type")!.split(",").map((t) => t.trim()).filter((t) => t !== "") as NodeKind[];
  if (text("district") !== undefined) filters.district = text("district")!;
  return filters;
}

export const exportCommand: Command = {
  name: "export",
  summary: "export the graph or a view of it as GEXF (Gephi, with a timeline), GraphML, CSV or JSON",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(
      args,
      {
        format: { type: "string" },
        snapshot: { type: "string" },
        out: { type: "string" },
        year: { type: "string" },
        mode: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        type: { type: "string" },
        district: { type: "string" },
        json: { type: "boolean" },
      },
      "export",
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new UsageError(`export: unexpected argument "${positionals[0]}" (see 'pnpm kg export --help')`);
    const format = values.format as string | undefined;
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`export: ${format ? `unknown format "${format}"` : "--format is required"}; formats are ${EXPORT_FORMATS.join(", ")}`);
    }
    if (values.mode !== undefined && !(VIEW_MODES as readonly string[]).includes(values.mode as string)) {
      throw new UsageError(`export: unknown mode "${values.mode as string}"; modes are ${VIEW_MODES.join(", ")}`);
    }
    const filters = filtersOf(values);
    checkFilters(filters);
    const snapshot = resolve((values.snapshot as string | undefined) ?? join(outDir(), "graph.json"));
    const out = resolve((values.out as string | undefined) ?? join(outDir(), format === "csv" ? "export-csv" : `export.${EXTENSIONS[format as keyof typeof EXTENSIONS]}`));
    if (out === snapshot) throw new UsageError(`export: --out ${out} is the snapshot being read; choose another path`);

    process.stderr.write(`reading ${snapshot}\n`);
    const view = filterGraph(await loadSnapshot(snapshot), filters);
    process.stderr.write(`exporting ${view.order} nodes and ${view.size} edges as ${format}\n`);
    const options = { filters, command: ["pnpm kg export", ...args.map(shellWord)].join(" "), exportedAt: new Date().toISOString() };
    if (values.out === undefined) await mkdir(outDir(), { recursive: true });
    process.stderr.write(`writing ${out}\n`);
    const bytes = format === "csv" ? await writeExportFolder(out, writeCsv(view, options)) : await writeExportFile(out, SERIALIZERS[format as keyof typeof SERIALIZERS](view, options));
    if (values.json) printJson({ file: out, bytes, ...exportMeta(view, format as ExportFormat, options) });
    else process.stdout.write(`wrote ${out} (${formatBytes(bytes)}): ${view.order} nodes, ${view.size} edges\n`);
    return EXIT.OK;
  },
};
