// Search over the seed graph's names and aliases: Chinese substrings, width folding, pinyin and
// initials (with the real pinyin-pro), ranking and grouping by kind.
import { beforeAll, describe, expect, it } from "vitest";
import { isEntityNode, type PolicyGraph } from "@policy-kg/graph";
import { addPinyin, buildSearchIndex, searchIndex, type SearchIndex } from "../src/core/search/search";
import { searchEntries } from "../src/core/search/entries";
import { foldText, isLatinQuery } from "../src/core/search/normalize";
import { loadPinyin } from "../src/core/search/pinyin";
import { DISPLAY_KINDS } from "../src/core/appearance/palette";
import { seedGraph } from "./fixture";

let graph: PolicyGraph;
let index: SearchIndex;
const ALL = { kinds: DISPLAY_KINDS, limit: 10_000 };
const keys = (q: string) => searchIndex(index, q, ALL).flatMap((g) => g.hits.map((h) => h.key));

beforeAll(async () => {
  graph = await seedGraph();
  index = buildSearchIndex(searchEntries(graph));
  addPinyin(index, await loadPinyin());
});

describe("foldText", () => {
  it("folds full-width forms, case and spaces", () => {
    expect(foldText("ＡＩ 产业（一期）")).toBe("ai产业(一期)");
    expect(foldText("１２３ＡＢＣ")).toBe("123abc");
    expect(isLatinQuery(foldText("Liang He"))).toBe(true);
    expect(isLatinQuery("两核")).toBe(false);
  });
});

describe("searchIndex", () => {
  it('finds 一芯两核多支点 with "两核", the exact name first', () => {
    const hits = keys("两核");
    expect(hits).toContain("strategy:一芯两核多支点");
    const strategies = searchIndex(index, "两核", ALL).find((g) => g.kind === "Strategy")!;
    expect(strategies.hits[0]!.key).toBe("strategy:两核");
  });

  it('finds every entity whose name has "产业园"', () => {
    const expected: string[] = [];
    graph.forEachNode((key, a) => {
      if (isEntityNode(a) && [a.label, ...a.aliases].some((n) => n.includes("产业园"))) expected.push(key);
    });
    expect(expected.length).toBeGreaterThan(20);
    expect(keys("产业园").sort()).toEqual(expected.sort());
  });

  it("finds an entity by its alias and says which name matched", () => {
    const hit = searchIndex(index, "北大深研院", ALL).flatMap((g) => g.hits)[0]!;
    expect(hit.key).toBe("institution:北京大学深研院");
    expect(hit.matched).toBe("北大深研院");
    expect(keys("ＧＤＰ")).toContain("indicator:地区生产总值");
  });

  it("finds by pinyin from a syllable start, and by initials", () => {
    expect(keys("yixinlianghe")).toContain("strategy:一芯两核多支点");
    expect(keys("lianghe")).toContain("strategy:一芯两核多支点");
    expect(keys("yxlhdzd")[0]).toBe("strategy:一芯两核多支点");
    expect(keys("YXLH")).toContain("strategy:一芯两核多支点");
    // not from the middle of a syllable
    expect(keys("ianghe")).not.toContain("strategy:一芯两核多支点");
    expect(keys("shenzhengongyeruanjianyuan")).toEqual(["park:深圳工业软件园"]);
  });

  it("groups hits by kind in the legend's order, limits them and counts the rest", () => {
    const groups = searchIndex(index, "产业", { kinds: DISPLAY_KINDS, limit: 3 });
    const order = groups.map((g) => DISPLAY_KINDS.indexOf(g.kind as (typeof DISPLAY_KINDS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groups.every((g) => g.hits.length <= 3)).toBe(true);
    expect(groups.some((g) => g.more > 0)).toBe(true);
    for (const g of groups) for (const h of g.hits) expect(h.kind).toBe(g.kind);
  });

  it("finds documents by title and id, and nothing for an empty query", () => {
    expect(keys("龙岗区2025年政府工作报告")).toContain("Document:001_6bbf6b6bd295e350");
    expect(keys("001_6bbf")).toContain("Document:001_6bbf6b6bd295e350");
    expect(searchIndex(index, "   ")).toEqual([]);
    expect(keys("不存在的名字xyz")).toEqual([]);
  });
});
