// Indicator values: names, units (incl. 万-scaled counts and rates per day), lists sharing 新增.
import { describe, expect, it } from "vitest";
import { extractIndicatorValues } from "../src/indicators/indicators";

function values(sentence: string, modality: "done" | "plan" = "done") {
  return extractIndicatorValues(sentence, [{ start: 0, end: sentence.length, modality }]).map((v) => ({
    name: v.name,
    value: v.value,
    unit: v.unit,
    normalized: v.normalized,
    kind: v.kind,
  }));
}

describe("extractIndicatorValues", () => {
  it("reads 万-scaled count units and per-day rates", () => {
    expect(values("新增公办学位2.56万座")).toEqual([
      { name: "新增公办学位", value: 2.56, unit: "万座", normalized: { value: 25600, unit: "座" }, kind: "actual" },
    ]);
    expect(values("新增污水集中处理能力3.22万吨/日")[0]).toMatchObject({ name: "新增污水集中处理能力", value: 3.22, unit: "万吨/日" });
    expect(values("新增光伏装机容量74兆瓦")[0]).toMatchObject({ unit: "兆瓦", normalized: { value: 74000, unit: "千瓦" } });
  });

  it("drops time words and verbs around a name", () => {
    expect(values("今年拟安排财政赤字10500亿元", "plan")[0]).toMatchObject({ name: "财政赤字", kind: "target" });
  });

  it("keeps a flow apart from the stock of a known indicator (新增X)", () => {
    expect(values("新增国家高新技术企业204家,总量3612家").map((v) => [v.name, v.value])).toEqual([
      ["新增国家高新技术企业", 204],
      ["国家高新技术企业", 3612],
    ]);
  });

  it("gives no name when the number is the object of a verb, and drops adverbs before a change", () => {
    expect(values("“模力营”AI生态社区提供超2万平方米创新研发空间")).toEqual([]);
    expect(values("区政务智算中心已部署200P算力,AI辅助诊断系统正以95%的准确率")).toEqual([]);
    expect(values("通行效率悄然提升了15%")[0]).toMatchObject({ name: "通行效率", value: 15 });
  });

  it("shares 新增 across a list of counted items", () => {
    expect(values("新增专精特新企业53家、国家高新技术企业468家").map((v) => v.name)).toEqual(["新增专精特新企业", "新增国家高新技术企业"]);
  });

  it("keeps names that start with a stop character and rejects run-on phrases", () => {
    expect(values("无人物流运营里程超10万公里")[0]).toMatchObject({ name: "无人物流运营里程" });
    expect(values("NextStar百万奖金全球悬赏赛吸引全球3000个项目参赛")).toEqual([]);
  });

  it("joins two verbs that share one counted object into one series (新建、修复X)", () => {
    expect(values("今年新建、修复供水管网23.5公里,改造、提升老旧泵房12座").map((v) => [v.name, v.value])).toEqual([
      ["新建修复供水管网", 23.5],
      ["改造提升老旧泵房", 12],
    ]);
    // a verb pair with no object of its own names nothing
    expect(values("新增、改造75座候车亭")).toEqual([]);
  });

  it("reads 处, 例 and 栋 as count units", () => {
    expect(values("全年完成心血管病高危人群筛查4200例,安装智能门禁3000栋").map((v) => [v.name, v.unit])).toEqual([
      ["心血管病高危人群筛查", "例"],
      ["安装智能门禁", "栋"],
    ]);
  });

  it("does not carry an indicator into a clause with words of its own, but does across 占…比重 and 总数分别", () => {
    expect(values("新建充电桩120个,试点投放3辆无人清扫车").map((v) => [v.name, v.value])).toEqual([["新建充电桩", 120]]);
    expect(values("全年实现社会消费品零售总额820亿元,占全省比重达到6.5%").map((v) => [v.name, v.value])).toEqual([
      ["社会消费品零售总额", 820],
      ["社会消费品零售总额", 6.5],
    ]);
  });

  it("drops a verb of handling (and a short subject before it) from what is counted", () => {
    expect(values("全年受理消费投诉1.2万件").map((v) => v.name)).toEqual(["消费投诉"]);
    expect(values("协助百色援建乡村卫生服务站8个,帮助当地脱贫人口务工2100人").map((v) => v.name)).toEqual(["乡村卫生服务站", "脱贫人口务工"]);
  });
});
