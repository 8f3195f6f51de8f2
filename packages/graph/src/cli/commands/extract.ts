/**
 * `kg extract <file>…`: extract documents and show what was found — metadata (and where it came
 * from), the section tree with years and modalities, entities with their mentions. `--json`
 * prints the DocumentExtraction contract (one object, or an array for several files).
 */

import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { detectMetadata, extractDocument, type DocumentExtraction, type DocumentMeta, type ManifestEntry } from "@policy-kg/extractor";
import { listDocumentFiles, loadManifest, readDocumentFile } from "@policy-kg/extractor/node";
import { isExtractError, type ExtractError } from "@policy-kg/extractor";
import { intOption, parse } from "../args";
import { EXIT, UsageError, printJson } from "../io";
import type { Command } from "./types";
import { formatExtraction } from "../format/extraction";

const HELP = `Usage: pnpm kg extract <file or folder>... [options]

Extract entities, lifecycle stages, years and source spans from policy documents (.txt, .md;
UTF-8 with or without BOM, or GB18030/GBK).

Metadata comes from a manifest.json found next to the file or in a parent folder when it lists
the file; otherwise it is detected from the text (shown as "detected").

Options:
  --json             print the extraction as JSON on stdout (nothing else on stdout)
  --keep-going       report bad files and go on with the rest (exit 4 if any failed)
  --max-bytes <n>    refuse files larger than n bytes (default 20971520 = 20 MiB)
  -h, --help         show this help

Exit codes: 0 ok, 2 usage error, 3 bad input, 4 some files skipped with --keep-going.`;

async function findManifestEntry(file: string): Promise<ManifestEntry | null> {
  let dir = dirname(resolve(file));
  for (let i = 0; i < 3; i++) {
    const m = join(dir, "manifest.json");
    if (existsSync(m)) {
      const manifest = await loadManifest(m);
      const entry = manifest.documents.find((d) => resolve(dir, d.file) === resolve(file));
      if (entry) return entry;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) out.push(...(await listDocumentFiles(p)));
    else out.push(p);
  }
  return out;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "extract entities, stages, years and spans from documents",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, { json: { type: "boolean" }, "keep-going": { type: "boolean" }, "max-bytes": { type: "string" } }, "extract");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length === 0) throw new UsageError("extract: name at least one file (see 'pnpm kg extract --help')");
    const maxBytes = intOption(values["max-bytes"] as string | undefined, "max-bytes");
    const files = await expand(positionals);
    const results: DocumentExtraction[] = [];
    const failed: ExtractError[] = [];
    for (const file of files) {
      try {
        const doc = await readDocumentFile(file, maxBytes === undefined ? {} : { maxBytes });
        const entry = await findManifestEntry(file);
        const meta: DocumentMeta = entry
          ? { ...entry, source: "manifest", encoding: doc.encoding }
          : { ...detectMetadata(doc.text, doc.id, doc.file), encoding: doc.encoding };
        const r = extractDocument({ text: doc.text, meta });
        results.push(r);
        if (!values.json) process.stdout.write(formatExtraction(r));
      } catch (e) {
        if (!isExtractError(e) || !values["keep-going"]) throw e;
        failed.push(e);
        process.stderr.write(`kg: ${e.message} [${e.code}] (skipped)\n`);
      }
    }
    if (values.json) printJson(positionals.length === 1 && files.length === 1 ? results[0] : results);
    if (failed.length > 0) {
      process.stderr.write(`kg: ${failed.length} of ${files.length} files skipped\n`);
      return EXIT.PARTIAL;
    }
    return EXIT.OK;
  },
};
