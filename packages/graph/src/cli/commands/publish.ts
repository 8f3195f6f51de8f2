/**
 * `kg publish <folder>`: write the explorer's static site (the explorer build, graph.json and
 * documents/<id>.txt) to a folder, for any file server. Written to a temporary folder next to it
 * and renamed, so a failed run leaves nothing half-written.
 */

import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parse } from "../args";
import { EXIT, UsageError } from "../io";
import { buildSite } from "../serve/site";
import { SITE_HELP, SITE_OPTIONS, siteOptions } from "../serve/options";
import type { Command } from "./types";

const HELP = `Usage: pnpm kg publish <folder> [options]

Write the explorer as a static site to <folder> (new or empty): the explorer build, the snapshot as
graph.json and documents/<document id>.txt, the original text of every document (checked against
the snapshot's corpus hash, so the highlighted spans are the right ones). Any static file server
can then serve the folder; 'pnpm kg serve' serves the same site without writing it.

Options:
${SITE_HELP}
  -h, --help         show this help

Exit codes: 0 written, 2 usage error (no folder, folder not empty), 3 missing or unusable
snapshot, document or explorer build.`;

export const publishCommand: Command = {
  name: "publish",
  summary: "write the explorer, the snapshot and the documents as a static site",
  help: HELP,
  async run(args) {
    const { values, positionals } = parse(args, SITE_OPTIONS, "publish");
    if (values.help) {
      process.stdout.write(`${HELP}\n`);
      return EXIT.OK;
    }
    if (positionals.length !== 1) throw new UsageError("publish: give one folder to write the site to (see 'pnpm kg publish --help')");
    const out = resolve(positionals[0]!);
    const existing = await readdir(out).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return [];
      throw e.code === "ENOTDIR" ? new UsageError(`publish: ${out} is a file; give a new or empty folder`) : e;
    });
    if (existing.length > 0) throw new UsageError(`publish: ${out} is not empty; give a new or empty folder`);
    const site = await buildSite(siteOptions(values));
    const temp = join(dirname(out), `.${out.split(/[\\/]/).pop()}.tmp-${process.pid}`);
    try {
      for (const [path, file] of site.files) {
        await mkdir(dirname(join(temp, path)), { recursive: true });
        await writeFile(join(temp, path), file.body);
      }
      await rm(out, { recursive: true, force: true });
      await rename(temp, out);
    } catch (e) {
      await rm(temp, { recursive: true, force: true });
      throw e;
    }
    process.stdout.write(`wrote the explorer site to ${out} (${site.files.size} files, ${site.documents} documents); serve the folder with any static file server\n`);
    return EXIT.OK;
  },
};
