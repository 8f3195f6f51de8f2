// Entity boundaries, types, lists and counted groups on sentences from the seeds.
import { describe, expect, it } from "vitest";
import { recognize } from "../src/entities/recognize";
import { normalizeText } from "../src/normalize/normalize";

function names(sentence: string): string[] {
  return recognize(normalizeText(sentence).text).map((c) => `${c.type}:${c.name}`);
}

describe("recognize", () => {
  it("splits a list joined by 、 and 及 without leading verbs or trailing stage words", () => {
    expect(names("推动龙岗国际艺术中心、深圳音乐学院及园山文体中心完工。")).toEqual([
      "Project:龙岗国际艺术中心",
      "Institution:深圳音乐学院",
      "Project:园山文体中心",
    ]);
  });

  it("keeps 与 inside a name that needs it", () => {
    expect(names("加快宝龙上井半导体与先进制造业产业园建设。")).toEqual(["Park:宝龙上井半导体与先进制造业产业园"]);
  });

  it("expands a counted group of metro lines", () => {
    const found = names("17、22、25、27号线等一期工程进入主体施工阶段");
    expect(found).toEqual([
      "Project:轨道17号线一期工程",
      "Project:轨道22号线一期工程",
      "Project:轨道25号线一期工程",
      "Project:轨道27号线一期工程",
    ]);
  });

  it("keeps a parenthesised qualifier and rejects generic heads", () => {
    expect(names("香港中文大学（深圳）音乐学院主体封顶")).toEqual(["Institution:香港中文大学（深圳）音乐学院"]);
    expect(names("深圳工业软件园、湾区未来科技园等一批专业园区开园")).toEqual(["Park:深圳工业软件园", "Park:湾区未来科技园"]);
  });

  it("reads quoted programme names and slogans", () => {
    expect(names("出台“培土倍增”五年行动方案")).toEqual(["Program:培土倍增五年行动方案"]);
    expect(names("大力实施“一芯两核多支点”区域发展战略")).toEqual(["Strategy:一芯两核多支点"]);
  });

  it("finds enterprises listed before 等…企业", () => {
    expect(names("推动达索系统、元戎物理、T3出行等优质企业项目落地")).toEqual([
      "Enterprise:达索系统",
      "Enterprise:元戎物理",
      "Enterprise:T3出行",
    ]);
  });
  it("reads X项目 as the park it names and terminates (regression: 项目 rematched forever)", () => {
    expect(names("方正微、平湖智创园项目建成")).toContain("Park:平湖智创园");
  });

  it("types venues, buildings in a park, phases and national titles by the gold conventions", () => {
    expect(names("低碳城会展中心建成")).toEqual(["Project:低碳城会展中心"]);
    expect(names("龙岗低空智能融合测试基地一期建成")).toEqual(["Project:龙岗低空智能融合测试基地一期"]);
    expect(names("成功创建国家慢性病综合防控示范区")).toEqual(["Program:国家慢性病综合防控示范区"]);
    expect(names("推进大运公园片区建设")).toEqual(["Place:大运公园片区"]);
  });

  it("distributes a shared tail and a shared head over a list", () => {
    expect(names("推进布吉、横岗文体中心建设")).toEqual(expect.arrayContaining(["Project:布吉文体中心", "Project:横岗文体中心"]));
    expect(names("罗山科技园产业集聚中心、国际创新中心全面动工")).toEqual(
      expect.arrayContaining(["Project:罗山科技园产业集聚中心", "Project:罗山科技园国际创新中心"]),
    );
  });
  it("types a quoted name by what frames it: a principle upheld, an activity carried out", () => {
    expect(names("坚持“经营城市”理念。")).toEqual(["Strategy:经营城市"]);
    expect(names("坚持“过紧日子”。")).toEqual(["Strategy:过紧日子"]);
    expect(names("扎实开展“万名干部助企行”。")).toEqual(["Program:万名干部助企行"]);
    expect(names("推广“信用+”应用。")).toEqual(["Program:信用+"]);
  });

  it("skips quotes that describe rather than name", () => {
    expect(names("获评全市“招商优胜区”")).toEqual([]);
    expect(names("扛起“走在前、作示范、挑大梁”的责任担当")).toEqual([]);
    expect(names("新增国家级专精特新“小巨人”企业31家")).toEqual([]);
    expect(names("“青年驿站+就业驿站”双站融合模式获评省级案例")).toEqual(["Program:青年驿站+就业驿站双站融合模式"]);
    // clauses, problem statements and qualities in quotes
    expect(names("明确提出“正确处理好发展和安全的关系”。")).toEqual([]);
    expect(names("面临“城区治理水平亟待提升”等问题。")).toEqual([]);
    expect(names("全面提升城区“生活安居力”。")).toEqual([]);
    // …but a counted formula names what it counts
    expect(names("深入查找“四个亟待提升”。")).toEqual(["Strategy:四个亟待提升"]);
  });

  it("names the items of a counted list by the kind after the count, and keeps 街道 in shared tails", () => {
    expect(names("深圳湾、后海、前海特勤等 3 座消防站竣工")).toEqual(["Project:深圳湾消防站", "Project:后海消防站", "Project:前海特勤消防站"]);
    expect(names("推进宝龙、坂田、横岗街道文体中心建设")).toEqual([
      "Project:宝龙街道文体中心",
      "Project:坂田街道文体中心",
      "Project:横岗街道文体中心",
    ]);
  });
});
