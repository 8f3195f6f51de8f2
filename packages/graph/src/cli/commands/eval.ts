/**
 * `kg eval`: precision / recall / F1 of the extractor against the gold annotations in
 * data/gold, per entity type, per document, for lineage events, glossary parts and indicator
 * values; seeds and unseen national text reported separately.
 */

import { join } from "node:path";
import { checkGold, scoreCorpus, type EvalReport, type Gold, type Prf } from "@policy-kg/extractor";
import { loadGoldDir } from "@policy-kg/extractor/node";
import { ExtractError } from "@policy-kg/extractor";
import { parse } from "../args";
import { EXIT, dataDir, printJson } from "../io";
import type { Command } from "./types";
import { loadCorpus } from "./corpus";

const HELP = `Usage: pnpm kg eval [options]

Score the extractor against the gold annotations (data/gold/*.gold.json, written by reading the
documents; see docs/gold-guidelines.md). Seeds and unseen text (national reports) are reported
separately.

Options:
  --json         print the full report as JSON
  --errors       list missed and spurious entities per document
  --data <dir>   corpus folder (default: data)
  -h, --help     show this help`;

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);
const row = (label: string, s: Prf) => `  ${label.padEnd(24)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function formatReport(title: string, r: EvalReport): string {
  const lines = [`${title}`];
  lines.push(row("entities", r.total.entities));
  for (const [t, s] of Object.entries(r.total.entitiesByType)) lines.push(row(`  ${t}`, s));
  lines.push(row("entities (type ignored)", r.total.entitiesUntyped));
  lines.push(row("lineage events", r.total.events));
  lines.push(row("glossary parts", r.total.glossaryParts));
  lines.push(row("glossary includes", r.total.glossaryIncludes));
  lines.push(row("indicator values", r.total.indicators));
  lines.push("  per document:");
  for (const d of r.documents) {
    lines.push(`    ${d.document.padEnd(22)} entities F1 ${pct(d.entities.f1)}   events F1 ${pct(d.events.f1)}   indicators F1 ${pct(d.indicators.f1)}`);
  }
  return `${lines.join("\n")}\n`;
}

export const evalCommand: Command = {
  name: "eval",
  summary: "score the extractor against the gold annotations",
  help: HELP,
  async run(args) {
    const { values } = parse(args, { json: { type: "boolean" }, errors: { type: "boolean" }, data: { type: "string" } }, "eval");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    const dir = dataDir(values.data as string | undefined);
    const golds = await loadGoldDir(join(dir, "gold"));
    const wanted = new Set(golds.map((g) => g.document));
    const { corpus, texts } = await loadCorpus({ ...(values.data ? { data: values.data as string } : {}), quiet: true, include: (id) => wanted.has(id) });
    for (const g of golds) {
      const text = texts.get(g.document);
      if (text === undefined) throw new ExtractError("GOLD_INVALID", `gold file names document ${g.document}, which is not in the corpus`, join(dir, "gold"));
      const problems = checkGold(g, text);
      if (problems.length > 0) throw new ExtractError("GOLD_INVALID", `${problems.length} problems, first: ${problems[0]}`, join(dir, "gold", `${g.document}.gold.json`));
    }
    const isUnseen = (g: Gold) => !/^\d{3}_/.test(g.document);
    const seeds = scoreCorpus(corpus, golds.filter((g) => !isUnseen(g)));
    const unseen = scoreCorpus(corpus, golds.filter(isUnseen));
    if (values.json) {
      printJson({ corpusHash: corpus.corpusHash, extractorVersion: corpus.extractorVersion, seeds, unseen });
      return EXIT.OK;
    }
    process.stdout.write(formatReport(`seeds (${seeds.documents.length} documents)`, seeds));
    if (unseen.documents.length > 0) process.stdout.write(`\n${formatReport(`unseen national text (${unseen.documents.length} sample)`, unseen)}`);
    if (values.errors) {
      for (const d of [...seeds.documents, ...unseen.documents]) {
        process.stdout.write(`\n${d.document} missed (${d.missedEntities.length}): ${d.missedEntities.join(" ")}\n`);
        process.stdout.write(`${d.document} spurious (${d.spuriousEntities.length}): ${d.spuriousEntities.join(" ")}\n`);
      }
    }
    return EXIT.OK;
  },
};
