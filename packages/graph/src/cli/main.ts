/**
 * The `kg` command-line tool: `pnpm kg <command> [options]`. Dispatches to the commands and
 * turns every failure into one clear line and a documented exit code.
 */

import { EXIT, printError } from "./io";
import type { Command } from "./commands/types";
import { extractCommand } from "./commands/extract";
import { corpusCommand } from "./commands/corpus";
import { lineageCommand } from "./commands/lineage";
import { evalCommand } from "./commands/eval";
import { buildCommand } from "./commands/build";
import { infoCommand } from "./commands/info";
import { exportCommand } from "./commands/export";
import { serveCommand } from "./commands/serve";
import { publishCommand } from "./commands/publish";
import { pushCommand } from "./commands/push";
import { pullCommand } from "./commands/pull";
import { queryCommand } from "./commands/query";

const COMMANDS: Command[] = [extractCommand, corpusCommand, lineageCommand, evalCommand, buildCommand, infoCommand, exportCommand, serveCommand, publishCommand, pushCommand, pullCommand, queryCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: pnpm kg <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run 'pnpm kg <command> --help' for a command's options.",
    "Exit codes: 0 ok, 1 not found, 2 usage error, 3 bad input, 4 partial (--keep-going), 5 Neo4j unavailable, 70 internal error.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${usage()}\n`);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`kg: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.USAGE;
  }
  return command.run(rest);
}

// a reader that stops early (`pnpm kg eval | head`) is not an error
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = printError(e);
  },
);
