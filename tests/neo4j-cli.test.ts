/**
 * End-to-end tests of `kg push`, `kg pull` and `kg query`: the real tool on a snapshot of the
 * seed graph. Without a server: Neo4j down gives one line and exit 5 at once, the catalogue and
 * the embedded backend work. With NEO4J_URI: push twice (the second creates nothing), pull gives
 * the pushed snapshot back byte for byte, and every catalogue query prints the same on both
 * backends.
 */

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_CATALOGUE, serialiseSnapshot } from "@policy-kg/graph";
import { saveSnapshot } from "@policy-kg/graph/node";
import { seedGraph } from "../packages/graph/test/seeds";
import { NEO4J, describeNeo4j, useNeo4j } from "../packages/graph/test/neo4j-db";
import { expectOneLineError, kg, stderrLines } from "./kg-cli";

const SLOW = 120_000;
const DOWN = "bolt://127.0.0.1:7699";

let tmp: string;
let snapshot: string;
let text: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "kg-neo4j-cli-test-"));
  snapshot = join(tmp, "seeds.json");
  const graph = await seedGraph();
  text = serialiseSnapshot(graph);
  await saveSnapshot(snapshot, graph);
}, SLOW);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** The catalogue's examples as argument lists: `lineage --entity 深圳工业软件园` → ["lineage", "--entity", "深圳工业软件园"]. */
const EXAMPLES = QUERY_CATALOGUE.map((q) => q.example.split(" "));

describe.concurrent("kg push, pull and query without a Neo4j server", () => {
  for (const args of [["push", "--snapshot", "SNAPSHOT"], ["pull"], ["query", "lineage", "--entity", "深圳工业软件园", "--backend", "neo4j"]]) {
    it(`${args[0]} with nothing listening at ${DOWN}: one line, exit 5, as soon as it starts`, { timeout: SLOW }, async () => {
      const timed = async (...a: string[]) => {
        const t0 = Date.now();
        return { r: await kg(...a), ms: Date.now() - t0 };
      };
      // against the time the same command takes to print its help, alongside (spawns are slow on a busy machine)
      const [down, help] = await Promise.all([timed(...args.map((a) => (a === "SNAPSHOT" ? snapshot : a)), "--uri", DOWN), timed(args[0]!, "--help")]);
      expectOneLineError(down.r, 5, "NEO4J_UNAVAILABLE");
      expect(stderrLines(down.r)[0]).toContain(DOWN);
      expect(down.r.stdout).toBe("");
      expect(down.ms - help.ms).toBeLessThan(10_000);
    });
  }

  it("query --list names every query with its parameters; --json gives the catalogue", { timeout: SLOW }, async () => {
    const r = await kg("query", "--list");
    expect(r.code, r.stderr).toBe(0);
    for (const q of QUERY_CATALOGUE) {
      expect(r.stdout).toContain(`${q.name}  ${q.summary}`);
      for (const p of q.params) expect(r.stdout).toContain(`--${p.name}`);
    }
    const json = await kg("query", "--list", "--json");
    expect(JSON.parse(json.stdout)).toEqual(QUERY_CATALOGUE);
  });

  it("query on the embedded backend answers from a snapshot", { timeout: SLOW }, async () => {
    const r = await kg("query", "lineage", "--entity", "深圳工业软件园", "--backend", "embedded", "--snapshot", snapshot, "--json");
    expect(r.code, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout) as { entity: { id: string }; events: { year: number }[] };
    expect(answer.entity.id).toBe("park:深圳工业软件园");
    expect(new Set(answer.events.map((e) => e.year)).size).toBeGreaterThanOrEqual(3);
  });

  it("query: unknown query or parameter, missing parameter, bad value → exit 2; unknown entity → exit 1", { timeout: SLOW }, async () => {
    const onSeeds = ["--backend", "embedded", "--snapshot", snapshot];
    const [unknownQuery, unknownParam, missing, badYear, unknownEntity] = await Promise.all([
      kg("query", "nope", ...onSeeds),
      kg("query", "lineage", "--entity", "x", "--year", "2024", ...onSeeds),
      kg("query", "lineage", ...onSeeds),
      kg("query", "year-diff", "--from", "twenty", "--to", "2024", ...onSeeds),
      kg("query", "lineage", "--entity", "不存在的实体名称", ...onSeeds),
    ]);
    for (const r of [unknownQuery, unknownParam]) {
      expect(r.code, r.stderr).toBe(2);
      expect(stderrLines(r)).toHaveLength(1);
    }
    expectOneLineError(missing, 2, "INVALID_OPTIONS");
    expectOneLineError(badYear, 2, "INVALID_OPTIONS");
    expectOneLineError(unknownEntity, 1, "ENTITY_NOT_FOUND");
  });
});

describeNeo4j("kg push, pull and query", () => {
  useNeo4j();
  const neo4j = () => ["--uri", NEO4J!.uri, "--user", NEO4J!.user, "--password", NEO4J!.password];

  it("push writes the graph; pushed again, it creates and changes nothing and says so", { timeout: SLOW }, async () => {
    const first = await kg("push", "--snapshot", snapshot, ...neo4j());
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created \d+ nodes and \d+ relationships/);
    expect(first.stderr).toMatch(/^pushing relationships .*\(100%\)$/m);
    const second = await kg("push", "--snapshot", snapshot, ...neo4j(), "--json");
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout) as { unchanged: boolean; counters: Record<string, number>; relationships: number };
    expect(summary.unchanged).toBe(true);
    expect(Object.values(summary.counters).every((n) => n === 0)).toBe(true);
    expect(summary.relationships).toBeGreaterThan(0);
    const human = await kg("push", "--snapshot", snapshot, ...neo4j());
    expect(human.stdout).toContain("unchanged: the database already held this graph");
  });

  it("pull writes back the snapshot that was pushed, byte for byte", { timeout: SLOW }, async () => {
    const out = join(tmp, "pulled.json");
    const r = await kg("pull", "--out", out, ...neo4j());
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(out, "utf8")).toBe(text);
  });

  for (const args of EXAMPLES) {
    it(`query ${args.join(" ")}: the same answer on both backends`, { timeout: SLOW }, async () => {
      const [embedded, neo] = await Promise.all([
        kg("query", ...args, "--backend", "embedded", "--snapshot", snapshot, "--json"),
        kg("query", ...args, "--backend", "neo4j", ...neo4j(), "--json"),
      ]);
      expect(embedded.code, embedded.stderr).toBe(0);
      expect(neo.code, neo.stderr).toBe(0);
      expect(neo.stdout).toBe(embedded.stdout);
      expect(JSON.stringify(JSON.parse(neo.stdout))).not.toBe("{}");
    });
  }

  it("wrong credentials: one line, exit 5", { timeout: SLOW }, async () => {
    // an unknown user, so that failed logins never lock out the user the tests share
    const r = await kg("query", "lineage", "--entity", "深圳工业软件园", "--uri", NEO4J!.uri, "--user", "policy-kg-nobody", "--password", "wrong-password");
    expectOneLineError(r, 5, "NEO4J_AUTH");
  });
});
