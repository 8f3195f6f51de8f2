/**
 * Human-readable snapshot metadata for the terminal: what was built from what, and counts of
 * nodes, edges, events and indicator values by kind.
 */

import type { GraphAttributes } from "../../index";

const total = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((n, v) => n + v, 0);

function countLine(label: string, record: Readonly<Record<string, number>>): string {
  const parts = Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return `  ${label.padEnd(7)} ${String(total(record)).padStart(6)}  ${parts.join(", ")}`;
}

export function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} kB` : `${n} bytes`;
}

export function formatMeta(a: GraphAttributes): string {
  const c = a.counts;
  return [
    `  format  ${a.format}, graph schema version ${a.schemaVersion}${a.view ? `, view as of ${a.view.year} (${a.view.mode})` : ""}`,
    `  built   ${a.builtAt} by extractor ${a.extractorVersion}`,
    `  corpus  ${a.corpusHash}`,
    countLine("nodes", c.nodes),
    countLine("edges", c.edges),
    countLine("events", c.events),
    countLine("values", c.values),
  ].join("\n");
}
