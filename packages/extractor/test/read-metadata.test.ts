/**
 * detectMetadata on every seed, on national reports of several decades, on all corpus files
 * (against data/manifest.json), and on small synthetic texts for the individual rules.
 */

import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DocumentMetaSchema } from "../src/schema/document";
import type { DocumentMeta } from "../src/schema/document";
import { detectMetadata } from "../src/read/metadata";

const DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));

async function detectFile(rel: string): Promise<DocumentMeta> {
  const text = await readFile(join(DATA_DIR, rel), "utf8");
  const id = rel.split("/").pop()!.replace(/\.txt$/, "");
  return detectMetadata(text, id, rel);
}

type Expected = Pick<DocumentMeta, "title" | "issuer" | "district" | "genre" | "delivered" | "yearsReviewed" | "yearPlanned">;

const SEEDS: Record<string, Expected> = {
  "000_5c8c693250c75479": {
    title: "AI 带你读懂 龙岗区七届五次党代会报告",
    issuer: "中共深圳市龙岗区委员会",
    district: "龙岗区",
    genre: "party_congress_report",
    delivered: "2026-01-13",
    yearsReviewed: [2025],
    yearPlanned: 2026,
  },
  "001_6bbf6b6bd295e350": {
    title: "龙岗区2025年政府工作报告",
    issuer: "深圳市龙岗区人民政府",
    district: "龙岗区",
    genre: "gov_work_report",
    delivered: "2025-01-16",
    yearsReviewed: [2024],
    yearPlanned: 2025,
  },
  // title and date lost in extraction: not invented
  "002_78575848d0c7b811": {
    title: null,
    issuer: null,
    district: "龙岗区",
    genre: "plan_execution_report",
    delivered: null,
    yearsReviewed: [2022],
    yearPlanned: 2023,
  },
  "003_4fa9bce10e29eb69": {
    title: "一座城区的『All in AI』答卷",
    issuer: "龙岗融媒",
    district: "龙岗区",
    genre: "news",
    delivered: null,
    yearsReviewed: [],
    yearPlanned: null,
  },
  "004_eb90d0b6afa6f815": {
    title: "深圳市南山区 2025 年国民经济和社会发展规划 执行情况与 2026 年计划安排草案的报告",
    issuer: "南山区发展和改革局",
    district: "南山区",
    genre: "plan_execution_report",
    delivered: "2026-01-27",
    yearsReviewed: [2025],
    yearPlanned: 2026,
  },
};

const NATIONAL: Record<string, Partial<Expected>> = {
  // date line without a dash; "政府工作报告" title qualified with year and issuer
  "1957": { title: "1957年国务院政府工作报告", delivered: "1957-06-26", yearsReviewed: [1956], yearPlanned: 1957 },
  // headings with full-width digits ("一、１９９４年国内工作的回顾"); year of delivery from the file name
  "1995": { title: "1995年国务院政府工作报告", delivered: "1995", yearsReviewed: [1994], yearPlanned: 1995 },
  // title broken over two lines ("政府工作报" / "告"), "——2017年3月5日在…"
  "2017": { title: "2017年国务院政府工作报告", delivered: "2017-03-05", yearsReviewed: [2016], yearPlanned: 2017 },
};

describe("detectMetadata on the seeds", () => {
  for (const [id, expected] of Object.entries(SEEDS)) {
    it(id, async () => {
      const meta = await detectFile(`seeds/${id}.txt`);
      expect(DocumentMetaSchema.parse(meta)).toEqual(meta);
      expect(meta).toEqual({ id, file: `seeds/${id}.txt`, source: "detected", ...expected });
    });
  }
});

describe("detectMetadata on national reports", () => {
  for (const [year, expected] of Object.entries(NATIONAL)) {
    it(year, async () => {
      const meta = await detectFile(`national-gwr/national_gwr_${year}.txt`);
      expect(meta).toMatchObject({ issuer: "国务院", district: null, genre: "gov_work_report", ...expected });
    });
  }

  it("every corpus file: valid metadata, agreeing with the manifest on genre/district/planned year where the text allows", async () => {
    const manifest = JSON.parse(await readFile(join(DATA_DIR, "manifest.json"), "utf8")) as { documents: DocumentMeta[] };
    const files = (await readdir(join(DATA_DIR, "national-gwr"))).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(47);
    for (const doc of manifest.documents) {
      const text = await readFile(join(DATA_DIR, doc.file), "utf8");
      const meta = detectMetadata(text, doc.id, doc.file);
      DocumentMetaSchema.parse(meta);
      if (doc.id === "national_gwr_1964") continue; // an abstract with no title, salutation or issuer
      expect(meta.genre, doc.id).toBe(doc.genre);
      expect(meta.district, doc.id).toBe(doc.district);
      if (doc.file.startsWith("national-gwr/")) {
        expect(meta.delivered, doc.id).toBe(doc.delivered);
        expect(meta.issuer, doc.id).toMatch(/^(国务院|中央人民政府)$/);
      }
    }
  });
});

describe("detectMetadata rules on synthetic texts", () => {
  it("metadata block: 名称 and 发布机构, 成文日期 when there is no delivery line", () => {
    const text = "索引号: 1/2024-1 分类:\n发布机构: 深圳市南山区人民政府 成文日期: 2024-02-01\n名称: 南山区2024年政府工作报告\n正文。";
    expect(detectMetadata(text, "x", "x.txt")).toMatchObject({
      title: "南山区2024年政府工作报告",
      issuer: "深圳市南山区人民政府",
      district: "南山区",
      genre: "gov_work_report",
      delivered: "2024-02-01",
      yearsReviewed: [2023],
      yearPlanned: 2024,
    });
  });

  it("spaced date line and signature line", () => {
    const text = "政 府 工 作 报 告\n\n——2026 年 1 月 20 日在宝安区第八届人民代表大会第六次会议上\n\n宝安区人民政府区长 张三\n\n各位代表：\n一、2025年工作回顾\n二、2026年工作安排\n";
    expect(detectMetadata(text, "x", "x.txt")).toMatchObject({
      title: "2026年宝安区政府工作报告",
      issuer: "宝安区人民政府",
      district: "宝安区",
      genre: "gov_work_report",
      delivered: "2026-01-20",
      yearsReviewed: [2025],
      yearPlanned: 2026,
    });
  });

  it("markdown title, horizons and ranges are not plan years", () => {
    const text = "# 某区2030年远景规划\n\n## 一、到2030年的目标\n## 二、2021—2025年回顾\n正文。";
    const meta = detectMetadata(text, "x", "x.md");
    expect(meta.title).toBe("某区2030年远景规划");
    expect(meta.yearPlanned).toBeNull();
  });

  it("does not throw on empty or unrelated text", () => {
    expect(detectMetadata("", "e", "e.txt")).toMatchObject({ title: null, genre: "other", delivered: null, yearsReviewed: [], yearPlanned: null });
    expect(detectMetadata("hello\nworld", "e", "e.md").genre).toBe("other");
  });
});
