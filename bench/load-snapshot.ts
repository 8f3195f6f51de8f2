/**
 * Child process of the `graph-large` suite: loads one snapshot file with loadSnapshot (read,
 * parse, every check) in a fresh Node process, as `kg info`, `kg export` or `kg query` do, and
 * prints the time of that call and its CPU time as JSON. Usage: tsx bench/load-snapshot.ts <file>
 */

import { loadSnapshot } from "@policy-kg/graph/node";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: tsx bench/load-snapshot.ts <snapshot file>\n");
  process.exit(2);
}
const cpu = process.cpuUsage();
const start = performance.now();
const graph = await loadSnapshot(file);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, nodes: graph.order, edges: graph.size })}\n`);
