// Push to and pull from a real Neo4j (NEO4J_URI): the seed graph comes back as the same snapshot
// text; a second push changes nothing; a push stopped half-way is detected and completed by the
// next; pushing another graph replaces the first; schema, full-text index and provenance as
// documented. Connection failures are typed errors, also without a server.
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { connectNeo4j, pullGraph, pushGraph, readMeta, runNeo4jQuery, NODE_LABELS, type PushSummary } from "../src/node/index";
import { GRAPH_SCHEMA_VERSION, buildGraph, graphAsOf, isEntityNode, serialiseSnapshot, type PolicyGraph } from "../src/index";
import { NEO4J, codeOf, describeNeo4j, useNeo4j } from "./neo4j-db";
import { originalText, seedCorpus, seedGraph } from "./seeds";

describe("connecting to Neo4j", () => {
  it("with nothing listening at the URI: NEO4J_UNAVAILABLE, at once", async () => {
    const t0 = Date.now();
    expect(await codeOf(connectNeo4j({ uri: "bolt://127.0.0.1:7699", user: "neo4j", password: "x" }))).toBe("NEO4J_UNAVAILABLE");
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("with a server that accepts the connection but never answers: NEO4J_UNAVAILABLE after the connection timeout", async () => {
    const silent = createServer(() => undefined).listen(0, "127.0.0.1");
    await once(silent, "listening");
    try {
      const t0 = Date.now();
      const uri = `bolt://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      expect(await codeOf(connectNeo4j({ uri, user: "neo4j", password: "x" }, { connectionTimeout: 1000 }))).toBe("NEO4J_UNAVAILABLE");
      expect(Date.now() - t0).toBeLessThan(10_000); // the driver's own default waits 60 s
    } finally {
      silent.close();
    }
  });

  it("with a URI that is not one: NEO4J_UNAVAILABLE", async () => {
    expect(await codeOf(connectNeo4j({ uri: "http//nowhere", user: "neo4j", password: "x" }))).toBe("NEO4J_UNAVAILABLE");
  });
});

describeNeo4j("push and pull", () => {
  const driver = useNeo4j();
  let graph: PolicyGraph;
  let first: PushSummary;
  beforeAll(async () => {
    graph = await seedGraph();
  });

  it("refuses a user it does not know: NEO4J_AUTH", async () => {
    // an unknown user, so that failed logins never lock out the user the tests share
    expect(await codeOf(connectNeo4j({ ...NEO4J!, user: "policy-kg-nobody", password: "wrong-password" }))).toBe("NEO4J_AUTH");
  });

  it("an empty database holds no graph: pull and queries say NEO4J_EMPTY", async () => {
    expect(await codeOf(pullGraph(driver()))).toBe("NEO4J_EMPTY");
    expect(await codeOf(runNeo4jQuery(driver(), "lineage", { entity: "深圳工业软件园" }))).toBe("NEO4J_EMPTY");
  });

  it("push writes the graph, and pull gives back the same snapshot text", async () => {
    first = await pushGraph(driver(), graph, { batchSize: 500 });
    let events = 0;
    let values = 0;
    graph.forEachNode((_k, a) => {
      if (isEntityNode(a)) {
        events += a.events.length;
        values += a.values.length;
      }
    });
    expect(first.counters.nodesCreated).toBe(graph.order + events + values);
    expect(first.counters.relationshipsCreated).toBe(graph.size + 2 * (events + values));
    expect(first.relationships).toBe(first.counters.relationshipsCreated);
    expect(first.unchanged).toBe(false);
    expect(first.schema.constraintsAdded).toBe(NODE_LABELS.length);
    expect(first.schema.indexesAdded).toBe(1);
    const pulled = await pullGraph(driver());
    expect(serialiseSnapshot(pulled)).toBe(serialiseSnapshot(graph));
  });

  it("a second push of the same graph creates and changes nothing, and says so", async () => {
    const again = await pushGraph(driver(), graph);
    expect(again.counters).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, labelsRemoved: 0 });
    expect(again.unchanged).toBe(true);
    expect(again.metadataChanged).toBe(false);
    expect(again.schema).toEqual({ constraintsAdded: 0, indexesAdded: 0 });
    expect(again.resumed).toBeNull();
    expect(again.replaced).toBeNull();
  });

  it("has a uniqueness constraint per label and finds 一芯两核多支点 by 两核 in the cjk full-text index over names and aliases", async () => {
    const session = driver().session();
    try {
      const constraints = await session.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
      const keyed = constraints.records.filter((r) => (r.get("properties") as string[]).join() === "key").map((r) => r.get("label") as string);
      for (const label of NODE_LABELS) expect(keyed).toContain(label);
      const index = await session.run("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'policy_kg_names' RETURN labelsOrTypes, properties, options");
      expect(index.records[0]!.get("properties")).toEqual(["label", "aliases"]);
      expect((index.records[0]!.get("options") as { indexConfig: Record<string, unknown> }).indexConfig["fulltext.analyzer"]).toBe("cjk");
      await session.run("CALL db.awaitIndexes(60)");
      const found = await session.run("CALL db.index.fulltext.queryNodes('policy_kg_names', $q) YIELD node RETURN node.key AS key, node.label AS label, node.aliases AS aliases", { q: "两核" });
      const keys = found.records.map((r) => r.get("key") as string);
      expect(keys).toContain("strategy:一芯两核多支点");
      for (const r of found.records) expect([r.get("label"), ...(r.get("aliases") as string[])].join(" ")).toContain("两核");
    } finally {
      await session.close();
    }
  });

  it("keeps provenance: 深圳工业软件园's events are Event nodes STATED_IN their documents, quoting the text at their offsets", async () => {
    const corpus = await seedCorpus();
    const session = driver().session();
    try {
      const result = await session.run(
        `MATCH (:Entity {key: 'park:深圳工业软件园'})-[:HAS_EVENT]->(e:Event)-[:STATED_IN]->(d:Document)
         RETURN e.document AS document, d.key AS key, e.start AS start, e.end AS end, e.at AS at ORDER BY e.seq`,
      );
      const rows = result.records.map((r) => r.toObject() as { document: string; key: string; start: number; end: number; at: number });
      expect(new Set(rows.map((r) => r.at)).size).toBeGreaterThanOrEqual(3);
      for (const r of rows) {
        expect(r.key).toBe(`Document:${r.document}`);
        expect(originalText(corpus, r.document).slice(r.start, r.end)).toContain("深圳工业软件园");
      }
    } finally {
      await session.close();
    }
  });

  it("a push stopped half-way is detected (NEO4J_INCOMPLETE) and completed by pushing again", async () => {
    const view = graphAsOf(graph, { year: 2023 });
    const stop = new AbortController();
    const stopped = pushGraph(driver(), view, { batchSize: 200, onProgress: (phase) => phase === "statements" && stop.abort(), signal: stop.signal });
    await expect(stopped).rejects.toThrow();
    const session = driver().session();
    try {
      expect((await session.executeRead(readMeta)).state).toBe("incomplete");
    } finally {
      await session.close();
    }
    expect(await codeOf(pullGraph(driver()))).toBe("NEO4J_INCOMPLETE");
    expect(await codeOf(runNeo4jQuery(driver(), "year-diff", { from: 2022, to: 2023 }))).toBe("NEO4J_INCOMPLETE");

    const completed = await pushGraph(driver(), view);
    expect(completed.resumed).toBe(view.getAttribute("corpusHash"));
    expect(completed.counters.nodesDeleted).toBeGreaterThan(0); // what the view does not have
    expect(serialiseSnapshot(await pullGraph(driver()))).toBe(serialiseSnapshot(view));
  });

  it("pushing the whole graph after the view puts back exactly the whole graph", async () => {
    const back = await pushGraph(driver(), graph);
    expect(back.counters.nodesCreated).toBeGreaterThan(0);
    expect(back.unchanged).toBe(false);
    expect(serialiseSnapshot(await pullGraph(driver()))).toBe(serialiseSnapshot(graph));
    expect((await pushGraph(driver(), graph)).unchanged).toBe(true);
  });

  it("a rebuilt graph (another time of build) changes only the metadata, which pull gives back", async () => {
    const rebuilt = buildGraph(await seedCorpus(), { builtAt: "2026-02-02T00:00:00.000Z" });
    const summary = await pushGraph(driver(), rebuilt);
    expect(summary.unchanged).toBe(true);
    expect(summary.metadataChanged).toBe(true);
    expect((await pullGraph(driver())).getAttribute("builtAt")).toBe("2026-02-02T00:00:00.000Z");
  });

  it("a graph pushed by a kg of another schema version: pull says SNAPSHOT_SCHEMA_VERSION and to push again", async () => {
    const session = driver().session();
    try {
      await session.executeWrite((tx) => tx.run("MATCH (m:GraphMeta) SET m.schemaVersion = 1"));
      const error = await pullGraph(driver(), { source: "Neo4j test" }).catch((e: unknown) => e as Error & { code: string });
      expect(error).toMatchObject({ code: "SNAPSHOT_SCHEMA_VERSION" });
      expect((error as Error).message).toContain("'pnpm kg push'");
    } finally {
      await session.executeWrite((tx) => tx.run("MATCH (m:GraphMeta) SET m.schemaVersion = $v", { v: GRAPH_SCHEMA_VERSION }));
      await session.close();
    }
    expect((await pullGraph(driver())).order).toBe(graph.order);
  });
});
