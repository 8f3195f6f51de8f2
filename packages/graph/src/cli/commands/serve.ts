/**
 * `kg serve`: serve the built explorer with a snapshot and its documents, on 127.0.0.1 unless
 * told otherwise, until Ctrl-C.
 */

import { parse } from "../args";
import { EXIT, UsageError } from "../io";
import { buildSite } from "../serve/site";
import { createSiteServer } from "../serve/http";
import { SITE_HELP, SITE_OPTIONS, siteOptions } from "../serve/options";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg serve [options]

Serve the explorer (packages/explorer/dist, built with 'pnpm --filter @policy-kg/explorer build')
with a graph snapshot and the text of its documents: the site is the explorer's files, graph.json
and documents/<document id>.txt, read from the corpus folder the snapshot was built from (checked
against the snapshot's corpus hash, so the highlighted spans are the right ones). Listens on
127.0.0.1 only, unless --host says otherwise. Prints the URL; stops on Ctrl-C. To host the same site elsewhere, write it with 'pnpm kg publish'.

Options:
  --port <n>         port (default 5173; 0 picks a free one)
  --host <address>   address to listen on (default 127.0.0.1; 0.0.0.0 exposes it to the network)
${SITE_HELP}
  -h, --help         show this help

Exit codes: 0 stopped, 2 usage error (bad option, port in use), 3 missing or unusable snapshot,
document or explorer build.`;

function portOption(value: string | undefined): number {
  if (value === undefined) return 5173;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`serve: --port takes a port number from 0 to 65535, got "${value}"`);
  return n;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the explorer with a snapshot and its documents on 127.0.0.1",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(
      args,
      { port: { type: "string" }, host: { type: "string" }, ...SITE_OPTIONS },
      "serve",
    );
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length > 0) throw new UsageError(`serve: unexpected argument "${positionals[0]}" (see 'pnpm kg serve --help')`);
    const port = portOption(values.port as string | undefined);
    const host = (values.host as string | undefined) ?? "127.0.0.1";
    const options = siteOptions(values);
    const site = await buildSite(options);
    const server = createSiteServer(site);
    await new Promise<void>((ok, fail) => {
      server.once("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EADDRINUSE") fail(new UsageError(`serve: port ${port} on ${host} is in use; choose another with --port`));
        else if (e.code === "EACCES") fail(new UsageError(`serve: not allowed to listen on ${host}:${port}; choose a port above 1023 with --port`));
        else if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") fail(new UsageError(`serve: cannot listen on host "${host}" (${e.code})`));
        else fail(e);
      });
      server.listen(port, host, () => ok());
    });
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    const shown = host.includes(":") ? `[${host}]` : host;
    if (!LOOPBACK.test(host)) process.stderr.write(`kg: warning: listening on ${host}, the explorer is reachable from other machines\n`);
    process.stdout.write(`serving the explorer at http://${shown}:${actual}/ (${options.snapshot}, ${site.documents} documents); Ctrl-C to stop\n`);
    await new Promise<void>((done) => {
      const stop = () => server.close(() => done());
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT.OK;
  },
};
