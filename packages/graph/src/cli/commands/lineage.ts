/**
 * `kg lineage "<name or alias>"`: every dated, staged statement about one entity across the
 * corpus, ordered by year, each with its quote and source span.
 */

import { lineage } from "@policy-kg/extractor";
import { parse } from "../args";
import { EXIT, UsageError, printJson } from "../io";
import type { Command } from "./types";
import { loadCorpus } from "./corpus";

const HELP = `Usage: pnpm kg lineage "<name or alias>" [options]

Show the lineage of an entity in the corpus (data/): planned, started, topped out, completed,
operating…, one row per statement, with the year it speaks about, the document and the quote.

Options:
  --json         print {entity: {id, name, type, aliases}, events: [{year, modality, stage,
                 document, quote, start, end}]} on stdout
  --all          include statements that give no stage ("mentioned")
  --data <dir>   corpus folder (default: data)
  -h, --help     show this help

Exit codes: 0 found, 1 no entity by that name (the closest names are listed), 2 usage error.`;

export const lineageCommand: Command = {
  name: "lineage",
  summary: "show how one entity moves through its lifecycle across documents",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, { json: { type: "boolean" }, all: { type: "boolean" }, data: { type: "string" } }, "lineage");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length !== 1) throw new UsageError('lineage: give exactly one name, e.g. pnpm kg lineage "深圳工业软件园"');
    const { corpus } = await loadCorpus({ ...(values.data ? { data: values.data as string } : {}), quiet: true });
    const result = lineage(corpus, positionals[0]!, { includeMentions: Boolean(values.all) });
    if (values.json) {
      printJson(result);
      return EXIT.OK;
    }
    const e = result.entity;
    process.stdout.write(`${e.name} (${e.type})${e.aliases.length ? `  aliases: ${e.aliases.join(", ")}` : ""}\n`);
    if (result.events.length === 0) process.stdout.write("  no staged statements (try --all)\n");
    for (const ev of result.events) {
      process.stdout.write(`  ${ev.year ?? "????"}  ${(ev.modality ?? "-").padEnd(6)} ${ev.stage.padEnd(11)} ${ev.document} @${ev.start}\n      ${ev.quote.slice(0, 120)}\n`);
    }
    return EXIT.OK;
  },
};
