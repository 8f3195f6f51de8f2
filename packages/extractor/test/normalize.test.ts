// Offset-preserving normalisation: cleaned text and the map back to the original.
import { describe, expect, it } from "vitest";
import { normalizeText, toOriginalSpan } from "../src/normalize/normalize";

function roundTrip(original: string, needle: string) {
  const n = normalizeText(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in cleaned text "${n.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(n, at, at + needle.length);
  return { n, span, slice: original.slice(span.start, span.end) };
}

describe("normalizeText", () => {
  it("joins a name broken across lines and maps the span back over the break", () => {
    const line = "大运枢纽“湾区之舞”启用，这一段文字足够长以便被视为被截断的段落而不是标题，香港";
    const original = `${line}\n\n中文大学（深圳）附属医院加快建设。`;
    const { slice } = roundTrip(original, "香港中文大学(深圳)附属医院");
    expect(slice).toBe("香港\n\n中文大学（深圳）附属医院");
  });

  it("does not glue a heading to the paragraph after it", () => {
    const n = normalizeText("  一、2024年工作回顾\n\n  2024年是关键一年。");
    expect(n.text).toContain("一、2024年工作回顾\n2024年是关键一年");
  });

  it("drops spaces between digits and Chinese but keeps them between Latin words", () => {
    const n = normalizeText("轨道 16 号线二期 and Patent Cooperation Treaty");
    expect(n.text).toBe("轨道16号线二期and Patent Cooperation Treaty");
  });

  it("folds full-width forms, OCR variants, markdown emphasis, private-use icons and LaTeX", () => {
    const original = "**ＡＩ龙岗**：土地整備\uE001完成，PM_{2.5}下降";
    const n = normalizeText(original);
    expect(n.text).toBe("AI龙岗:土地整备完成,PM2.5下降");
    const { slice } = roundTrip(original, "PM2.5");
    // the span ends at the last kept character; the dropped closing brace is outside it
    expect(slice).toBe("PM_{2.5");
  });

  it("drops page chrome lines", () => {
    const n = normalizeText("无障碍    长者助手 我的收藏\n索引号: 1144/2025-00312 分类:\n龙岗区2025年政府工作报告\n");
    expect(n.text.trim()).toBe("龙岗区2025年政府工作报告");
  });

  it("maps every cleaned character to an original position holding the same or folded character", () => {
    const original = "（一）经济运行：实现地区生产总值５９０１亿元，增长6.7%。\n\n名词 解释";
    const n = normalizeText(original);
    expect(n.map.length).toBe(n.text.length + 1);
    for (let i = 0; i < n.text.length; i++) {
      const o = original[n.map[i]!]!;
      if (n.text[i] === "\n") expect(o).toBe("\n");
      else expect(o === n.text[i] || o.charCodeAt(0) - 0xfee0 === n.text.charCodeAt(i)).toBe(true);
    }
  });
});
