// Parts of counted glossary terms, read from definitions in the seeds.
import { describe, expect, it } from "vitest";
import { countedParts, termCount } from "../src/glossary/counted";
import { slotParts } from "../src/glossary/slots";
import { extractGlossary } from "../src/glossary/glossary";

describe("countedParts", () => {
  it("reads the count a term announces", () => {
    expect(termCount("三全智能")).toBe(3);
    expect(termCount("五个中心")).toBe(5);
    expect(termCount("1+1+1+1分类处置原则")).toBe(4);
    expect(termCount("调援裁诉")).toBeNull();
  });

  it("splits a run of items that matches the count, trimming modifiers and tails", () => {
    expect(countedParts("三全智能", "指全身智能、全车智能和全屋智能。")).toEqual(["全身智能", "全车智能", "全屋智能"]);
    expect(
      countedParts(
        "五个中心",
        "深圳市委提出“加快推进全球领先的重要的先进制造业中心和具有全球重要影响力的产业科技创新中心、消费中心、物流中心、金融中心建设”。",
      ),
    ).toEqual(["先进制造业中心", "产业科技创新中心", "消费中心", "物流中心", "金融中心"]);
  });

  it("takes the count from the words after the run when the term has none", () => {
    expect(countedParts("调援裁诉", "指在劳动争议领域,将调解、法律援助、仲裁、诉讼四大环节相互衔接。")).toEqual(["调解", "法律援助", "仲裁", "诉讼"]);
  });

  it("reads consecutive quotes and a quoted + list", () => {
    expect(countedParts("三对关系", "要正确处理好“三对关系”,即“正确处理好守正和创新的关系”“正确处理好政府和市场的关系”“正确处理好发展和安全的关系”。")).toEqual([
      "守正和创新的关系",
      "政府和市场的关系",
      "发展和安全的关系",
    ]);
    expect(countedParts("1+1+1+1分类处置原则", "即“按原方案实施+按新政优化方案实施+转城中村新政实施+其他路径实施”。")).toHaveLength(4);
  });

  it("gives nothing when no list fits the count", () => {
    expect(countedParts("四省八县", "指龙岗区对口帮扶的地区。")).toEqual([]);
  });
});

describe("slotParts", () => {
  const slots = (term: string, definition: string) => slotParts(term, definition, 0)?.map((p) => [p.name, p.includes]);

  it("reads what fills each numeral slot of a formula term", () => {
    expect(slots("1+1+10+N经济运行调度机制", "由“1”个经济运行调度领导小组、“1”个领导小组办公室、“10”个经济运行调度工作专班和“N”个成员单位构成。")).toEqual([
      ["1", ["经济运行调度领导小组"]],
      ["1", ["领导小组办公室"]],
      ["10", ["经济运行调度工作专班"]],
      ["N", ["成员单位"]],
    ]);
    expect(slots("项目审批1+N政策体系", "其中,“1”为《甲工作方案》,“N”包括《乙实施细则(试行)》《丙工作指引》等6个配套政策。")).toEqual([
      ["1", ["甲工作方案"]],
      ["N", ["乙实施细则(试行)", "丙工作指引"]],
    ]);
    expect(slots("1+11+111+N智慧城区运行体系", "其中,“1”指区智慧运行指挥中心,“11”和“N”为11个街道智慧管理中心及N个职能部门智慧管理中心,“111”指111个社区智慧平安服务中心。")).toEqual([
      ["1", ["区智慧运行指挥中心"]],
      ["11", ["11个街道智慧管理中心"]],
      ["N", ["N个职能部门智慧管理中心"]],
      ["111", ["111个社区智慧平安服务中心"]],
    ]);
  });

  it("reads unquoted slots that name lists, and the bodies a slot sets up", () => {
    expect(slots("20+8", "指…20 个产业集群和 8 个未来产业。其中 20 个产业集群为网络与通信、智能终端;新材料。8 个未来产业为区块链、深地深海。")).toEqual([
      ["20", ["网络与通信", "智能终端", "新材料"]],
      ["8", ["区块链", "深地深海"]],
    ]);
    expect(slots("1+11+N基层就业服务网点", "“1”是指依托龙岗区人才大市场建设一个区级智能招聘服务厅,打造平台;“11”是指在每个街道分别设立一家就业驿站,推进服务下沉;“N”是指在全区范围内设立数个流动驿站,现场服务。")).toEqual([
      ["1", ["龙岗区人才大市场", "区级智能招聘服务厅"]],
      ["11", ["就业驿站"]],
      ["N", ["流动驿站"]],
    ]);
  });

  it("gives nothing for a term without a formula or a definition without slots", () => {
    expect(slots("一芯两核多支点", "“一芯”指湾东智芯")).toBeUndefined();
    expect(slots("20+8", "指深圳市谋划布局的产业集群。")).toBeUndefined();
  });
});

describe("extractGlossary", () => {
  it("reads a glossary without a heading as the numbered run that starts with a bold entry", () => {
    const text = ["3. 创新环境不断优化。完善机制。", "", "1. 双区:指粤港澳大湾区和先行示范区。", "2. 城市管家:指整合环卫服务的模式。", "", "7. 其他:不是这一串的。"].join("\n");
    const bold = text.indexOf("1. 双区");
    // the entry match may start on the blank line before it, as the real check (a "**" within 12 characters) allows
    const terms = extractGlossary(text, -1, (offset) => bold - offset >= 0 && bold - offset <= 2).map((g) => g.term);
    expect(terms).toEqual(["双区", "城市管家"]);
  });
});
