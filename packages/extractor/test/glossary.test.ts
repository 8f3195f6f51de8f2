// Parts of counted glossary terms, read from definitions in the seeds.
import { describe, expect, it } from "vitest";
import { countedParts, termCount } from "../src/glossary/counted";

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
