// Cross-document entity resolution, alias rules and lineage.
import { describe, expect, it } from "vitest";
import { isVariantName } from "../src/resolve/variants";
import { resolveEntities, EMPTY_RULES, lineage, ExtractError, type DocumentExtraction, type Entity } from "../src/index";

describe("isVariantName", () => {
  it.each([
    ["宝龙生物药创新先导区", "宝龙生物药创新发展先导区"],
    ["南科大半导体学院", "南方科技大学半导体学院"],
    ["港中大（深圳）", "香港中文大学（深圳）"],
    ["区耳鼻喉医院", "区耳鼻咽喉医院"],
  ])("%s ~ %s", (a, b) => expect(isVariantName(a, b)).toBe(true));

  it.each([
    ["轨道16号线一期", "轨道16号线二期"],
    ["大运公园", "大运山地公园"],
    ["轨道16号线", "轨道17号线"],
    ["香港中文大学（深圳）", "香港中文大学"],
  ])("%s ≁ %s", (a, b) => expect(isVariantName(a, b)).toBe(false));
});

function doc(id: string, entities: Entity[]): DocumentExtraction {
  return {
    schemaVersion: 1,
    extractorVersion: "test",
    document: { id, file: `${id}.txt`, title: null, issuer: null, district: null, genre: "other", delivered: null, yearsReviewed: [], yearPlanned: null, source: "detected" },
    sections: [],
    entities,
    relations: [],
    indicators: [],
    glossary: [],
  };
}

function entity(type: Entity["type"], name: string, document: string, year: number, stage: Entity["mentions"][number]["stage"]): Entity {
  return {
    id: `${type.toLowerCase()}:${name}`,
    name,
    type,
    aliases: [],
    mentions: [{ document, start: 0, end: name.length, text: name, year, modality: "done", stage, sentence: { start: 0, end: 10 }, quote: `${name}${stage}` }],
  };
}

describe("resolveEntities", () => {
  const docs = [
    doc("a", [entity("Park", "宝龙生物药创新先导区", "a", 2022, "started"), entity("Project", "西坑粮食储备库", "a", 2022, "proposed")]),
    doc("b", [entity("Park", "宝龙生物药创新发展先导区", "b", 2024, "completed"), entity("Project", "西坑粮库", "b", 2025, "completed")]),
  ];

  it("merges variants across documents, keeping every alias and mention", () => {
    const c = resolveEntities(docs, EMPTY_RULES, "h");
    const park = c.entities.find((e) => e.type === "Park")!;
    expect(park.name).toBe("宝龙生物药创新发展先导区");
    expect(park.aliases).toEqual(["宝龙生物药创新先导区"]);
    expect(park.mentions).toHaveLength(2);
  });

  it("applies the user's merge, split, rename and reject rules", () => {
    const merged = resolveEntities(docs, { ...EMPTY_RULES, merge: [["西坑粮食储备库", "西坑粮库"]] }, "h");
    expect(merged.entities.filter((e) => e.type === "Project").map((e) => e.name)).toEqual(["西坑粮食储备库"]);
    const split = resolveEntities(docs, { ...EMPTY_RULES, split: [["宝龙生物药创新先导区", "宝龙生物药创新发展先导区"]] }, "h");
    expect(split.entities.filter((e) => e.type === "Park")).toHaveLength(2);
    const renamed = resolveEntities(docs, { ...EMPTY_RULES, rename: { 西坑粮库: "西坑粮食储备库（西坑）" } }, "h");
    expect(renamed.entities.some((e) => e.name === "西坑粮食储备库（西坑）")).toBe(true);
    const rejected = resolveEntities(docs, { ...EMPTY_RULES, reject: ["西坑粮库"] }, "h");
    expect(rejected.entities.some((e) => e.aliases.includes("西坑粮库") || e.name === "西坑粮库")).toBe(false);
  });

  it("is deterministic: same input, same ids in the same order", () => {
    const a = resolveEntities(docs, EMPTY_RULES, "h").entities.map((e) => e.id);
    const b = resolveEntities([...docs].reverse(), EMPTY_RULES, "h").entities.map((e) => e.id);
    expect(b).toEqual(a);
  });
});

describe("place hierarchy", () => {
  const place = (name: string, document: string) => ({ ...entity("Place", name, document, 2024, "mentioned"), id: `place:${name}` });

  it("puts a mentioned street in its district, city and province, each link once", () => {
    const c = resolveEntities([doc("a", [place("坂田街道", "a"), place("平湖街道", "a")]), doc("b", [place("西丽街道", "b")])], EMPTY_RULES, "h");
    const links = c.relations.filter((r) => r.type === "LOCATED_IN").map((r) => `${r.source}→${r.target}`);
    expect(links).toEqual(expect.arrayContaining(["place:坂田街道→place:龙岗区", "place:平湖街道→place:龙岗区", "place:龙岗区→place:深圳市", "place:深圳市→place:广东省", "place:西丽街道→place:南山区", "place:南山区→place:深圳市"]));
    expect(new Set(links).size).toBe(links.length);
    // the units above are entities even though no document mentions them
    expect(c.entities.filter((e) => e.type === "Place").map((e) => e.name)).toEqual(expect.arrayContaining(["龙岗区", "南山区", "深圳市", "广东省"]));
    const street = c.relations.find((r) => r.source === "place:坂田街道")!;
    expect(street.evidence).toMatchObject({ document: "a", start: 0, end: 4 });
  });

  it("leaves places outside the gazetteer alone", () => {
    const c = resolveEntities([doc("a", [place("塔科马市", "a")])], EMPTY_RULES, "h");
    expect(c.relations).toEqual([]);
  });
});

describe("lineage", () => {
  const docs = [
    doc("a", [entity("Project", "西坑粮食储备库", "a", 2023, "started")]),
    doc("b", [entity("Project", "西坑粮库", "b", 2022, "proposed")]),
  ];
  const corpus = resolveEntities(docs, { ...EMPTY_RULES, merge: [["西坑粮食储备库", "西坑粮库"]] }, "h");

  it("orders events by year and finds the entity by an alias", () => {
    const l = lineage(corpus, "西坑粮库");
    expect(l.entity.name).toBe("西坑粮食储备库");
    expect(l.events.map((e) => [e.year, e.stage, e.document])).toEqual([
      [2022, "proposed", "b"],
      [2023, "started", "a"],
    ]);
  });

  it("fails with ENTITY_NOT_FOUND and suggests close names", () => {
    try {
      lineage(corpus, "西坑粮");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExtractError);
      expect((e as ExtractError).code).toBe("ENTITY_NOT_FOUND");
      expect((e as ExtractError).message).toContain("西坑粮食储备库");
    }
  });
});
