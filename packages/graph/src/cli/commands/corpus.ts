/**
 * `kg corpus`: extract the whole corpus folder (manifest, alias rules) into one resolved
 * CorpusExtraction JSON, written atomically. Also the shared loader other commands use.
 */

import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { extractCorpus, writeFileAtomic, type CorpusResult } from "@policy-kg/extractor/node";
import { intOption, parse } from "../args";
import { EXIT, dataDir, outDir, printJson, progress } from "../io";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg corpus [options]

Extract every document of the corpus folder (default: data/, with data/manifest.json and the
alias rules in data/aliases.yaml), resolve entities across documents, and write the result to
out/corpus.json (atomically: a failed run leaves the previous file as it was).

Options:
  --data <dir>       corpus folder (default: data, or $KG_DATA)
  --out <file>       where to write (default: out/corpus.json, or $KG_OUT/corpus.json)
  --json             print the corpus JSON on stdout instead of writing a file
  --keep-going       skip unreadable documents (exit 4 if any were skipped)
  --max-bytes <n>    refuse documents larger than n bytes (default 20 MiB)
  -h, --help         show this help`;

export async function loadCorpus(opts: { data?: string; keepGoing?: boolean; maxBytes?: number; quiet?: boolean; include?: (id: string) => boolean }): Promise<CorpusResult> {
  const dir = dataDir(opts.data);
  const result = await extractCorpus(dir, {
    keepGoing: opts.keepGoing ?? false,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.include ? { include: opts.include } : {}),
    ...(opts.quiet ? {} : { onProgress: progress("extracting") }),
  });
  for (const e of result.errors) process.stderr.write(`kg: ${e.message} [${e.code}] (skipped)\n`);
  return result;
}

export const corpusCommand: Command = {
  name: "corpus",
  summary: "extract the whole corpus into out/corpus.json",
  help: HELP,
  async run(args) {
    const { values } = parse(
      args,
      { data: { type: "string" }, out: { type: "string" }, json: { type: "boolean" }, "keep-going": { type: "boolean" }, "max-bytes": { type: "string" } },
      "corpus",
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    const t0 = performance.now();
    const maxBytes = intOption(values["max-bytes"] as string | undefined, "max-bytes");
    const { corpus, errors } = await loadCorpus({
      ...(values.data ? { data: values.data as string } : {}),
      keepGoing: Boolean(values["keep-going"]),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    });
    if (values.json) {
      printJson(corpus);
    } else {
      const out = (values.out as string | undefined) ?? join(outDir(), "corpus.json");
      await mkdir(join(out, ".."), { recursive: true });
      await writeFileAtomic(out, `${JSON.stringify(corpus)}\n`);
      const mentions = corpus.entities.reduce((n, e) => n + e.mentions.length, 0);
      process.stderr.write(
        `wrote ${out}: ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${mentions} mentions, ` +
          `${corpus.relations.length} relations, ${corpus.indicators.length} indicator values (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
      );
    }
    return errors.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
