/**
 * Options shared by `kg serve` and `kg publish`: which snapshot, corpus folder and explorer build
 * make the site.
 */

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dataDir, outDir } from "../io";
import type { SiteOptions } from "./site";

export const EXPLORER_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../explorer/dist");

export const SITE_OPTIONS = { snapshot: { type: "string" }, data: { type: "string" }, explorer: { type: "string" } } as const;

export const SITE_HELP = `  --snapshot <file>  graph snapshot (default out/graph.json, or $KG_OUT/graph.json)
  --data <dir>       corpus folder the snapshot was built from (default data, or $KG_DATA)
  --explorer <dir>   built explorer (default packages/explorer/dist)`;

export function siteOptions(values: { snapshot?: string | boolean; data?: string | boolean; explorer?: string | boolean }): SiteOptions {
  const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);
  return {
    snapshot: resolve(str(values.snapshot) ?? join(outDir(), "graph.json")),
    data: dataDir(str(values.data)),
    explorer: resolve(str(values.explorer) ?? EXPLORER_DIST),
  };
}
