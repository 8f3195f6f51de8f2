// The UI languages: the two catalogues have the same keys, no empty message and the same
// placeholders; every vocabulary value has a name in both; t() fills placeholders; the locale
// comes from ?lang= or the browser's language; stage labels follow the locale; and no view or
// sigma component keeps a UI string of its own (Chinese characters or literal English labels).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, GENRES, INDICATOR_KINDS, MEASURES, MODALITIES, RELATION_TYPES, STAGES } from "@policy-kg/extractor";
import { en } from "../src/core/i18n/messages.en";
import { zh } from "../src/core/i18n/messages.zh";
import { CATALOGUES, interpolate, LOCALES, nameOf, pickLocale, placeholders, translate, type MessageKey } from "../src/core/i18n/translate";
import { localeAtom, t, withLangParam } from "../src/core/i18n";
import { DISPLAY_KINDS, kindName, modalityName, stageName } from "../src/core/appearance/palette";
import { diffName } from "../src/core/appearance/view-marks";
import { DIFF_STATUSES } from "../src/core/diff/diff";
import { labelWithStage } from "../src/sigma/reducers";
import { NO_FILTERS } from "../src/core/filters/filters";
import { viewCaption } from "../src/core/export/caption";
import { legendEntries } from "../src/core/export/figure";
import { seedDataset, stateAt } from "./view-fixture";

const HAN = /\p{Script=Han}/u;

describe("message catalogues", () => {
  it("zh and en have the same keys, none empty, with the same placeholders", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(100);
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) expect(message.trim(), `${locale} ${key}`).not.toBe("");
    }
    for (const key of Object.keys(en) as MessageKey[]) expect(placeholders(zh[key]).sort(), key).toEqual(placeholders(en[key]).sort());
  });

  it("the Chinese catalogue is Chinese: most messages have Han characters, the English ones only in examples", () => {
    const keys = Object.keys(en) as MessageKey[];
    const zhHan = keys.filter((k) => HAN.test(zh[k]));
    expect(zhHan.length / keys.length).toBeGreaterThan(0.9);
    // English messages name Chinese only where they quote it (search examples, 左右/以上/以下)
    expect(keys.filter((k) => HAN.test(en[k])).sort()).toEqual(["indicator.tolerance", "search.placeholder"]);
  });

  it("every vocabulary value has a name in each language", () => {
    const vocab: [string, readonly string[]][] = [
      ["kind.", DISPLAY_KINDS],
      ["stage.", STAGES],
      ["modality.", MODALITIES],
      ["genre.", GENRES],
      ["diff.", DIFF_STATUSES],
      ["indicatorKind.", INDICATOR_KINDS],
      ["measure.", MEASURES],
      ["relation.", [...RELATION_TYPES, "MENTIONED_IN"]],
    ];
    for (const [prefix, values] of vocab) {
      for (const v of values) {
        expect(Object.hasOwn(en, prefix + v), prefix + v).toBe(true);
        expect(HAN.test(nameOf("zh", prefix, v)), prefix + v).toBe(true);
        expect(HAN.test(nameOf("en", prefix, v)), prefix + v).toBe(false);
      }
    }
    expect(DISPLAY_KINDS).toEqual([...ENTITY_TYPES, "Document"]);
    // a value without a name is shown as it is
    expect(nameOf("zh", "relation.", "SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });
});

describe("translate", () => {
  it("fills {name} placeholders, leaves unknown ones", () => {
    expect(translate("en", "filters.shown", { nodes: 12, edges: 3 })).toBe("Shown: 12 nodes, 3 edges");
    expect(translate("zh", "filters.shown", { nodes: 12, edges: 3 })).toBe("显示：12 个节点，3 条边");
    expect(interpolate("{a} and {b}", { a: "x" })).toBe("x and {b}");
    expect(interpolate("{a}{a}", { a: 0 })).toBe("00");
    expect(interpolate("no {params}")).toBe("no {params}");
  });

  it("vocabulary names and t() follow the locale atom", () => {
    expect(localeAtom.get()).toBe("en"); // no window in node
    expect(kindName("Park")).toBe("Park");
    expect(stageName("topped_out")).toBe("topped out");
    expect(t("legend.title")).toBe("Node types");
    localeAtom.set("zh");
    try {
      expect(kindName("Park")).toBe("园区");
      expect(stageName("topped_out")).toBe("封顶");
      expect(modalityName("plan")).toBe("计划");
      expect(diffName("new")).toBe("新出现");
      expect(t("legend.title")).toBe("节点类型");
      expect(labelWithStage("深圳工业软件园", "operating")).toBe("深圳工业软件园 · 投用");
    } finally {
      localeAtom.set("en");
    }
    // an explicit locale wins over the atom; entity names are never translated
    expect(kindName("Park", "zh")).toBe("园区");
    expect(labelWithStage("深圳工业软件园", "operating")).toBe("深圳工业软件园 · operating");
    expect(labelWithStage("深圳工业软件园", "operating", "zh")).toBe("深圳工业软件园 · 投用");
    expect(labelWithStage("深圳工业软件园", "mentioned", "zh")).toBe("深圳工业软件园");
  });
});

describe("locale choice and URL", () => {
  it("?lang= first, then a browser language starting with zh, else English", () => {
    expect(pickLocale("en", "zh-CN")).toBe("en");
    expect(pickLocale("ZH", "en-US")).toBe("zh");
    expect(pickLocale(null, "zh-CN")).toBe("zh");
    expect(pickLocale(null, "zh-TW")).toBe("zh");
    expect(pickLocale("fr", "zh")).toBe("zh");
    expect(pickLocale("", "en-GB")).toBe("en");
    expect(pickLocale(null, "ja")).toBe("en");
    expect(pickLocale(undefined, undefined)).toBe("en");
  });

  it("withLangParam sets lang= and keeps the path, other parameters and the view hash", () => {
    const hash = "#y=2024&n=park%3A%E6%B7%B1%E5%9C%B3";
    expect(withLangParam(`http://127.0.0.1:5173/site/?perf${hash}`, "zh")).toBe(`http://127.0.0.1:5173/site/?perf=&lang=zh${hash}`);
    expect(withLangParam(`http://127.0.0.1:5173/?lang=zh${hash}`, "en")).toBe(`http://127.0.0.1:5173/?lang=en${hash}`);
  });
});

describe("the figure's caption and legend", () => {
  it("are in the chosen language; entity names stay as they are", async () => {
    const d = await seedDataset();
    const state = stateAt(d, { year: 2024, filters: { ...NO_FILTERS, place: "place:龙岗区", types: ["Park", "Program"], stages: ["topped_out"] }, ego: { node: "park:深圳工业软件园", depth: 2 }, mentions: true });
    const en = viewCaption(d, state, "en");
    const zh = viewCaption(d, state, "zh");
    expect(en).toContain("2024, up to that year · filters: types Park, Programme; place 龙岗区; stages topped out");
    expect(en).toContain("ego network of 深圳工业软件园, depth 2 (via mentions)");
    expect(zh).toContain("截至 2024 年 · 筛选：类型 园区、计划；地点 龙岗区；阶段 封顶");
    expect(zh).toContain("深圳工业软件园 的邻域网络，深度 2（经由提及）");
    // the cited versions are the same in both
    expect(zh.split(" · ").slice(0, 1)).toEqual(en.split(" · ").slice(0, 1));
    const input = { nodes: ["park:深圳工业软件园", "place:龙岗区"], diff: null, path: true };
    expect(legendEntries(d, input, "en").map((e) => e.text)).toEqual(["Park 1", "Place 1", "shortest path"]);
    expect(legendEntries(d, input, "zh").map((e) => e.text)).toEqual(["园区 1", "地点 1", "最短路径"]);
  });
});

/** .ts and .tsx files under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("components keep no UI strings of their own", () => {
  const src = join(import.meta.dirname, "..", "src");
  const files = [...sourceFiles(join(src, "views")), ...sourceFiles(join(src, "sigma"))];
  // code without comments (block, JSX and line comments)
  const code = (path: string) =>
    readFileSync(path, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");

  it("finds the components", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(src.length + 1), f]))("%s: no Chinese, no literal labels or text", (_name, path) => {
    const c = code(path);
    // (a line marked "// data:" matches words of the documents, it does not show them)
    expect(c.split("\n").filter((line) => HAN.test(line) && !line.includes("// data:"))).toEqual([]);
    // aria-label="Close", title="…", placeholder="…", alt="…" written in the component
    expect(c.match(/\b(aria-label|title|placeholder|alt)="[^"]*[A-Za-z][^"]*"/g) ?? []).toEqual([]);
    // JSX text of two or more words between tags: > Read the document <
    expect(c.match(/>\s*[A-Za-z][a-z]+(?: [A-Za-z][a-z]+)+[.:…]?\s*</g) ?? []).toEqual([]);
  });
});
