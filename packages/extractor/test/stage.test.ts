// Lifecycle stage per mention: the sense of a stage word depends on what it is said of.
import { describe, expect, it } from "vitest";
import { findStageWords, stageOf } from "../src/entities/stage";
import type { EntityType } from "../src/schema/vocabulary";

function stage(sentence: string, name: string, type: EntityType): string {
  const start = sentence.indexOf(name);
  const span = { start, end: start + name.length };
  return stageOf(sentence, findStageWords(sentence, [span]), span.start, span.end, type);
}

describe("stageOf", () => {
  it("reads 发布 as operating for a platform and as approved for a programme", () => {
    expect(stage("空中高德时空底座发布", "空中高德时空底座", "Project")).toBe("operating");
    expect(stage("发布人工智能产业发展行动方案", "人工智能产业发展行动方案", "Program")).toBe("approved");
  });

  it("takes the later stage when two stage words make one event", () => {
    expect(stage("龙岗清洁能源产业园建成启用", "龙岗清洁能源产业园", "Park")).toBe("operating");
    expect(stage("挂牌成立区企业服务中心", "区企业服务中心", "Institution")).toBe("recognized");
  });

  it("reads 建好 as building and 移交执勤 (a fire station handed over to its crew) as operating", () => {
    expect(stage("高标准建好丽岛花园棚改", "丽岛花园棚改", "Project")).toBe("building");
    expect(stage("推动深圳湾消防站移交执勤", "深圳湾消防站", "Institution")).toBe("operating");
  });

  it("reads 推进…建设 as building and 编制 as proposed", () => {
    expect(stage("推进市职教园建设", "市职教园", "Park")).toBe("building");
    expect(stage("编制龙岗区国土空间分区规划", "龙岗区国土空间分区规划", "Program")).toBe("proposed");
  });

  it("gives no stage to a programme word said of a project", () => {
    expect(stage("深入实施东部过境通道", "东部过境通道", "Project")).toBe("mentioned");
  });

  it("reads 完成…建设 as completed and 全面完成…编制 as approved", () => {
    expect(stage("完成龙岗河干流碧道非示范段建设", "龙岗河干流碧道非示范段", "Project")).toBe("completed");
    expect(stage("全面完成龙岗区国土空间分区规划编制", "龙岗区国土空间分区规划", "Program")).toBe("approved");
  });

  it("lets the verb right before a name govern it over a later verb in a list", () => {
    expect(stage("开工建设平湖跨境电商产业园、10家产业链上企业入驻", "平湖跨境电商产业园", "Park")).toBe("started");
  });
});
