// `kg serve` end to end: a real server on a free 127.0.0.1 port serving an explorer folder, the
// snapshot and the documents' original texts; exact paths only; one-line errors for a data
// folder that does not match the snapshot, a missing explorer build, bad or busy ports.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "@policy-kg/extractor/node";
import { buildGraph, isEntityNode } from "@policy-kg/graph";
import { saveSnapshot } from "@policy-kg/graph/node";
import { CLI, ROOT, expectOneLineError, kg } from "./kg-cli";

const ID = "测试 报告#1";
const TEXT = "\uFEFF测试区2025年政府工作报告\r\n\r\n一、2024年工作回顾\r\n\r\n2024年，测试软件产业园开工建设。\r\n\r\n二、2025年工作安排\r\n\r\n2025年，推动测试软件产业园建成投用。\r\n";

let dir: string;
let server: ChildProcess | null = null;
let url = "";

async function startServe(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "serve", "--port", "0", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  server = child;
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/[^ ]+\/) /.exec(out);
      if (m) ok(m[1]!);
    });
    child.once("exit", (code) => fail(new Error(`kg serve exited with ${code}`)));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "policy-kg-serve-"));
  await mkdir(join(dir, "data"));
  await mkdir(join(dir, "site", "assets"), { recursive: true });
  await writeFile(join(dir, "data", `${ID}.txt`), TEXT);
  const meta = { id: ID, file: `${ID}.txt`, title: "测试区2025年政府工作报告", issuer: null, district: "测试区", genre: "gov_work_report", delivered: "2025-01-10", yearsReviewed: [2024], yearPlanned: 2025 };
  await writeFile(join(dir, "data", "manifest.json"), JSON.stringify({ documents: [meta] }));
  await writeFile(join(dir, "site", "index.html"), "<!doctype html><title>x</title>");
  await writeFile(join(dir, "site", "assets", "app.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
  await saveSnapshot(join(dir, "graph.json"), buildGraph((await extractCorpus(join(dir, "data"))).corpus));
  url = await startServe("--snapshot", join(dir, "graph.json"), "--data", join(dir, "data"), "--explorer", join(dir, "site"));
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const s = server;
    await new Promise((done) => {
      s.once("exit", done);
      s.kill("SIGTERM");
    });
  }
  await rm(dir, { recursive: true, force: true });
});

describe("kg serve", () => {
  it("listens on 127.0.0.1 and serves the explorer, with a content security policy", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(await index.text()).toContain("<title>x</title>");
    const js = await fetch(`${url}assets/app.js`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("serves the snapshot as graph.json, byte for byte, gzipped when asked", async () => {
    const text = await readFile(join(dir, "graph.json"), "utf8");
    expect(await (await fetch(`${url}graph.json`)).text()).toBe(text);
    const raw = await new Promise<Buffer>((ok) => {
      void import("node:http").then(({ get }) =>
        get(`${url}graph.json`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          expect(res.headers["content-encoding"]).toBe("gzip");
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => ok(Buffer.concat(chunks)));
        }),
      );
    });
    expect(gunzipSync(raw).toString()).toBe(text);
  });

  it("serves each document's original text (BOM removed, CRLF kept) at documents/<encoded id>.txt, where the snapshot's offsets point", async () => {
    const res = await fetch(`${url}documents/${encodeURIComponent(ID)}.txt`);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await res.text();
    expect(text).toBe(TEXT.slice(1));
    const graph = buildGraph((await extractCorpus(join(dir, "data"))).corpus);
    const park = graph.getNodeAttributes("park:测试软件产业园");
    if (!isEntityNode(park)) throw new Error("expected the park");
    expect(park.events.length).toBeGreaterThan(0);
    for (const e of park.events) expect(text.slice(e.start, e.end)).toBe("测试软件产业园");
  });

  it("answers only exact paths, and only GET and HEAD", async () => {
    for (const path of ["documents/nope.txt", "%2e%2e/%2e%2e/etc/passwd", "..%2F..%2Fetc%2Fpasswd", "documents/..%2Fgraph.json", "nothing"]) {
      expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${url}graph.json`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`${url}graph.json`, { method: "HEAD" })).status).toBe(200);
  });

  it("kg publish writes the same site to a folder, and refuses a folder that is not empty", async () => {
    const out = join(dir, "published");
    const r = await kg("publish", out, "--snapshot", join(dir, "graph.json"), "--data", join(dir, "data"), "--explorer", join(dir, "site"));
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(join(out, "graph.json"), "utf8")).toBe(await readFile(join(dir, "graph.json"), "utf8"));
    expect(await readFile(join(out, "documents", `${ID}.txt`), "utf8")).toBe(TEXT.slice(1));
    expect(await readFile(join(out, "assets", "app.js"), "utf8")).toContain("console.log");
    expect(await readFile(join(out, "index.html"), "utf8")).toContain("<title>x</title>");
    const again = await kg("publish", out, "--snapshot", join(dir, "graph.json"), "--data", join(dir, "data"), "--explorer", join(dir, "site"));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("not empty");
  });

  it("refuses a data folder whose texts are not the snapshot's", async () => {
    const other = join(dir, "other");
    await mkdir(other);
    await writeFile(join(other, `${ID}.txt`), TEXT.replace("开工建设", "开工"));
    const r = await kg("serve", "--port", "0", "--snapshot", join(dir, "graph.json"), "--data", other, "--explorer", join(dir, "site"));
    expectOneLineError(r, 3, "SNAPSHOT_INVALID", join(dir, "graph.json"));
    expect(r.stderr).toContain("corpus hash");
  });

  it("says how to build the explorer when it is not built", async () => {
    const r = await kg("serve", "--port", "0", "--snapshot", join(dir, "graph.json"), "--data", join(dir, "data"), "--explorer", join(dir, "nowhere"));
    expectOneLineError(r, 3, "FILE_NOT_FOUND", join(dir, "nowhere"));
    expect(r.stderr).toContain("pnpm --filter @policy-kg/explorer build");
  });

  it("rejects a bad port, and a port in use, with a usage error", async () => {
    const bad = await kg("serve", "--port", "70000");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--port");
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    const port = (busy.address() as { port: number }).port;
    const r = await kg("serve", "--port", String(port), "--snapshot", join(dir, "graph.json"), "--data", join(dir, "data"), "--explorer", join(dir, "site"));
    busy.close();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});
