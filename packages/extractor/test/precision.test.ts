// Precision rules: words that look like a name's suffix or a quoted name but are not one.
// Sentences are written for the tests (not copied from the seeds).
import { describe, expect, it } from "vitest";
import { recognize } from "../src/entities/recognize";
import { normalizeText } from "../src/normalize/normalize";
import { isProgramVariant } from "../src/resolve/variants";
import { glossaryTermType } from "../src/glossary/glossary";
import { extractIndicatorValues } from "../src/indicators/indicators";
import { findStageWords, stageOf } from "../src/entities/stage";

function names(sentence: string): string[] {
  return recognize(normalizeText(sentence).text).map((c) => `${c.type}:${c.name}`);
}

describe("recognize: precision", () => {
  it("does not end a name at 战略 used as a modifier (战略性, 战略合作, 战略成效)", () => {
    expect(names("推进经济结构战略性调整，培育壮大战略性新兴产业。")).toEqual([]);
    expect(names("深化与本地龙头企业集团战略合作。")).not.toContain("Strategy:本地龙头企业集团战略");
    expect(names("以应用成效检验战略成效。")).toEqual([]);
    // a real strategy still ends at 战略
    expect(names("深入实施乡村振兴战略。")).toEqual(["Strategy:乡村振兴战略"]);
  });

  it("reads 规划建设 as a verb, not as a plan's name", () => {
    expect(names("高起点规划建设西部科学城。")).toEqual(["Park:西部科学城"]);
    expect(names("滨海新区规划建设稳步推进。").some((n) => n.startsWith("Program:"))).toBe(false);
  });

  it("reads “A论坛暨B论坛” as one event named B, and keeps 暨 at a name's start (暨南大学)", () => {
    const found = recognize(normalizeText("成功举办2023数字经济峰会暨湾区数字经济峰会。").text);
    expect(found.map((c) => [c.type, c.name, c.aliases ?? []])).toEqual([
      ["Program", "湾区数字经济峰会", ["数字经济峰会", "2023数字经济峰会"]],
    ]);
    expect(names("支持暨南大学附属医院建设。")).toEqual(["Institution:暨南大学附属医院"]);
  });

  it("does not read 高速 (high-speed), 销路/门路/弯路 or a counted 路/部 as a road or a body", () => {
    expect(names("经济保持中高速增长，芯片通过光纤高速互联。")).toEqual([]);
    expect(names("广开就业门路，少走弯路，产品有销路。")).toEqual([]);
    expect(names("接入12万路视频，出版图书30部。")).toEqual([]);
    expect(names("沈海高速公路改扩建完工。")).toEqual(["Project:沈海高速公路改扩建"]);
  });

  it("reads a named pilot (…试点) as a programme, but not 试点 inside a longer word or after a verb", () => {
    expect(names("开展跨境电商综合试点。")).toEqual(["Program:跨境电商综合试点"]);
    expect(names("认真总结试点经验，搞好试点。")).toEqual([]);
    expect(names("安徽省进行试点。")).not.toContain("Program:安徽省进行试点");
  });

  it("splits 推进行政… after 推进, and 实行政策… after 实行", () => {
    expect(names("深入推进行政体制改革。")).toEqual(["Program:行政体制改革"]);
    expect(names("稳妥地实行政策性银行改革。")).toEqual(["Program:政策性银行改革"]);
  });

  it("does not take the report itself or a prize's competition for a programme", () => {
    expect(names("现将《福田区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告》提请审议。")).toEqual([]);
    expect(names("案例获鹏城智慧城市创新大赛一等奖。")).toEqual([]);
    expect(names("成功举办鹏城智慧城市创新大赛。")).toEqual(["Program:鹏城智慧城市创新大赛"]);
  });

  it("ends a name at 以上/以下 and rejects level-adjective heads (市级重点…项目) and road classes", () => {
    expect(names("建成8条以上主干路、12条以上次支路。")).toEqual([]);
    expect(names("形成市级重点改革项目、区级重点改革项目清单。")).toEqual([]);
    // the district's own body still counts
    expect(names("区企业服务中心揭牌。")).toEqual(["Institution:区企业服务中心"]);
  });

  it("reads a housing estate (…花园) as a project and 中心城区/创新城区 as no park", () => {
    expect(names("加快推进碧海花园等项目改造。")).toEqual(["Project:碧海花园"]);
    expect(names("全力建设国际消费中心城区，打造现代化创新城区。")).toEqual([]);
  });

  it("skips quotes that classify the noun after them, manners and typhoon names", () => {
    expect(names("严控“三公”经费，服务“四上”企业，引进“两院”院士。")).toEqual([]);
    expect(names("放大“夜间经济”效应，激发“文旅+体育”动能。")).toEqual([]);
    expect(names("推广“菜单式”培训。")).toEqual([]);
    expect(names("有效应对超强台风“山竹”、“海燕”袭击。")).toEqual([]);
    // a quoted programme followed by an ordinary word stays
    expect(names("深入实施“强基工程”，开展“万企兴万村”行动。")).toContain("Program:强基工程");
  });

  it("gives a programme named by a quote and a kind word the quote as an alias", () => {
    const found = recognize(normalizeText("推出“科技金融券”政策，支持企业研发。").text);
    expect(found.map((c) => [c.name, c.aliases ?? []])).toEqual([["科技金融券政策", ["科技金融券"]]]);
  });
});

describe("strategy slogans", () => {
  it("names a strategy by its quoted slogan and keeps the whole phrase as an alias", () => {
    const found = recognize(normalizeText("认真落实市委“2+5”具体部署。").text);
    expect(found.map((c) => [c.type, c.name, c.aliases ?? []])).toEqual([["Strategy", "2+5", ["2+5具体部署"]]]);
  });
});

describe("plan periods", () => {
  it("gives a plan titled with its period the name without it as an alias", () => {
    const found = recognize(normalizeText("印发《数字城区三年行动计划(2024-2026年)》。").text);
    expect(found.map((c) => [c.name, c.aliases ?? []])).toEqual([["数字城区三年行动计划（2024-2026年）", ["数字城区三年行动计划"]]]);
  });
});

describe("isProgramVariant", () => {
  it.each([
    ["强基五年行动", "强基五年行动方案"],
    ["数字城区三年行动计划", "数字城区三年行动计划（2024-2026年）"],
    ["科技金融券", "科技金融券政策"],
    ["光储充+", "光储充+模式"],
  ])("%s ~ %s", (a, b) => expect(isProgramVariant(a, b)).toBe(true));
  it.each([
    ["强基五年行动", "强基五年行动计划纲要"],
    ["人才计划", "青年人才计划"],
    ["券", "券政策"],
  ])("%s ≁ %s", (a, b) => expect(isProgramVariant(a, b)).toBe(false));
});

describe("glossaryTermType", () => {
  it("types a glossary term by its name: a programme when it is a mechanism, system or numbered works", () => {
    expect(glossaryTermType("2+3+N企业服务机制")).toBe("Program");
    expect(glossaryTermType("人才引育1+N政策体系")).toBe("Program");
    expect(glossaryTermType("四名工程")).toBe("Program");
    expect(glossaryTermType("一轴两带三区")).toBe("Strategy");
    expect(glossaryTermType("10+5")).toBe("Strategy");
  });
});

describe("indicator names", () => {
  const named = (sentence: string) => extractIndicatorValues(sentence, [{ start: 0, end: sentence.length, modality: "done" }]).map((v) => [v.name, v.value]);

  it("drops the place that is the subject of the sentence, and keeps 引进 as a flow (gold convention 12)", () => {
    expect(named("2024年,南山引进世界500强企业研发中心12个")).toEqual([["引进世界500强企业研发中心", 12]]);
  });
});

describe("stage by what is said of", () => {
  const stage = (sentence: string, name: string, type: "Institution" | "Program" = "Institution") => {
    const start = sentence.indexOf(name);
    const span = { start, end: start + name.length };
    return stageOf(sentence, findStageWords(sentence, [span]), span.start, span.end, type);
  };
  it("reads 推出 a service as operating and 推出 a policy as approved; 落地 a reform as operating and a fund as approved", () => {
    expect(stage("推出家门口就业服务模式", "家门口就业服务模式", "Program")).toBe("operating");
    expect(stage("推出稳外贸十条措施", "稳外贸十条措施", "Program")).toBe("approved");
    expect(stage("承包地经营权改革在全省率先落地", "承包地经营权改革", "Program")).toBe("operating");
    expect(stage("新材料产业基金落地", "新材料产业基金", "Program")).toBe("approved");
  });
  it("reads a hospital passing a review as recognized, and 研究 in 研究成果 as no stage", () => {
    expect(stage("市第二人民医院通过三甲医院评审", "市第二人民医院")).toBe("recognized");
    expect(stage("市第二人民医院研究成果获奖", "市第二人民医院")).toBe("mentioned");
  });

  it("reads 获批 + a national or provincial title as recognized, 获批 + a verb as approved", () => {
    expect(stage("市第二人民医院获批国家级胸痛中心", "市第二人民医院")).toBe("recognized");
    expect(stage("市第二人民医院获批建设", "市第二人民医院")).toBe("approved");
  });
});

