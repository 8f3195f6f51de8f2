// The query catalogue, one suite for both backends: every query on the embedded seed graph and on
// the same graph pushed to Neo4j (when NEO4J_URI is set), each checked against facts read off the
// seed documents, and Neo4j's answers equal to the embedded ones — to the JSON text.
import { beforeAll, describe, expect, it } from "vitest";
import { QUERY_CATALOGUE, checkQueryParams, runEmbeddedQuery, type PolicyGraph, type QueryName, type QueryResults } from "../src/index";
import { pushGraph, runNeo4jQuery } from "../src/node/index";
import { codeOf, describeNeo4j, useNeo4j } from "./neo4j-db";
import { seedGraph } from "./seeds";

type Run = <N extends QueryName>(name: N, params: Record<string, unknown>) => Promise<QueryResults[N]>;

interface Case<N extends QueryName = QueryName> {
  name: N;
  params: Record<string, unknown>;
  fact: string;
  check: (result: QueryResults[N]) => void;
}
const query = <N extends QueryName>(name: N, params: Record<string, unknown>, fact: string, check: (result: QueryResults[N]) => void): Case => ({ name, params, fact, check: check as Case["check"] });

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const sorted = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const CASES: Case[] = [
  query("lineage", { entity: "深圳工业软件园" }, "深圳工业软件园: started 2022, recognized 2024, opened 2025", (r) => {
    expect(r.entity.id).toBe("park:深圳工业软件园");
    const years = new Set(r.events.map((e) => e.year));
    for (const y of [2022, 2024, 2025]) expect(years).toContain(y);
    expect([r.events[0]!.year, r.events[0]!.stage]).toEqual([2022, "started"]);
    expect(r.events.every((e) => e.stage !== "mentioned")).toBe(true);
  }),
  query("lineage", { entity: "一芯两核多支点发展战略", all: true }, "an alias finds 一芯两核多支点; all keeps unstaged statements", (r) => {
    expect(r.entity.id).toBe("strategy:一芯两核多支点");
    expect(r.entity.aliases).toContain("一芯两核多支点发展战略");
    expect(r.events.some((e) => e.stage === "mentioned")).toBe(true);
  }),
  query("district-year", { district: "龙岗区", year: 2024 }, "龙岗区's 2024 statements: 深圳工业软件园 recognized", (r) => {
    const park = r.entities.find((e) => e.id === "park:深圳工业软件园");
    expect(park).toMatchObject({ kind: "Park", stage: "recognized" });
    expect(ids(r.entities)).toEqual(sorted(ids(r.entities)));
    expect(r.entities.every((e) => e.statements > 0)).toBe(true);
  }),
  query("district-year", { district: "南山区", year: 2024 }, "南山区 has no statement placed in 2024", (r) => {
    expect(r.entities).toEqual([]);
  }),
  query("strategy-parts", { strategy: "一芯两核多支点" }, "两核 = 西核 + 东核; 东核 rests on 深圳国际低碳城 and 宝龙科技城; the 眼镜街区 project is under 多支点", (r) => {
    expect(ids(r.parts)).toEqual(expect.arrayContaining(["strategy:一芯", "strategy:两核", "strategy:东核", "strategy:西核", "strategy:多支点"]));
    const under = (part: string) => r.parts.find((p) => p.id === part)!.under.map((m) => `${m.relation} ${m.id}`);
    expect(under("strategy:东核")).toEqual(expect.arrayContaining(["PART_OF park:深圳国际低碳城", "PART_OF park:宝龙科技城"]));
    expect(under("strategy:两核")).toEqual(["PART_OF strategy:东核", "PART_OF strategy:西核"]);
    expect(under("strategy:多支点")).toContain("UNDER_STRATEGY project:横岗眼镜街区提升工程");
    // the glossary's definition of 一芯 mentions 香港 in passing: nothing is put under 一芯 by it
    expect(under("strategy:一芯").filter((m) => m.startsWith("UNDER_STRATEGY"))).toEqual([]);
  }),
  query("year-diff", { from: 2023, to: 2024 }, "2023 → 2024: 深圳工业软件园 started → recognized, the ENT hospital topped out → completed", (r) => {
    expect(r.advanced).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "park:深圳工业软件园", from: "started", to: "recognized" }),
        expect.objectContaining({ id: "project:区耳鼻咽喉医院迁址重建工程", from: "topped_out", to: "completed" }),
      ]),
    );
    expect(ids(r.new)).not.toContain("park:深圳工业软件园");
  }),
  query("stalled", { until: 2023 }, "by 2023 the 龙岗国际艺术中心 had its feasibility study approved (2022) but was not reported started", (r) => {
    expect(r.entities.find((e) => e.id === "project:龙岗国际艺术中心项目")).toMatchObject({ stage: "approved", firstPlanned: 2022 });
    expect(r.entities.every((e) => e.kind === "Project")).toBe(true);
  }),
  query("stalled", {}, "counting 2024 too, the 龙岗国际艺术中心 (topped out) is not stalled; 深圳科技体育中心 (settled 2022) still is", (r) => {
    expect(ids(r.entities)).not.toContain("project:龙岗国际艺术中心项目");
    expect(ids(r.entities)).toContain("project:深圳科技体育中心");
  }),
];

/** Failures both backends must give alike: [query, params, code]. */
const FAILURES: [QueryName, Record<string, unknown>, string][] = [
  ["lineage", { entity: "不存在的实体名称" }, "ENTITY_NOT_FOUND"],
  ["strategy-parts", { strategy: "深圳工业软件园" }, "ENTITY_NOT_FOUND"],
  ["district-year", { district: "不存在区", year: 2024 }, "DISTRICT_NOT_FOUND"],
  ["year-diff", { from: 2024, to: 2023 }, "INVALID_OPTIONS"],
  ["stalled", { kind: "Building" }, "INVALID_OPTIONS"],
];

let graph: PolicyGraph;
const embedded: Run = async (name, params) => runEmbeddedQuery(graph, name, params);
beforeAll(async () => {
  graph = await seedGraph();
});

/** The suite, for one backend; `reference` (the embedded backend) when the answers are to be compared. */
function catalogueSuite(run: () => Run, reference?: Run): void {
  for (const c of CASES) {
    it(`${c.name} ${JSON.stringify(c.params)}: ${c.fact}`, async () => {
      const result = await run()(c.name, c.params);
      c.check(result);
      if (reference) expect(JSON.stringify(result, null, 1)).toBe(JSON.stringify(await reference(c.name, c.params), null, 1));
    });
  }
  it("fails alike: unknown entity or district, bad parameters", async () => {
    for (const [name, params, code] of FAILURES) expect(await codeOf(run()(name, params)), `${name} ${JSON.stringify(params)}`).toBe(code);
  });
}

describe("query catalogue", () => {
  it("every query of the catalogue has a case in this suite", () => {
    expect(new Set(CASES.map((c) => c.name))).toEqual(new Set(QUERY_CATALOGUE.map((q) => q.name)));
  });

  it("checks parameters: defaults, years from strings, unknown and missing ones", () => {
    expect(checkQueryParams("stalled", {})).toEqual({ kind: "Project", until: null });
    expect(checkQueryParams("year-diff", { from: "2023", to: "2024" })).toEqual({ from: 2023, to: 2024 });
    expect(checkQueryParams("lineage", { entity: "x", all: "true" })).toEqual({ entity: "x", all: true });
    for (const [name, params] of [
      ["lineage", {}],
      ["lineage", { entity: "x", year: 2024 }],
      ["district-year", { district: "龙岗区", year: "twenty" }],
      ["lineage", { entity: "x", all: "yes" }],
    ] as const) {
      expect(() => checkQueryParams(name, params), JSON.stringify(params)).toThrow(expect.objectContaining({ code: "INVALID_OPTIONS" }));
    }
  });
});

describe("query catalogue on the embedded graph", () => {
  catalogueSuite(() => embedded);
});

describeNeo4j("query catalogue on Neo4j, answers equal to the embedded graph's", () => {
  const driver = useNeo4j();
  beforeAll(async () => {
    await pushGraph(driver(), graph);
  }, 120_000);
  catalogueSuite(() => (name, params) => runNeo4jQuery(driver(), name, params), embedded);
});
