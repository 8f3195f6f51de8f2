// The fast schema checks compiled from the zod schemas (snapshot/fast-check.ts) agree with zod:
// true exactly when zod accepts a value AND gives it back unchanged (same keys in the same order),
// over every node and edge of the seed graph, in memory (GraphDataSchema) and as stored in a
// snapshot (SnapshotSchema, events as tuples), and thousands of mutations of a sample of them (bad
// values at every leaf, missing, extra and reordered keys, longer tuples); zod types the compiler
// does not support are refused when compiling, not passed.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GraphDataSchema, SnapshotSchema, serialiseSnapshot } from "../src/index";
import { compileFastCheck } from "../src/snapshot/fast-check";
import { seedGraph } from "./seeds";

interface Item {
  key?: string;
  source?: string;
  target?: string;
  attributes: Record<string, unknown>;
}
interface Data {
  options: unknown;
  nodes: Item[];
  edges: Item[];
}

/** The seed graph in both forms, with the schemas of its parts. */
const FORMS = {
  "in memory": { schema: GraphDataSchema, data: async () => (await seedGraph()).export() as unknown as Data, relations: ["REVIEWS", "MENTIONED_IN", "LOCATED_IN"] },
  "as stored": { schema: SnapshotSchema, data: async () => JSON.parse(serialiseSnapshot(await seedGraph())) as Data, relations: ["REVIEWS", "LOCATED_IN"] },
};
const name = (item: Item): string => item.key ?? `${item.source} → ${item.target}`;

/** What the fast check must say: zod accepts the value and gives it back unchanged. */
function zodUnchanged(schema: z.ZodType, value: unknown): boolean {
  const r = schema.safeParse(value);
  return r.success && JSON.stringify(r.data) === JSON.stringify(value);
}

const BAD_VALUES: unknown[] = [undefined, null, "", "finished", 0, -1, 1.5, 1899, 2101, NaN, Infinity, true, [], {}, new Date(0)];

type Path = (string | number)[];

/** Every path in a JSON value (objects, arrays and leaves), the root included. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** A copy of `root` with the value at `path` replaced by `change(old value)` (the root itself when the path is empty). */
function changed(root: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(structuredClone(root));
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  parent[path.at(-1)!] = change(parent[path.at(-1)!]);
  return copy;
}

/** Objects with their keys changed: one key dropped, an extra key, the first two keys swapped. */
function keyChanges(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const entries = Object.entries(value);
  const out: unknown[] = entries.map((_e, i) => Object.fromEntries(entries.filter((_x, j) => j !== i)));
  out.push({ ...value, extra: 1 });
  if (entries.length > 1) out.push(Object.fromEntries([entries[1]!, entries[0]!, ...entries.slice(2)]));
  return out;
}

function* mutations(item: unknown): Generator<unknown> {
  for (const path of paths(item)) {
    for (const bad of BAD_VALUES) yield changed(item, path, () => bad);
    const here = path.reduce<unknown>((v, p) => (v as Record<string | number, unknown>)[p], item);
    for (const other of keyChanges(here)) yield changed(item, path, () => other);
    if (Array.isArray(here)) yield changed(item, path, (old) => [...(old as unknown[]), {}]);
  }
}

/** A node with at most two events and two values (mutating every leaf of a long list adds nothing). */
function trimmed(item: Item): Item {
  const copy = structuredClone(item) as Item & { attributes: { events?: unknown[]; values?: unknown[] } };
  copy.attributes.events = copy.attributes.events?.slice(0, 2);
  copy.attributes.values = copy.attributes.values?.slice(0, 2);
  if (!copy.attributes.events) delete copy.attributes.events;
  if (!copy.attributes.values) delete copy.attributes.values;
  return copy;
}

describe.each(Object.entries(FORMS))("compileFastCheck, the graph %s", (_form, { schema, data, relations }) => {
  let snapshot: Data;
  beforeAll(async () => {
    snapshot = await data();
  });
  const NODE = schema.shape.nodes.element;
  const EDGE = schema.shape.edges.element;

  it("passes every node and edge of the seed graph, as zod does", () => {
    const fastNode = compileFastCheck(NODE);
    const fastEdge = compileFastCheck(EDGE);
    expect(snapshot.nodes.length).toBeGreaterThan(1000);
    expect(snapshot.nodes.filter((n) => !fastNode(n)).map(name)).toEqual([]);
    expect(snapshot.edges.filter((e) => !fastEdge(e)).map(name)).toEqual([]);
    expect(compileFastCheck(schema.shape.options)(snapshot.options)).toBe(true);
  });

  it("agrees with zod on every mutation of a sample of nodes and edges", () => {
    const byKind = (kind: string, extra: (a: Record<string, unknown>) => boolean = () => true) =>
      snapshot.nodes.find((n) => n.attributes.kind === kind && extra(n.attributes))!;
    const withNormalized = (a: Record<string, unknown>) => (a.values as { normalized: unknown }[]).some((v) => v.normalized !== null);
    const nodes = [byKind("Year"), byKind("Document"), byKind("Project", (a) => (a.events as unknown[]).length > 1), byKind("Indicator", withNormalized)];
    const edges = relations.map((r) => snapshot.edges.find((e) => e.attributes.relation === r)!);
    let accepted = 0;
    let refused = 0;
    const disagreements: string[] = [];
    for (const [schema, items] of [
      [NODE, nodes],
      [EDGE, edges],
    ] as const) {
      const fast = compileFastCheck(schema);
      for (const item of items) {
        for (const m of mutations(trimmed(item))) {
          const expected = zodUnchanged(schema, m);
          if (fast(m) !== expected) disagreements.push(`${name(item)}: fast ${!expected}, zod ${expected}: ${JSON.stringify(m).slice(0, 300)}`);
          if (expected) accepted++;
          else refused++;
        }
      }
    }
    expect(disagreements).toEqual([]);
    // the mutations exercise both answers: reorders and extra keys are refused, some bad values are valid elsewhere (null for a nullable)
    expect(refused).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(20);
  });
});

describe("compileFastCheck", () => {
  it("refuses at compile time the zod types it does not support", () => {
    for (const schema of [
      z.string().min(1),
      z.object({ a: z.string() }).passthrough(),
      z.union([z.string(), z.number()]),
      z.string().transform((s) => s.length),
      z.number().multipleOf(2),
      z.record(z.string(), z.number()),
    ]) {
      expect(() => compileFastCheck(schema as z.ZodType)).toThrow(/unsupported/);
    }
  });
});
