/**
 * `kg build`: extract the corpus (or read a corpus JSON), build the temporal graph and write it
 * as a snapshot, atomically. Progress on stderr; the summary (or --json metadata) on stdout.
 */

import { join, resolve } from "node:path";
import { buildGraph } from "../../index";
import { loadCorpusFile, saveSnapshot } from "../../node/index";
import { intOption, parse } from "../args";
import { EXIT, UsageError, outDir, printJson } from "../io";
import { formatBytes, formatMeta } from "../format/graph";
import type { Command } from "./types";
import { loadCorpus } from "./corpus";

const HELP = `Usage: pnpm kg build [options]

Build the temporal policy graph and save it as a snapshot. Extracts every document of the corpus
folder (default: data/), resolves entities across documents, keeps every statement about an
entity as a dated event, and writes the graph in graphology's JSON format, with its metadata
(graph schema version, corpus hash, extractor version, time of build, counts), to out/graph.json.
The write is atomic: a failed build leaves the previous snapshot as it was.
Progress goes to stderr, the summary to stdout.

Options:
  --data <dir>       corpus folder (default: data, or $KG_DATA)
  --corpus <file>    build from a corpus JSON written by 'pnpm kg corpus' instead of extracting
  --out <file>       where to write (default: out/graph.json, or $KG_OUT/graph.json)
  --json             print {file, bytes, metadata} as JSON on stdout instead of the summary
  --keep-going       skip unreadable documents (exit 4 if any were skipped)
  --max-bytes <n>    refuse documents larger than n bytes (default 20 MiB)
  -h, --help         show this help

Exit codes: 0 built, 2 usage error, 3 bad input (document, manifest, alias or corpus file) or
an --out that cannot be written, 4 built but --keep-going skipped documents, 70 internal error.`;

export const buildCommand: Command = {
  name: "build",
  summary: "build the temporal graph and save it as a snapshot (out/graph.json)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(
      args,
      {
        data: { type: "string" },
        corpus: { type: "string" },
        out: { type: "string" },
        json: { type: "boolean" },
        "keep-going": { type: "boolean" },
        "max-bytes": { type: "string" },
      },
      "build",
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new UsageError(`build: unexpected argument "${positionals[0]}" (see 'pnpm kg build --help')`);
    if (values.corpus && (values.data || values["keep-going"] || values["max-bytes"])) {
      throw new UsageError("build: --corpus reads an extraction already made; it cannot be combined with --data, --keep-going or --max-bytes");
    }
    const t0 = performance.now();
    const maxBytes = intOption(values["max-bytes"] as string | undefined, "max-bytes");
    const out = resolve((values.out as string | undefined) ?? join(outDir(), "graph.json"));
    let skipped = 0;
    let corpus;
    if (values.corpus) {
      process.stderr.write(`reading ${values.corpus as string}\n`);
      corpus = await loadCorpusFile(values.corpus as string);
    } else {
      const result = await loadCorpus({
        ...(values.data ? { data: values.data as string } : {}),
        keepGoing: Boolean(values["keep-going"]),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
      });
      corpus = result.corpus;
      skipped = result.errors.length;
    }
    process.stderr.write(`building graph: ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${corpus.relations.length} relations, ${corpus.indicators.length} indicator values\n`);
    const graph = buildGraph(corpus);
    process.stderr.write(`checking and writing ${out}\n`);
    const { bytes } = await saveSnapshot(out, graph);
    const meta = graph.getAttributes();
    if (values.json) {
      printJson({ file: out, bytes, ...meta });
    } else {
      process.stdout.write(`wrote ${out} (${formatBytes(bytes)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n${formatMeta(meta)}\n`);
    }
    return skipped > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
