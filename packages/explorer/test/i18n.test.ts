// The UI languages: the two catalogues have the same keys, no empty message and the same
// placeholders; every vocabulary value has a name in both; t() fills placeholders; the locale
// comes from ?lang= or the browser's language.
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, GENRES, INDICATOR_KINDS, MEASURES, MODALITIES, RELATION_TYPES, STAGES } from "@policy-kg/extractor";
import { en } from "../src/core/i18n/messages.en";
import { zh } from "../src/core/i18n/messages.zh";
import { CATALOGUES, interpolate, LOCALES, nameOf, pickLocale, placeholders, translate, type MessageKey } from "../src/core/i18n/translate";
import { localeAtom, t, withLangParam } from "../src/core/i18n";
import { DISPLAY_KINDS } from "../src/core/appearance/palette";
import { DIFF_STATUSES } from "../src/core/diff/diff";

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

  it("t() follows the locale atom", () => {
    expect(localeAtom.get()).toBe("en"); // no window in node
    expect(t("legend.title")).toBe("Node types");
    localeAtom.set("zh");
    try {
      expect(t("legend.title")).toBe("节点类型");
    } finally {
      localeAtom.set("en");
    }
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
