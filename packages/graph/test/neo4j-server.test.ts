// The Neo4j server the tests use (NEO4J_URI; `pnpm neo4j:start` runs one locally, `.ci/run` in CI):
// it speaks Bolt 5, and with neo4j-driver it runs Cypher and finds a Chinese name by a part of it
// through a full-text index with the `cjk` analyzer. Skipped, with the reason in its name, when
// NEO4J_URI is not set. Its nodes have a label of their own per run, so it needs no lock.
import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { connect as connectTls } from "node:tls";
import neo4j from "neo4j-driver";
import { expect, it } from "vitest";
import { NEO4J, describeNeo4j } from "./neo4j-db";

/** Opens a connection and makes Bolt's version handshake; resolves the [major, minor] the server picks. */
function boltHandshake(target: URL): Promise<[number, number]> {
  const host = target.hostname;
  const port = Number(target.port || 7687);
  const tls = /\+(s|ssc):$/.test(target.protocol);
  return new Promise((resolve, reject) => {
    const socket = tls
      ? connectTls({ host, port, servername: host, rejectUnauthorized: !target.protocol.endsWith("+ssc:") })
      : connect({ host, port });
    // Magic preamble, then four proposals: 5.8 down to 5.0, 4.4, none, none.
    const hello = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
    socket.once(tls ? "secureConnect" : "connect", () => socket.write(hello));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no Bolt handshake answer from ${host}:${port}`)));
    let answer = Buffer.alloc(0);
    socket.on("data", (data: Buffer) => {
      answer = Buffer.concat([answer, data]);
      if (answer.length >= 4) {
        socket.destroy();
        resolve([answer[3]!, answer[2]!]);
      }
    });
    socket.on("error", reject);
  });
}

describeNeo4j("Neo4j server", () => {
  it("answers Bolt's handshake with protocol version 5", async () => {
    const [major] = await boltHandshake(new URL(NEO4J!.uri));
    expect(major).toBe(5);
  });

  it("runs Cypher and finds 一芯两核多支点 by 两核 in a cjk full-text index", async () => {
    const driver = neo4j.driver(NEO4J!.uri, neo4j.auth.basic(NEO4J!.user, NEO4J!.password), { disableLosslessIntegers: true });
    const session = driver.session();
    // Labels and index names cannot be parameters: a fresh pair per run, so runs sharing a
    // server do not collide.
    const run = randomBytes(6).toString("hex");
    const label = `PolicyKgTest_${run}`;
    const index = `policy_kg_test_${run}`;
    try {
      const one = await session.run("RETURN 1 AS one");
      expect(one.records.map((r) => r.get("one"))).toEqual([1]);

      await session.run(`CREATE FULLTEXT INDEX ${index} FOR (n:${label}) ON EACH [n.name] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`);
      await session.run("CALL db.awaitIndexes(60)");
      await session.run(`UNWIND $names AS name CREATE (:${label} {name: name})`, { names: ["一芯两核多支点", "两翼齐飞", "核心区"] });
      const found = await session.run("CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.name AS name", { index, query: "两核" });
      // cjk indexes character bigrams: 两核 matches only the name containing it, where a
      // per-character analyzer would also return 两翼齐飞 and 核心区.
      expect(found.records.map((r) => r.get("name"))).toEqual(["一芯两核多支点"]);
    } finally {
      await session.run(`MATCH (n:${label}) DETACH DELETE n`);
      await session.run(`DROP INDEX ${index} IF EXISTS`);
      await session.close();
      await driver.close();
    }
  });
});
