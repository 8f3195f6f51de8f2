// Scoring against gold: indicator values that match, and the missed and false ones listed for inspection.
import { describe, expect, it } from "vitest";
import { extractDocument, resolveEntities, scoreCorpus, EMPTY_RULES, parseGold } from "../src/index";

const TEXT = "2024年工作回顾\n全年新建供水管网23.5公里,新增停车位1200个。\n";

describe("scoreCorpus", () => {
  it("lists the indicator values the gold has and the extractor missed, and the false ones", () => {
    const doc = extractDocument({
      text: TEXT,
      meta: { id: "t", file: "t.txt", title: null, issuer: null, district: null, genre: "other", delivered: null, yearsReviewed: [2024], yearPlanned: null, source: "manifest" },
    });
    const corpus = resolveEntities([doc], EMPTY_RULES, "h");
    const values = corpus.indicators.map((v) => `${v.name}|${v.year}|${v.kind}|${v.value}${v.unit}`);
    expect(values).toContain("新建供水管网|2024|actual|23.5公里");
    const gold = parseGold(
      {
        document: "t",
        scope: "full",
        entities: [],
        events: [],
        indicators: [
          { indicator: "新建供水管网", year: 2024, kind: "actual", measure: "level", value: 23.5, unit: "公里", qualifier: "exact", evidence: "新建供水管网23.5公里" },
          { indicator: "新增充电桩", year: 2024, kind: "actual", measure: "level", value: 300, unit: "个", qualifier: "exact", evidence: "新增充电桩300个" },
        ],
      },
      "t.gold.json",
    );
    const report = scoreCorpus(corpus, [gold]);
    const d = report.documents[0]!;
    expect(d.indicators.tp).toBe(1);
    expect(d.missedValues).toEqual(["新增充电桩|2024|actual|300个"]);
    expect(d.spuriousValues).toEqual(values.filter((v) => !v.startsWith("新建供水管网")));
    expect(d.spuriousValues.length).toBe(d.indicators.fp);
  });
});
