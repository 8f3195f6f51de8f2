// Document pipeline on the seeds: section times, stages, indicator values, glossary parts,
// spans that point into the original text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument, DocumentExtractionSchema, type DocumentExtraction, type DocumentMeta } from "../src/index";

const DATA = join(__dirname, "../../../data");
const manifest = JSON.parse(readFileSync(join(DATA, "manifest.json"), "utf8")) as { documents: Omit<DocumentMeta, "source">[] };

function extract(id: string): { r: DocumentExtraction; text: string } {
  const entry = manifest.documents.find((d) => d.id === id)!;
  const text = readFileSync(join(DATA, entry.file), "utf8");
  return { r: extractDocument({ text, meta: { ...entry, source: "manifest" } }), text };
}

const r001 = extract("001_6bbf6b6bd295e350");
const r002 = extract("002_78575848d0c7b811");

describe("extractDocument", () => {
  it("produces output that validates against the schema", () => {
    expect(() => DocumentExtractionSchema.parse(r001.r)).not.toThrow();
  });

  it("every mention span is the original text at its offsets", () => {
    for (const { r, text } of [r001, r002]) {
      for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("gives review sections done/previous year and plan sections plan/current year", () => {
    const review = r001.r.sections.find((s) => s.title.startsWith("一、2024年工作回顾"))!;
    const plan = r001.r.sections.find((s) => s.title.startsWith("二、2025年工作安排"))!;
    expect([review.year, review.modality]).toEqual([2024, "done"]);
    expect([plan.year, plan.modality]).toEqual([2025, "plan"]);
  });

  it("gives every entity of a list the stage of the statement", () => {
    const names = ["龙岗国际艺术中心", "深圳音乐学院", "园山文体中心"];
    for (const n of names) {
      const e = r001.r.entities.find((x) => x.name === n);
      expect(e, n).toBeDefined();
      expect(e!.mentions.some((m) => m.stage === "completed" && m.year === 2025 && m.modality === "plan"), n).toBe(true);
    }
  });

  it("reads a target and an actual for GDP with their years, units and qualifiers", () => {
    const gdp = r001.r.indicators.filter((v) => v.name === "地区生产总值");
    expect(gdp).toContainEqual(expect.objectContaining({ year: 2024, kind: "actual", measure: "level", value: 5901, unit: "亿元", qualifier: "exact" }));
    expect(gdp).toContainEqual(expect.objectContaining({ year: 2024, kind: "actual", measure: "growth", value: 6.7, unit: "%" }));
    expect(gdp).toContainEqual(expect.objectContaining({ year: 2025, kind: "target", measure: "growth", value: 6, qualifier: "approx" }));
    const level = gdp.find((v) => v.value === 5901)!;
    expect(level.normalized).toEqual({ value: 5901e8, unit: "元" });
  });

  it("reads the parts of 一芯两核多支点 from the glossary", () => {
    const g = r002.r.glossary.find((x) => x.term === "一芯两核多支点")!;
    const parts = Object.fromEntries(g.parts.map((p) => [p.name, p.includes]));
    expect(parts["一芯"]).toEqual(expect.arrayContaining(["湾东智芯", "大运深港国际科教城", "龙岗中心城"]));
    expect(parts["两核"]).toEqual(["西核", "东核"]);
    expect(parts["西核"]).toEqual(expect.arrayContaining(["信息数字核", "坂雪岗科技城"]));
    expect(parts["东核"]).toEqual(expect.arrayContaining(["低碳智造核", "深圳国际低碳城", "宝龙科技城", "东部高铁新城"]));
    expect(parts["多支点"]).toEqual(expect.arrayContaining(["云创小镇", "甘坑新镇", "横岗光学智谷"]));
    const partOf = r002.r.relations.filter((x) => x.type === "PART_OF" && x.target === "strategy:一芯两核多支点").map((x) => x.source);
    expect(partOf).toEqual(expect.arrayContaining(["strategy:一芯", "strategy:两核", "strategy:多支点"]));
  });

  it("gives the same ids on every run", () => {
    const again = extract("001_6bbf6b6bd295e350").r;
    expect(again.entities.map((e) => e.id)).toEqual(r001.r.entities.map((e) => e.id));
  });

  it("dates undated news statements to the year reviewed, and what will happen to the year after", () => {
    const { r } = extract("003_4fa9bce10e29eb69");
    const mentionOf = (name: string, quote: string) =>
      r.entities.find((e) => e.name === name)?.mentions.find((m) => m.quote.includes(quote));
    expect(mentionOf("龙岗区政务智算中心", "已部署")).toMatchObject({ year: 2025, modality: "done" });
    const future = r.entities.flatMap((e) => e.mentions).find((m) => m.quote.includes("即将上线"));
    expect(future).toMatchObject({ year: 2026, modality: "plan" });
  });

  it("every indicator value names an Indicator entity of the document", () => {
    for (const { r } of [r001, r002]) {
      const ids = new Set(r.entities.filter((e) => e.type === "Indicator").map((e) => e.id));
      const missing = r.indicators.filter((v) => !ids.has(v.indicator)).map((v) => v.indicator);
      expect(missing).toEqual([]);
    }
  });

  it("dates statements of a report without dated headings by review and plan parts", () => {
    const { r } = extract("national_gwr_2002");
    const at = (quote: string) => r.entities.flatMap((e) => e.mentions).find((m) => m.quote.includes(quote));
    expect(at("西部大开发起步顺利")).toMatchObject({ year: 2001, modality: "done" });
    expect(r.entities.flatMap((e) => e.mentions).filter((m) => m.year === null)).toEqual([]);
    const plan = r.entities.flatMap((e) => e.mentions).filter((m) => m.year === 2002 && m.modality === "plan");
    expect(plan.length).toBeGreaterThan(50);
  });
});
