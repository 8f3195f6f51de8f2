// The browser-safe entry point (src/index.ts) must not reach Node built-ins, neo4j-driver or any
// package's Node-only entry point: follow its imports, relative and workspace, and check them all.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./seeds";

const WORKSPACE: Record<string, string> = {
  "@policy-kg/extractor": join(ROOT, "packages/extractor/src/index.ts"),
  "@policy-kg/graph": join(ROOT, "packages/graph/src/index.ts"),
};
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g;

/** Every module specifier reachable from `entry`, with the file that imports it. */
function reachable(entry: string): { spec: string; from: string }[] {
  const seen = new Set<string>();
  const found: { spec: string; from: string }[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      found.push({ spec, from: file });
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.endsWith(".ts") ? spec : `${spec}.ts`));
      else if (WORKSPACE[spec]) visit(WORKSPACE[spec]);
    }
  };
  visit(entry);
  return found;
}

describe("@policy-kg/graph entry point", () => {
  const imports = reachable(WORKSPACE["@policy-kg/graph"]!);

  it("follows the imports into the model, temporal and snapshot modules and the extractor", () => {
    const files = new Set(imports.map((i) => i.from.slice(ROOT.length)));
    for (const part of ["/packages/graph/src/model/build.ts", "/packages/graph/src/temporal/diff.ts", "/packages/graph/src/snapshot/snapshot.ts", "/packages/extractor/src/index.ts"]) {
      expect(files).toContain(part);
    }
  });

  it("reaches no Node built-in, no neo4j-driver, no Node-only entry point", () => {
    const bad = imports.filter(({ spec }) => spec.startsWith("node:") || spec === "neo4j-driver" || spec.endsWith("/node") || /^(fs|path|os|crypto|child_process|util)$/.test(spec));
    expect(bad).toEqual([]);
  });
});
